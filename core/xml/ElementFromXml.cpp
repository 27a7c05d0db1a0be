#include "xml/ElementFromXml.h"

#include "xml/StreamParser.h"

namespace Linnet {

Element elementFromXml(const QByteArray &xml)
{
    // The element is read as the only stanza of a stream, so it gets the stream parser's
    // limits and refusals (no DTD, no entities) and the jabber:client default namespace.
    StreamParser parser;
    parser.feed(QByteArrayLiteral("<stream:stream xmlns='jabber:client' "
                                  "xmlns:stream='http://etherx.jabber.org/streams'>") +
                xml + QByteArrayLiteral("</stream:stream>"));
    Element result;
    for (;;) {
        const ParserEvent event = parser.next();
        switch (event.kind) {
        case ParserEvent::Kind::StreamOpened:
            continue;
        case ParserEvent::Kind::Stanza:
            if (!result.isNull())
                return Element(); // more than one element
            result = event.element;
            continue;
        case ParserEvent::Kind::StreamClosed:
            return result;
        case ParserEvent::Kind::NeedMoreData:
        case ParserEvent::Kind::Error:
            return Element();
        }
    }
}

} // namespace Linnet
