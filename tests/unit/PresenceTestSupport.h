// Helpers shared by the presence, caps and disco unit tests.
#pragma once

#include "xml/Element.h"
#include "xml/StreamParser.h"

#include <QString>

namespace Linnet::Test {

// Parses one stanza written as it would appear inside a jabber:client stream; null on error.
inline Element parseClientStanza(const QString &xml)
{
    StreamParser parser;
    parser.feed("<stream:stream xmlns='jabber:client' "
                "xmlns:stream='http://etherx.jabber.org/streams'>" +
                xml.toUtf8());
    for (;;) {
        const ParserEvent event = parser.next();
        if (event.kind == ParserEvent::Kind::Stanza)
            return event.element;
        if (event.kind != ParserEvent::Kind::StreamOpened)
            return Element();
    }
}

} // namespace Linnet::Test
