#include "FuzzSupport.h"

#include "FuzzTargets.h"
#include "xml/StreamParser.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

namespace Linnet::Fuzz {

namespace {

const QByteArray StreamHeader = "<stream:stream xmlns='jabber:client' "
                                "xmlns:stream='http://etherx.jabber.org/streams' "
                                "from='shakespeare.lit' id='fuzz' version='1.0'>";

void discardMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QList<Element> stanzasOf(const QByteArray &input, int maxStanzas)
{
    StreamParser parser;
    parser.feed(StreamHeader);
    parser.feed(input);
    QList<Element> stanzas;
    while (stanzas.size() < maxStanzas) {
        ParserEvent event = parser.next();
        if (event.kind == ParserEvent::Kind::Stanza)
            stanzas.append(std::move(event.element));
        else if (event.kind != ParserEvent::Kind::StreamOpened)
            break;
    }
    return stanzas;
}

Element answerTo(Element response, const Element &request, const Jid &bound)
{
    response.setAttribute(QStringLiteral("id"), request.attribute(u"id"));
    if (request.hasAttribute(u"to"))
        response.setAttribute(QStringLiteral("from"), request.attribute(u"to"));
    else
        response.removeAttribute(u"from");
    response.setAttribute(QStringLiteral("to"), bound.toString());
    return response;
}

Element lastSentIq(const Test::RecordingStream &stream)
{
    for (auto it = stream.sent.crbegin(); it != stream.sent.crend(); ++it) {
        if (it->name() == u"iq")
            return *it;
    }
    return {};
}

void deliver(Test::RecordingStream &stream, const QList<Element> &stanzas)
{
    QSet<QString> answered;
    const auto oldestUnanswered = [&]() -> Element {
        for (const Element &sent : std::as_const(stream.sent)) {
            const QString type = sent.attribute(u"type");
            if (sent.name() == u"iq" && (type == u"get" || type == u"set") &&
                !answered.contains(sent.attribute(u"id")))
                return sent;
        }
        return {};
    };
    for (const Element &stanza : stanzas) {
        const QString type = stanza.attribute(u"type");
        const Element request = oldestUnanswered();
        const bool isAnswer = stanza.name() == u"iq" && (type == u"result" || type == u"error");
        if (isAnswer && !request.isNull()) {
            answered.insert(request.attribute(u"id"));
            stream.receive(answerTo(stanza, request, stream.boundJid()));
        } else {
            stream.receive(stanza);
        }
        settle();
    }
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void initialize(int *argc, char ***argv, bool quiet)
{
    static int appArgc = 1;
    static char *appArgv[] = {argc && *argc > 0 ? (*argv)[0] : const_cast<char *>("fuzz"), nullptr};
    static QCoreApplication app(appArgc, appArgv);
    if (quiet) {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        qInstallMessageHandler(discardMessage);
    }
}

const QList<Target> &targets()
{
    static const QList<Target> all = {
        {"stream_parser", fuzzStreamParser}, {"message", fuzzMessage}, {"archive", fuzzArchive},
        {"presence", fuzzPresence},          {"roster", fuzzRoster},   {"disco", fuzzDisco},
        {"dataform", fuzzDataForm},          {"muc", fuzzMuc},         {"bookmarks", fuzzBookmarks},
        {"negotiation", fuzzNegotiation},    {"scram", fuzzScram},
    };
    return all;
}

} // namespace Linnet::Fuzz
