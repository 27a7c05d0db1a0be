#include "SendCommand.h"

#include "ChatOutput.h"
#include "CliSession.h"
#include "im/ChatManager.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

namespace {

template <typename T, typename Done>
void whenFinished(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<T>)
            done();
        else
            done(watcher->result());
    });
    watcher->setFuture(future);
}

// Follows our message and the rest of the outbox until the server holds all of them.
// A QObject on the stack after the session, so its connections end before the session does.
class Delivery : public QObject
{
public:
    Delivery(CliSession &session, const QString &databasePath, const Jid &to, bool json,
             bool verbose)
        : m_session(session), m_databasePath(databasePath), m_to(to), m_json(json),
          m_verbose(verbose)
    {}

    bool start(const QString &text);
    void setTimeout(int seconds);

private:
    void onChanged(const HistoryMessage &message);
    void confirmed(const QString &id);
    void maybeFinish();
    void ping();
    void onPingAnswered(const IqResponse &response, const QSet<QString> &covered);
    void fail(const QString &reason);

    HistoryStore &history() { return *m_session.services().history(); }

    CliSession &m_session;
    QString m_databasePath;
    Jid m_to;
    bool m_json;
    bool m_verbose;
    QString m_id;
    QSet<QString> m_waiting;     // ours and the earlier queued ones, until the server has them
    QSet<QString> m_unconfirmed; // written without stream management: a ping confirms them
    int m_earlier = 0;
    bool m_outboxRead = false;
    bool m_pinging = false;
    bool m_done = false;
};

bool Delivery::start(const QString &text)
{
    // Our message is in the outbox before the connection even starts: a kill at any later
    // point leaves it there for the next sign-in.
    m_id = m_session.services().chats()->sendMessage(m_to, text);
    if (m_id.isEmpty())
        return false;
    m_waiting.insert(m_id);
    // The read commits the waiting write first: ours must be there, with what was queued before.
    whenFinished(history().queuedOutgoing(), this, [this](const QList<HistoryMessage> &queued) {
        bool stored = false;
        for (const HistoryMessage &message : queued) {
            if (message.messageId == m_id) {
                stored = true;
            } else if (!m_waiting.contains(message.messageId)) {
                m_waiting.insert(message.messageId);
                ++m_earlier;
            }
        }
        if (!stored) {
            fail(
                u"the message could not be written to the outbox in %1 (--verbose tells why)"_s.arg(
                    m_databasePath));
            return;
        }
        if (m_json)
            QTextStream(stdout) << jsonLine({{u"id"_s, m_id},
                                             {u"to"_s, m_to.full()},
                                             {u"state"_s, u"queued"_s}})
                                << Qt::flush;
        m_outboxRead = true;
        maybeFinish();
    });

    connect(&history(), &HistoryStore::messageChanged, this,
            [this](const HistoryMessage &message) { onChanged(message); });
    connect(m_session.services().chats(), &ChatManager::messageAcknowledged, this,
            [this](const QString &, const QString &id) { confirmed(id); });
    return true;
}

void Delivery::setTimeout(int seconds)
{
    QTimer::singleShot(seconds * 1000, this, [this, seconds] {
        if (m_done)
            return;
        const QString what = m_session.client().isOnline()
                                 ? u"no acknowledgement from the server after %1 seconds"_s
                                 : u"could not sign in within %1 seconds"_s;
        fail(what.arg(seconds) +
             u"; the message stays in the outbox and goes out with the next sign-in"_s);
    });
}

void Delivery::onChanged(const HistoryMessage &message)
{
    if (!m_waiting.contains(message.messageId))
        return;
    if (message.state == DeliveryState::Failed) {
        if (message.messageId == m_id)
            fail(u"the message was not delivered: %1"_s.arg(message.errorText));
        else
            m_waiting.remove(message.messageId); // an earlier one; not ours to report
        maybeFinish();
        return;
    }
    if (message.state < DeliveryState::Sent)
        return;
    if (m_session.client().streamManagementActive()) {
        confirmed(message.messageId);
        return;
    }
    // Written to the socket, but nothing says the server has it yet.
    m_waiting.remove(message.messageId);
    m_unconfirmed.insert(message.messageId);
    maybeFinish();
}

void Delivery::confirmed(const QString &id)
{
    m_waiting.remove(id);
    m_unconfirmed.remove(id);
    maybeFinish();
}

void Delivery::maybeFinish()
{
    if (m_done || !m_outboxRead || !m_waiting.isEmpty())
        return;
    if (!m_unconfirmed.isEmpty()) {
        ping();
        return;
    }
    m_done = true;
    // The Sent states are on disk before we sign out.
    whenFinished(history().flush(), this, [this] {
        QTextStream out(stdout);
        if (m_json) {
            out << jsonLine({{u"id"_s, m_id},
                             {u"to"_s, m_to.full()},
                             {u"state"_s, u"sent"_s},
                             {u"earlier"_s, m_earlier}});
        } else {
            out << "Sent to " << m_to.full() << " (id " << m_id << ")" << Qt::endl;
            if (m_earlier > 0)
                out << "Also sent " << m_earlier << " earlier queued message(s)" << Qt::endl;
        }
        out.flush();
        m_session.finish(0);
    });
}

// Without XEP-0198 the server processes a stream in order: once it answers a ping sent after
// the messages, it has them.
void Delivery::ping()
{
    if (m_pinging)
        return;
    m_pinging = true;
    if (m_verbose)
        QTextStream(stderr) << "linnet-cli send: the server does not offer stream management "
                               "(XEP-0198); confirming with a ping instead"
                            << Qt::endl;
    const QSet<QString> covered = m_unconfirmed;
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.addChild(u"ping"_s, ns::Ping.toString());
    m_session.client().sendIq(iq, [self = QPointer(this), covered](const IqResponse &response) {
        if (self)
            self->onPingAnswered(response, covered);
    });
}

void Delivery::onPingAnswered(const IqResponse &response, const QSet<QString> &covered)
{
    m_pinging = false;
    // Any answer, even an error, means the server read everything before the ping.
    if (response.outcome == IqResponse::Outcome::Timeout ||
        response.outcome == IqResponse::Outcome::Disconnected) {
        fail(u"the server did not confirm the message: %1"_s.arg(response.sentence));
        return;
    }
    m_unconfirmed -= covered;
    maybeFinish();
}

void Delivery::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    QTextStream(stderr) << "linnet-cli send: " << reason << Qt::endl;
    whenFinished(history().flush(), this, [this] { m_session.finish(1); });
}

} // namespace

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Send a message and wait until the server has it. The message goes through the "
        u"account's outbox, so it is never lost: if this fails, the next sign-in sends it."_s);
    parser.addHelpOption();
    ConnectionOptions options;
    options.addTo(parser);
    addDatabaseOption(parser);
    parser.addOption({u"json"_s, u"Print JSON lines: {id, to, state: queued}, then {id, to, "
                                 u"state: sent, earlier}."_s});
    parser.addOption(
        {u"timeout"_s, u"Give up after this many seconds (default 60)."_s, u"seconds"_s, u"60"_s});
    parser.addPositionalArgument(u"jid"_s, u"Whom to send to."_s);
    parser.addPositionalArgument(u"text"_s, u"The message."_s);
    parser.process(arguments);

    QTextStream err(stderr);
    QString error;
    if (!options.read(parser, &error)) {
        err << "linnet-cli send: " << error << Qt::endl;
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << "linnet-cli send: give the address and the text: linnet-cli send JID TEXT"
            << Qt::endl;
        return 2;
    }
    const Jid to = Jid::parse(positional[0]);
    if (!to.isValid() || to.isDomain()) {
        err << "linnet-cli send: invalid address '" << positional[0]
            << "': " << (to.isValid() ? u"it names a server, not a person"_s : to.error())
            << Qt::endl;
        return 2;
    }
    if (positional[1].trimmed().isEmpty()) {
        err << "linnet-cli send: nothing to send: the text is empty" << Qt::endl;
        return 2;
    }
    bool timeoutOk = false;
    const int timeout = parser.value(u"timeout"_s).toInt(&timeoutOk);
    if (!timeoutOk || timeout <= 0) {
        err << "linnet-cli send: --timeout must be a positive number of seconds" << Qt::endl;
        return 2;
    }

    const QString account = options.settings().jid.bareString();
    const QString database = databasePath(parser, account);
    CliSession session(options, u"send"_s, database);
    Delivery delivery(session, database, to, parser.isSet(u"json"_s), parser.isSet(u"verbose"_s));
    if (!delivery.start(positional[1])) {
        err << "linnet-cli send: the message could not be queued" << Qt::endl;
        return 1;
    }
    delivery.setTimeout(timeout);
    // The delivery's own timeout (with one clear reason) comes first.
    session.start([] {}, timeout + 10);
    return QCoreApplication::exec();
}

} // namespace Linnet::Cli
