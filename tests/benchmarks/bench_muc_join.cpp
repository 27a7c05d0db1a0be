// Joining a big room: a private test Prosody gets a room with N occupants (default 200: the
// owner, N-2 raw connections of a crowd process, and us) and M archived messages (default
// 5,000, in the room's MAM archive). A fresh account then joins with the history from the
// archive, the way the app does: Room, OccupantModel and MessageModel over AccountServices
// with a database file. Prints the time from the join to the full occupant list, to the newest
// page of messages in the MessageModel, and peak RSS.
// usage: bench_muc_join [occupants] [messages]   (a quick run: bench_muc_join 20 200)
#include "BenchFigure.h"
#include "MucBenchCrowd.h"
#include "TestServerInfo.h"
#include "account/AccountServices.h"
#include "im/ChatManager.h"
#include "im/PresenceManager.h"
#include "models/MessageModel.h"
#include "models/OccupantModel.h"
#include "muc/MucManager.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

constexpr int TimeoutMs = 300000;

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Child process: creates and fills the room, prints "ready", stays until stdin closes.
int runCrowd(const QStringList &args)
{
    QString error;
    const auto server = TestServerInfo::loadFile(args.value(2), &error);
    if (!server) {
        std::fprintf(stderr, "crowd: %s\n", qPrintable(error));
        return 2;
    }
    const Jid room = Jid::parse(args.value(3));
    const int others = args.value(4).toInt();
    const int messages = args.value(5).toInt();
    MucBenchCrowd crowd(*server, room);
    QElapsedTimer clock;
    clock.start();
    if (!crowd.createRoom(&error) || !crowd.fillArchive(messages, &error)) {
        std::fprintf(stderr, "crowd: %s\n", qPrintable(error));
        return 3;
    }
    std::printf("setup: %d messages archived in %lld ms\n", messages,
                static_cast<long long>(clock.restart()));
    std::fflush(stdout);
    if (!crowd.addOccupants(others, &error)) {
        std::fprintf(stderr, "crowd: %s\n", qPrintable(error));
        return 3;
    }
    std::printf("setup: %d occupants in the room (%d crowd connections joined in %lld ms)\n",
                crowd.occupants(), others, static_cast<long long>(clock.elapsed()));
    std::printf("ready\n");
    std::fflush(stdout);
    // Parent closes our stdin when it is done.
    std::getchar();
    crowd.disperse();
    return 0;
}

struct Figures
{
    qint64 occupantsMs = -1;
    qint64 lastPageMs = -1;
    int occupants = 0;
    int rows = 0;
    qint64 rssBeforeKb = 0;
};

Figures measureJoin(const TestServerInfo &server, const Jid &roomJid, int occupants, int messages,
                    const QString &database)
{
    Figures figures;
    Client client;
    AccountServices services(&client, database);
    ConnectionSettings settings;
    settings.jid = Jid::parse(server.jid(u"carol"_s)).withResource(u"bench"_s);
    settings.host = server.host;
    settings.port = server.startTlsPort;
    settings.tlsMode = TlsMode::StartTls;
    settings.extraCaCertificates = server.caCertificates();
    client.setSettings(settings);
    client.setPassword(server.passwordOf(u"carol"_s));
    client.setAutoReconnect(false);
    client.connectToServer();
    if (!QTest::qWaitFor(
            [&] {
                return client.isOnline() && services.presence()->initialPresenceSent() &&
                       !services.chats()->isCatchingUp();
            },
            60000)) {
        std::fprintf(stderr, "carol could not sign in: %s\n", qPrintable(client.stateReason()));
        return figures;
    }
    figures.rssBeforeKb = peakRssKb();

    // The room window opens as the join starts: occupant list and messages.
    Room *room = services.muc()->room(roomJid);
    OccupantModel occupantModel(room);
    MessageModel messageModel(*services.history(), roomJid.toString());
    const QString newest = MucBenchCrowd::body(messages - 1, messages);
    const int page = std::min<int>(MessageModel::PageSize, messages);
    QElapsedTimer clock;
    const auto check = [&] {
        if (figures.occupantsMs < 0 && room->state() == Room::State::Joined &&
            occupantModel.occupantCount() >= occupants)
            figures.occupantsMs = clock.elapsed();
        const int rows = messageModel.rowCount();
        if (figures.lastPageMs < 0 && rows >= page &&
            messageModel.index(rows - 1).data(MessageModel::BodyRole).toString() == newest)
            figures.lastPageMs = clock.elapsed();
    };
    QObject::connect(room, &Room::joined, check);
    QObject::connect(&occupantModel, &QAbstractItemModel::rowsInserted, check);
    QObject::connect(&messageModel, &QAbstractItemModel::rowsInserted, check);
    QObject::connect(&messageModel, &QAbstractItemModel::modelReset, check);
    bool exited = false;
    QObject::connect(room, &Room::exited, [&](const RoomExit &exit) {
        if (exited || (figures.occupantsMs >= 0 && figures.lastPageMs >= 0))
            return; // our own leave at the end
        exited = true;
        std::fprintf(stderr, "out of the room: %s\n", qPrintable(exit.sentence));
    });

    JoinOptions options;
    options.nick = u"carol"_s;
    options.history.kind = JoinHistory::Kind::FromArchive;
    clock.start();
    services.muc()->join(roomJid, options);
    const bool done = QTest::qWaitFor(
        [&] {
            check(); // the signals above take the time; this only makes sure nothing is missed
            return exited || (figures.occupantsMs >= 0 && figures.lastPageMs >= 0);
        },
        TimeoutMs);
    figures.occupants = occupantModel.occupantCount();
    figures.rows = messageModel.rowCount();
    if (!done)
        std::fprintf(stderr, "gave up after %d s: %d occupants, %d rows in the message model\n",
                     TimeoutMs / 1000, figures.occupants, figures.rows);
    services.muc()->leave(roomJid);
    QTest::qWait(200);
    client.disconnectFromServer();
    QTest::qWait(200);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"linnet.*=false"_s);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--crowd")
        return runCrowd(args);
    const int occupants = args.size() > 1 ? args.value(1).toInt() : 200;
    const int messages = args.size() > 2 ? args.value(2).toInt() : 5000;
    if (occupants < 2 || messages < 1) {
        std::fprintf(stderr, "usage: bench_muc_join [occupants >= 2] [messages >= 1]\n");
        return 2;
    }

    QTemporaryDir dir;
    QString error;
    const auto server = TestServerInfo::startServer(dir.filePath(u"server"_s), &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the test server: %s\n", qPrintable(error));
        return 1;
    }
    const auto stop = qScopeGuard([&] { server->stopServer(&error); });
    const Jid room = Jid::parse(u"bench@%1"_s.arg(server->muc));

    // The owner and the crowd live in a process of their own: their connections do not count
    // in our memory.
    QProcess crowd;
    crowd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    crowd.start(QCoreApplication::applicationFilePath(),
                {u"--crowd"_s, server->envPath, room.toString(), QString::number(occupants - 2),
                 QString::number(messages)});
    bool ready = false;
    (void)QTest::qWaitFor(
        [&] {
            while (crowd.canReadLine()) {
                const QByteArray line = crowd.readLine();
                if (line.startsWith("ready"))
                    ready = true;
                else
                    std::fputs(line.constData(), stdout);
                std::fflush(stdout);
            }
            return ready || crowd.state() == QProcess::NotRunning;
        },
        1800000);
    if (!ready) {
        std::fprintf(stderr, "the room could not be prepared\n");
        return 1;
    }

    const Figures figures =
        measureJoin(*server, room, occupants, messages, dir.filePath(u"carol.sqlite"_s));
    std::printf("join to occupant list complete (%d of %d occupants): %lld ms\n", figures.occupants,
                occupants, static_cast<long long>(figures.occupantsMs));
    std::fflush(stdout);
    std::printf("join to newest page shown (%d rows in the message model, %d archived): %lld ms\n",
                figures.rows, messages, static_cast<long long>(figures.lastPageMs));
    std::fflush(stdout);
    std::printf("peak RSS %lld KB (%lld KB before the join)\n", static_cast<long long>(peakRssKb()),
                static_cast<long long>(figures.rssBeforeKb));
    std::fflush(stdout);

    const QByteArray prefix = "muc.join." + QByteArray::number(occupants) + "_occupants." +
                              QByteArray::number(messages) + "_messages.";
    if (figures.occupantsMs >= 0)
        Bench::printFigure(prefix + "occupants_ms", double(figures.occupantsMs), "ms");
    else
        Bench::printMissingFigure(prefix + "occupants_ms", "ms");
    if (figures.lastPageMs >= 0)
        Bench::printFigure(prefix + "newest_page_ms", double(figures.lastPageMs), "ms");
    else
        Bench::printMissingFigure(prefix + "newest_page_ms", "ms");
    Bench::printFigure(prefix + "peak_rss_kb", double(peakRssKb()), "KB");

    crowd.closeWriteChannel();
    if (!crowd.waitForFinished(30000))
        crowd.kill();
    return figures.occupantsMs >= 0 && figures.lastPageMs >= 0 ? 0 : 1;
}
