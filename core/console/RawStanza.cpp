#include "console/RawStanza.h"

#include "console/ConsoleText.h"
#include "xml/StreamParser.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// The typed text is read as the content of a stream, so it meets the same rules as what the
// server would read. The root's prefix is one nobody types: a </stream:stream> in the text
// cannot end the wrapper early.
constexpr QStringView Prefix = u"linnet-console-root";

QString failureSentence(const ParserEvent &event)
{
    switch (event.failure) {
    case ParseFailure::NotWellFormed:
        return RawStanza::tr("This is not well-formed XML: %1").arg(event.message);
    case ParseFailure::RestrictedXml:
        return RawStanza::tr("XMPP does not allow this in a stanza: %1.").arg(event.message);
    case ParseFailure::PolicyViolation:
        return RawStanza::tr("This stanza is too large or nested too deeply.");
    case ParseFailure::BadNamespacePrefix:
        return RawStanza::tr("This uses a namespace prefix that is not declared: %1")
            .arg(event.message);
    case ParseFailure::UnsupportedEncoding:
        return RawStanza::tr("This is not valid UTF-8 text.");
    case ParseFailure::InvalidNamespace:
        break;
    }
    return RawStanza::tr("This is not well-formed XML: %1").arg(event.message);
}

} // namespace

RawStanza RawStanza::parse(const QString &text)
{
    RawStanza result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.error = tr("There is nothing to send: type one stanza.");
        return result;
    }
    if (trimmed.contains(Prefix)) {
        result.error = tr("This is not well-formed XML.");
        return result;
    }
    const QString open =
        u"<%1:stream xmlns='%2' xmlns:%1='%3'>"_s.arg(Prefix, ns::Client, ns::Stream);
    const QString close = u"</%1:stream>"_s.arg(Prefix);
    StreamParser parser;
    parser.feed(QString(open + trimmed + close).toUtf8());
    int elements = 0;
    for (bool done = false; !done;) {
        const ParserEvent event = parser.next();
        switch (event.kind) {
        case ParserEvent::Kind::StreamOpened:
            break;
        case ParserEvent::Kind::Stanza:
            if (++elements == 1)
                result.stanza = event.element;
            break;
        case ParserEvent::Kind::StreamClosed:
            done = true;
            break;
        case ParserEvent::Kind::NeedMoreData:
            result.stanza = Element();
            result.error = tr("This is not well-formed XML: an element is not closed.");
            return result;
        case ParserEvent::Kind::Error:
            result.stanza = Element();
            result.error = failureSentence(event);
            return result;
        }
    }
    if (elements > 1) {
        result.stanza = Element();
        result.error = tr("Send one stanza at a time: this is %n elements.", nullptr, elements);
        return result;
    }
    const ConsoleEntry::Kind kind = ConsoleText::kindOf(result.stanza);
    if (kind == ConsoleEntry::Kind::Other) {
        result.error = tr("Only <message/>, <presence/> and <iq/> stanzas can be sent here; "
                          "this is <%1/>.")
                           .arg(result.stanza.name());
        result.stanza = Element();
        return result;
    }
    if (kind == ConsoleEntry::Kind::Iq) {
        static const QStringList types{u"get"_s, u"set"_s, u"result"_s, u"error"_s};
        if (result.stanza.attribute(u"id").isEmpty() ||
            !types.contains(result.stanza.attribute(u"type"))) {
            result.error = tr("An <iq/> needs an id and a type of get, set, result or error.");
            result.stanza = Element();
        }
    }
    return result;
}

} // namespace Linnet
