#include "ListenCommand.h"

#include "ChatOutput.h"
#include "CliSession.h"
#include "InterruptWatcher.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {

// ChatManager tells what is new (stored, not a duplicate); the stanza it came in tells the
// addresses as sent and whether it was a carbon copy. Both meet by message id.
class Printer : public QObject
{
public:
    Printer(CliSession &session, bool json) : m_session(session), m_json(json), m_out(stdout)
    {
        connect(&session.client(), &XmppStream::stanzaReceived, this, &Printer::record);
        connect(session.services().chats(), &ChatManager::messageReceived, this,
                [this](const HistoryMessage &message) { print(message, false); });
        connect(session.services().history(), &HistoryStore::messagesAdded, this,
                [this](const QList<HistoryMessage> &messages) {
                    for (const HistoryMessage &message : messages) {
                        if (message.isOwn() &&
                            m_seen.value(message.messageId).kind == CarbonUnwrap::Kind::Sent)
                            print(message, true);
                    }
                });
    }

    void flush() { m_out.flush(); }

private:
    struct Seen
    {
        CarbonUnwrap::Kind kind = CarbonUnwrap::Kind::NotCarbon;
        QString from;
        QString to;
    };

    void record(const Element &stanza)
    {
        if (!stanza.is(u"message", ns::Client))
            return;
        const CarbonUnwrap unwrapped = Carbons::unwrap(stanza, m_session.client().boundJid());
        const Message &message = unwrapped.message;
        if (message.id.isEmpty() || message.body.isEmpty())
            return;
        if (m_seen.size() > 1000) // ids that never turned into a new message (duplicates)
            m_seen.clear();
        m_seen.insert(message.id, {unwrapped.kind, message.from.full(), message.to.full()});
    }

    void print(const HistoryMessage &message, bool ownCarbon)
    {
        const Seen seen = m_seen.take(message.messageId);
        const QString account = m_session.client().boundJid().bareString();
        const QString from = seen.from.isEmpty() ? message.senderJid : seen.from;
        const QString to = !seen.to.isEmpty() ? seen.to
                           : ownCarbon        ? message.conversation
                                              : m_session.client().boundJid().full();
        if (!m_json) {
            m_out << messageLine(message,
                                 ownCarbon ? account + u" to "_s + message.conversation : account)
                  << Qt::endl;
            return;
        }
        QJsonObject object = messageJson(message, from, to);
        object.remove(u"state"_s);
        if (seen.kind == CarbonUnwrap::Kind::Sent)
            object.insert(u"carbon"_s, u"sent"_s);
        else if (seen.kind == CarbonUnwrap::Kind::Received)
            object.insert(u"carbon"_s, u"received"_s);
        m_out << jsonLine(object) << Qt::flush;
    }

    CliSession &m_session;
    bool m_json;
    QTextStream m_out;
    QHash<QString, Seen> m_seen; // by message id
};

} // namespace

int runListen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sign in and print incoming messages until interrupted (Ctrl-C or SIGTERM)."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    addDatabaseOption(parser);
    parser.addOption({u"json"_s, u"Print one JSON object per message: from, to, type, id, body, "
                                 u"timestamp, conversation, and carbon (sent or received) for "
                                 u"copies of messages of our other devices."_s});
    parser.addOption({u"timeout"_s, u"Give up signing in after this many seconds (default 60)."_s,
                      u"seconds"_s, u"60"_s});
    parser.process(arguments);

    QString error;
    if (!options.read(parser, &error)) {
        QTextStream(stderr) << "linnet-cli listen: " << error << Qt::endl;
        return 2;
    }

    const QString account = options.settings().jid.bareString();
    CliSession session(options, u"listen"_s, databasePath(parser, account));
    Printer printer(session, parser.isSet(u"json"_s));
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &printer, [&] {
        printer.flush();
        interrupts.disconnect(); // a second Ctrl-C while signing out changes nothing
        session.finish(0);
    });
    session.start(
        [&session] {
            // Our presence went out before this; once the server answers a ping sent after it,
            // messages are routed to us.
            Element ping(u"iq"_s, ns::Client.toString());
            ping.setAttribute(u"type"_s, u"get"_s);
            ping.addChild(u"ping"_s, ns::Ping.toString());
            session.client().sendIq(ping, [&session](const IqResponse &response) {
                if (response.outcome == IqResponse::Outcome::Disconnected)
                    return;
                QTextStream(stderr) << "Listening as " << session.client().boundJid().full()
                                    << "; press Ctrl-C to stop." << Qt::endl;
            });
        },
        parser.value(u"timeout"_s).toInt());
    const int exitCode = QCoreApplication::exec();
    printer.flush();
    return exitCode;
}

} // namespace Linnet::Cli
