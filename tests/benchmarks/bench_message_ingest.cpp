// Receive 20,000 messages from a second connection (a sender process of its own) into the
// account's database, against a bare receiver that only parses them, against a private test
// Prosody. The receiver's cost is measured, not the sender's pace: the receiver signs in, then
// blocks while the sender sends everything and the server has acknowledged it (so the whole
// batch waits in the server's and the kernel's buffers), then drains it as fast as it can.
// Prints messages/s of that drain, the receiver's CPU time per message (all its threads), the
// rate its busiest thread allows (its threads work as a pipeline, so that is its rate when the
// server sends faster than it takes) and peak RSS. Where the drain's wall time goes, per thread
// of the receiver: on a CPU, waiting for one (the machine is shared) or off it (idle, or
// blocked on I/O), from /proc/self/task/*/schedstat. The storing receiver keeps the search
// index off the receive path: the time the first search then takes to index the backlog is
// printed too.
// The target, storing costs less than half the rate, is checked on the rate by the clock
// and on the rate the busiest thread allows. The CPU time of all threads is printed without a
// target: it is the rate on a single core, and it compares storing with parsing alone, which
// gets worse whenever parsing gets faster (it did when the XML console stopped costing a third
// of the parse).
// Three rounds by default, each with fresh accounts and database; the figures are medians.
// usage: bench_message_ingest [count [rounds]]   (default 20000 3)
#include "BenchFigure.h"
#include "TestServerInfo.h"
#include "account/AccountServices.h"
#include "im/ChatManager.h"
#include "im/Message.h"
#include "storage/HistoryStore.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <functional>
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
int runSender(const TestServerInfo &server, const QString &user, const QString &to, int count)
{
    Client client;
    if (!signIn(client, server, user, u"sender"_s))
        return 2;
    int acked = 0;
    QObject::connect(&client, &XmppStream::stanzaAcknowledged, [&](const Element &stanza) {
        if (stanza.name() == u"message")
            ++acked;
    });
    QElapsedTimer clock;
    clock.start();
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
    const bool done = QTest::qWaitFor([&] { return acked >= count; }, 600000);
    std::printf("  sender: %d of %d messages acknowledged by the server in %lld ms\n", acked, count,
                static_cast<long long>(clock.elapsed()));
    std::fflush(stdout);
    client.disconnectFromServer();
    QTest::qWait(200);
    return done ? 0 : 3;
}

// Per thread of this process: its name, ns on a CPU and ns runnable but waiting for one.
struct ThreadTimes
{
    QByteArray name;
    qint64 onCpuNs = 0;
    qint64 waitingNs = 0;
};

QMap<QString, ThreadTimes> threadTimes()
{
    QMap<QString, ThreadTimes> threads;
    const QString tasks = u"/proc/self/task"_s;
    for (const QString &tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks + u'/' + tid + u"/comm"_s), stat(tasks + u'/' + tid + u"/schedstat"_s);
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = stat.readAll().simplified().split(' ');
        threads.insert(tid, {comm.readAll().trimmed(), fields.value(0).toLongLong(),
                             fields.value(1).toLongLong()});
    }
    return threads;
}

void printThreadTimes(const QMap<QString, ThreadTimes> &before,
                      const QMap<QString, ThreadTimes> &after, double wallMs)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const ThreadTimes start = before.value(it.key());
        const double onCpuMs = double(it->onCpuNs - start.onCpuNs) / 1e6;
        const double waitingMs = double(it->waitingNs - start.waitingNs) / 1e6;
        if (onCpuMs < 1)
            continue;
        std::printf("    thread %-16s on CPU %7.0f ms, waiting for a CPU %6.0f ms, off CPU %7.0f "
                    "ms\n",
                    it->name.constData(), onCpuMs, waitingMs, wallMs - onCpuMs - waitingMs);
    }
}

struct Run
{
    double wallMs = 0;
    double cpuMs = 0;
    int received = 0;
    int commits = 0; // HistoryStore transactions that added messages (storing receiver only)
    bool complete = false;
    double searchIndexMs = -1; // storing receiver: the first search, indexing the backlog
    QMap<QString, ThreadTimes> threadsBefore, threadsAfter;
};

// Sends count messages from user to the receiver's full JID and returns once the sender's
// server acknowledged all of them. Blocks the calling thread on purpose: the receiver reads
// nothing meanwhile, so what it then reads is a backlog it drains at its own pace.
bool sendWhileBlocked(const TestServerInfo &server, const QString &user, const QString &to,
                      int count)
{
    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedChannels);
    sender.start(QCoreApplication::applicationFilePath(),
                 {u"--send"_s, server.envPath, user, to, QString::number(count)});
    if (!sender.waitForFinished(900000)) {
        sender.kill();
        sender.waitForFinished(5000);
        return false;
    }
    return sender.exitStatus() == QProcess::NormalExit && sender.exitCode() == 0;
}

// Runs the event loop until done() or the timeout; wall and CPU time from now.
void drain(Run &run, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuMs();
    run.threadsBefore = threadTimes();
    run.complete = QTest::qWaitFor(done, 600000);
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.cpuMs = cpuMs() - cpuStart;
    run.threadsAfter = threadTimes();
    if (!run.complete)
        std::fprintf(stderr, "timed out after %d messages\n", run.received);
}

// Counts parsed message stanzas with a body: the floor any receiver pays.
Run bareReceiver(const TestServerInfo &server, int count, const QString &round)
{
    Client client;
    Run run;
    if (!signIn(client, server, u"ingestbare"_s + round, u"bare"_s))
        return run;
    QObject::connect(&client, &XmppStream::stanzaReceived, [&](const Element &stanza) {
        if (stanza.name() == u"message" && !stanza.childText(u"body", u"jabber:client").isEmpty())
            ++run.received;
    });
    if (sendWhileBlocked(server, u"ingestsender1"_s + round, client.boundJid().full(), count))
        drain(run, [&] { return run.received >= count; });
    client.disconnectFromServer();
    QTest::qWait(200);
    return run;
}

// The whole account: ChatManager, receipts, de-duplication, batched SQLite writes.
Run storingReceiver(const TestServerInfo &server, int count, const QString &round,
                    const QString &database)
{
    Client client;
    AccountServices services(&client, database);
    Run run;
    if (!signIn(client, server, u"ingeststore"_s + round, u"store"_s))
        return run;
    if (!QTest::qWaitFor([&] { return !services.chats()->isCatchingUp(); }, 20000))
        std::fprintf(stderr, "the archive catch-up did not finish\n");
    QTest::qWait(500); // the rest of the sign-in (disco, carbons, presence) settles
    QObject::connect(services.history(), &HistoryStore::messagesAdded,
                     [&](const QList<HistoryMessage> &added) {
                         run.received += int(added.size());
                         ++run.commits;
                     });
    if (sendWhileBlocked(server, u"ingestsender2"_s + round, client.boundJid().full(), count)) {
        drain(run, [&] { return run.received >= count; });
        QElapsedTimer clock;
        clock.start();
        const qsizetype found = services.history()->search(u"ingest"_s, {}, 1).result().size();
        run.searchIndexMs = double(clock.nsecsElapsed()) / 1e6;
        if (found != 1)
            std::fprintf(stderr, "the search after the drain found %lld messages\n",
                         static_cast<long long>(found));
    }
    client.disconnectFromServer();
    QTest::qWait(200);
    return run;
}

double rate(const Run &run)
{
    return run.received / (run.wallMs / 1000.0);
}

// The CPU time of the receiver's busiest thread in the drain. Its threads work as a pipeline
// (the storing receiver's database thread writes one batch while the main thread parses the
// next), so this bounds the rate it can take messages at when the sender is not the limit.
double busiestThreadMs(const Run &run)
{
    double busiest = 0;
    for (auto it = run.threadsAfter.cbegin(); it != run.threadsAfter.cend(); ++it) {
        const double onCpuMs =
            double(it->onCpuNs - run.threadsBefore.value(it.key()).onCpuNs) / 1e6;
        busiest = std::max(busiest, onCpuMs);
    }
    return busiest;
}

double pipelineRate(const Run &run)
{
    return run.received / (busiestThreadMs(run) / 1000.0);
}

void print(const char *name, const Run &run, int count)
{
    if (!run.complete) {
        std::printf("%-10s incomplete: %d of %d messages\n", name, run.received, count);
        std::fflush(stdout);
        return;
    }
    std::printf("%-10s %8d %12.0f %12.0f %14.1f %14.0f", name, run.received, rate(run), run.wallMs,
                1000.0 * run.cpuMs / count, count / (run.cpuMs / 1000.0));
    if (run.commits > 0)
        std::printf("   (%.1f messages a database commit)", double(run.received) / run.commits);
    std::printf("\n");
    printThreadTimes(run.threadsBefore, run.threadsAfter, run.wallMs);
    if (run.searchIndexMs >= 0)
        std::printf("    first search after the drain (indexes the backlog): %.0f ms\n",
                    run.searchIndexMs);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

struct Round
{
    Run bare, stored;
    bool complete() const { return bare.complete && stored.complete; }
};

// Medians over the complete rounds; a ratio is taken per round (its two receivers ran one after
// the other) and then its median.
void printFigures(const QList<Round> &rounds, int count)
{
    const QByteArray prefix = "ingest." + QByteArray::number(count) + '.';
    QList<Round> complete;
    for (const Round &round : rounds) {
        if (round.complete())
            complete.append(round);
    }
    const auto figure = [&](const QByteArray &name, const std::function<double(const Round &)> &of,
                            const char *unit, const char *target = "") {
        if (complete.isEmpty()) {
            Bench::printMissingFigure(prefix + name, unit, target);
            return;
        }
        QList<double> values;
        for (const Round &round : std::as_const(complete))
            values.append(of(round));
        Bench::printFigure(prefix + name, median(values), unit, target);
    };
    for (const auto &[name, receiver] :
         {std::pair{"parse", &Round::bare}, std::pair{"store", &Round::stored}}) {
        const QByteArray receiverName = name;
        figure(
            receiverName + "_msgs_per_s", [&](const Round &r) { return rate(r.*receiver); },
            "msg/s");
        figure(
            receiverName + "_cpu_us_per_msg",
            [&](const Round &r) { return 1000.0 * (r.*receiver).cpuMs / count; }, "us");
        figure(
            receiverName + "_busiest_thread_msgs_per_s",
            [&](const Round &r) { return pipelineRate(r.*receiver); }, "msg/s");
    }
    figure(
        "store_to_parse_rate", [](const Round &r) { return rate(r.stored) / rate(r.bare); },
        "ratio", ">=0.5");
    figure(
        "store_to_parse_busiest_thread_rate",
        [](const Round &r) { return pipelineRate(r.stored) / pipelineRate(r.bare); }, "ratio",
        ">=0.5");
    // What the rate would be on a single core; not the target (see above).
    figure(
        "store_to_parse_cpu_rate", [](const Round &r) { return r.bare.cpuMs / r.stored.cpuMs; },
        "ratio");
    figure(
        "first_search_ms", [](const Round &r) { return r.stored.searchIndexMs; }, "ms");
    Bench::printFigure(prefix + "peak_rss_kb", double(peakRssKb()), "KB");
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
        return server ? runSender(*server, args.value(3), args.value(4), args.value(5).toInt()) : 2;
    }
    const int count = args.size() > 1 ? args.value(1).toInt() : 20000;
    const int rounds = args.size() > 2 ? args.value(2).toInt() : 3;

    QTemporaryDir dir;
    const auto server = TestServerInfo::startServer(dir.filePath(u"server"_s), &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the test server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d messages sent while the receiver waits, then drained by it; %d rounds:\n",
                count, rounds);
    std::printf("%-10s %8s %12s %12s %14s %14s\n", "receiver", "messages", "messages/s", "wall ms",
                "CPU us/msg", "msg/CPU-s");
    std::fflush(stdout);
    QList<Round> results;
    for (int i = 1; i <= rounds; ++i) {
        // Fresh accounts and database for each round: nothing of one round is in the archive or
        // the history of the next.
        const QString round = QString::number(i);
        for (const QString &user :
             {u"ingestsender1"_s, u"ingestsender2"_s, u"ingestbare"_s, u"ingeststore"_s}) {
            if (!server->registerAccount(user + round, server->password, &error)) {
                std::fprintf(stderr, "cannot register %s: %s\n", qPrintable(user + round),
                             qPrintable(error));
                return 1;
            }
        }
        Round result;
        result.bare = bareReceiver(*server, count, round);
        print("parse", result.bare, count);
        result.stored =
            storingReceiver(*server, count, round, dir.filePath(u"store%1.sqlite"_s.arg(round)));
        print("store", result.stored, count);
        if (result.complete()) {
            std::printf("round %d: store rate / parse rate (target >= 0.50): %.2f by the clock, "
                        "%.2f by the busiest thread; by the CPU time of all threads (the rate on "
                        "one core) %.2f\n",
                        i, rate(result.stored) / rate(result.bare),
                        pipelineRate(result.stored) / pipelineRate(result.bare),
                        result.bare.cpuMs / result.stored.cpuMs);
        }
        std::fflush(stdout);
        results.append(result);
    }
    printFigures(results, count);
    server->stopServer(&error);
    const bool allComplete =
        std::all_of(results.cbegin(), results.cend(), [](const Round &r) { return r.complete(); });
    return allComplete ? 0 : 1;
}
