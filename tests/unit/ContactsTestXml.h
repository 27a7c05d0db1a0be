#pragma once

#include "xml/StreamParser.h"

#include <QString>

namespace Linnet::Test {

// Parses one stanza written as it appears in a jabber:client stream (the specifications'
// examples), or returns a null element.
inline Element stanzaFromXml(const QString &xml)
{
    StreamParser parser;
    parser.feed(QStringLiteral("<stream:stream xmlns='jabber:client' "
                               "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>")
                    .toUtf8());
    parser.feed(xml.toUtf8());
    for (;;) {
        const ParserEvent event = parser.next();
        if (event.kind == ParserEvent::Kind::Stanza)
            return event.element;
        if (event.kind == ParserEvent::Kind::NeedMoreData || event.kind == ParserEvent::Kind::Error)
            return Element();
    }
}

} // namespace Linnet::Test
