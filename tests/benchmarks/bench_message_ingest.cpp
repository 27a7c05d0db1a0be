// Receive 20,000 messages from a second connection (a sender process of its own) into the
// account's database, against a bare receiver that only parses them. Prints messages/s,
// the receiver's CPU time per message and peak RSS, against a private test Prosody.
// usage: bench_message_ingest [count]   (default 20000)
#include "TestServerInfo.h"
#include "account/AccountServices.h"
#include "im/ChatManager.h"
#include "im/Message.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

ConnectionSettings settingsFor(const TestServerInfo &server, const QString &user,
                               const QString &resource)
{
    ConnectionSettings settings;
    settings.jid = Jid::parse(server.jid(user)).withResource(resource);
    settings.host = server.host;
    settings.port = server.startTlsPort;
    settings.tlsMode = TlsMode::StartTls;
    settings.extraCaCertificates = server.caCertificates();
    return settings;
}

bool signIn(Client &client, const TestServerInfo &server, const QString &user,
            const QString &resource)
{
    client.setSettings(settingsFor(server, user, resource));
    client.setPassword(server.password);
    client.setAutoReconnect(false);
    client.connectToServer();
    return QTest::qWaitFor([&] { return client.isOnline(); }, 20000);
}

// Child process: sends count messages to `to` and exits once the server acknowledged them.
int runSender(const TestServerInfo &server, const QString &to, int count)
{
    Client client;
    if (!signIn(client, server, u"bob"_s, u"sender"_s))
        return 2;
    int acked = 0;
    QObject::connect(&client, &XmppStream::stanzaAcknowledged, [&](const Element &stanza) {
        if (stanza.name() == u"message")
            ++acked;
    });
    for (int i = 0; i < count; ++i) {
        Message message;
        message.type = MessageType::Chat;
        message.to = Jid::parse(to);
        // Unique per sender run: the storing receiver would take a second run's messages
        // with the same origin-ids for copies of the first run's and store none of them.
        message.id = u"ingest-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(i);
        message.originId = message.id;
        message.body = u"Message number %1 of the ingest benchmark, with some words"_s.arg(i);
        client.send(message.toElement());
        if (i % 200 == 0)
            QCoreApplication::processEvents();
    }
    const bool done = QTest::qWaitFor([&] { return acked >= count; }, 300000);
    client.disconnectFromServer();
    QTest::qWait(200);
    return done ? 0 : 3;
}

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    int received = 0;
};

QProcess *startSender(const TestServerInfo &server, const QString &to, int count)
{
    auto *sender = new QProcess;
    sender->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sender->start(QCoreApplication::applicationFilePath(),
                  {u"--send"_s, server.envPath, to, QString::number(count)});
    return sender;
}

// Counts parsed message stanzas with a body: the floor any receiver pays.
Run bareReceiver(const TestServerInfo &server, int count)
{
    Client client;
    Run run;
    if (!signIn(client, server, u"alice"_s, u"bare"_s))
        return run;
    QElapsedTimer clock;
    double cpuStart = 0;
    QObject::connect(&client, &XmppStream::stanzaReceived, [&](const Element &stanza) {
        if (stanza.name() != u"message" || stanza.childText(u"body", u"jabber:client").isEmpty())
            return;
        if (run.received++ == 0) {
            clock.start();
            cpuStart = cpuMs();
        }
        if (run.received == count) {
            run.wallMs = double(clock.nsecsElapsed()) / 1e6;
            run.cpuMs = cpuMs() - cpuStart;
        }
    });
    QProcess *sender = startSender(server, client.boundJid().full(), count);
    if (!QTest::qWaitFor([&] { return run.received >= count; }, 300000))
        std::fprintf(stderr, "timed out after %d messages\n", run.received);
    sender->waitForFinished(60000);
    delete sender;
    client.disconnectFromServer();
    QTest::qWait(200);
    return run;
}

// The whole account: ChatManager, receipts, de-duplication, batched SQLite writes.
Run storingReceiver(const TestServerInfo &server, int count, const QString &database)
{
    Client client;
    AccountServices services(&client, database);
    Run run;
    if (!signIn(client, server, u"alice"_s, u"store"_s))
        return run;
    if (!QTest::qWaitFor([&] { return !services.chats()->isCatchingUp(); }, 20000))
        std::fprintf(stderr, "the archive catch-up did not finish\n");
    QElapsedTimer clock;
    double cpuStart = 0;
    QObject::connect(services.history(), &HistoryStore::messagesAdded,
                     [&](const QList<HistoryMessage> &added) {
                         if (run.received == 0) {
                             clock.start();
                             cpuStart = cpuMs();
                         }
                         run.received += int(added.size());
                         if (run.received >= count && run.wallMs == 0) {
                             run.wallMs = double(clock.nsecsElapsed()) / 1e6;
                             run.cpuMs = cpuMs() - cpuStart;
                         }
                     });
    QProcess *sender = startSender(server, client.boundJid().full(), count);
    if (!QTest::qWaitFor([&] { return run.received >= count; }, 300000))
        std::fprintf(stderr, "timed out after %d messages\n", run.received);
    sender->waitForFinished(60000);
    delete sender;
    client.disconnectFromServer();
    QTest::qWait(200);
    return run;
}

void print(const char *name, const Run &run, int count)
{
    if (run.received < count) {
        std::printf("%-10s incomplete: %d of %d messages\n", name, run.received, count);
        return;
    }
    std::printf("%-10s %8d %12.0f %12.0f %14.1f\n", name, run.received,
                run.received / (run.wallMs / 1000.0), run.wallMs, 1000.0 * run.cpuMs / count);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"linnet.*=false"_s);
    const QStringList args = app.arguments();
    QString error;
    if (args.value(1) == u"--send") {
        const auto server = TestServerInfo::loadFile(args.value(2), &error);
        return server ? runSender(*server, args.value(3), args.value(4).toInt()) : 2;
    }
    const int count = args.size() > 1 ? args.value(1).toInt() : 20000;

    QTemporaryDir dir;
    const auto server = TestServerInfo::startServer(dir.filePath(u"server"_s), &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the test server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%-10s %8s %12s %12s %14s\n", "receiver", "messages", "messages/s", "wall ms",
                "CPU us/msg");
    const Run bare = bareReceiver(*server, count);
    print("parse", bare, count);
    const Run stored = storingReceiver(*server, count, dir.filePath(u"alice.sqlite"_s));
    print("store", stored, count);
    if (bare.wallMs > 0 && stored.wallMs > 0) {
        const double ratio = (count / (stored.wallMs / 1000.0)) / (count / (bare.wallMs / 1000.0));
        std::printf("store rate / parse rate: %.2f (target >= 0.50); peak RSS %lld KB\n", ratio,
                    static_cast<long long>(peakRssKb()));
    }
    server->stopServer(&error);
    return 0;
}
