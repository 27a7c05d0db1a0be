// Sign-in to "roster in the model" against a private test Prosody, for rosters of 1,000,
// 5,000 and 10,000 contacts: the first sign-in (full roster over the wire) and the versioned
// one (unchanged roster, served from the account's database). Prints times and memory.
// usage: bench_roster_signin [sizes...]   (default: 1000 5000 10000)
#include "BenchFigure.h"
#include "ProcessStatus.h"
#include "ProsodyRoster.h"
#include "TestServerInfo.h"
#include "account/AccountServices.h"
#include "im/Roster.h"
#include "models/RosterModel.h"
#include "stream/Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

struct Measurement
{
    qint64 ms = -1;
    Roster::FetchKind kind = Roster::FetchKind::None;
    int contacts = 0;
    qint64 rssKb = 0;     // with the roster in the model
    qint64 onlineMs = -1; // when the session was bound, before the roster was asked for
};

Measurement signIn(const TestServerInfo &server, const QString &user, const QString &database)
{
    Client client;
    ConnectionSettings settings;
    settings.jid = Jid::parse(server.jid(user));
    settings.host = server.host;
    settings.port = server.startTlsPort;
    settings.tlsMode = TlsMode::StartTls;
    settings.extraCaCertificates = server.caCertificates();
    client.setSettings(settings);
    client.setPassword(server.password);
    client.setAutoReconnect(false);
    AccountServices services(&client, database);
    RosterModel model(services.roster(), services.presence());

    Measurement result;
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(services.roster(), &Roster::loaded, &loop, [&] {
        if (!client.isOnline())
            return; // the cache arriving before sign-in
        result.ms = clock.elapsed();
        result.kind = services.roster()->lastFetchKind();
        result.contacts = services.roster()->count();
        result.rssKb = processStatusKiB("VmRSS:");
        loop.quit();
    });
    QObject::connect(&client, &Client::stateChanged, &loop,
                     [&](ConnectionState state, const QString &reason) {
                         if (state == ConnectionState::Online && result.onlineMs < 0)
                             result.onlineMs = clock.elapsed();
                         if (state == ConnectionState::Disconnected && result.ms < 0) {
                             std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(reason));
                             loop.quit();
                         }
                     });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    clock.start();
    client.connectToServer();
    loop.exec();
    client.disconnectFromServer();
    QTest::qWait(100);
    return result;
}

// Targets (for 10,000 contacts): first sign-in < 1 s, versioned < 200 ms, < 2 KB a contact.
void printFigures(int size, const char *which, const Measurement &m, double kbPerContact)
{
    const QByteArray prefix = "roster.signin." + QByteArray::number(size) + '.' + which;
    const bool first = qstrcmp(which, "first") == 0;
    const bool targeted = size == 10000;
    const char *timeTarget = !targeted ? "" : first ? "<1000" : "<200";
    if (m.contacts != size || m.ms < 0) {
        Bench::printMissingFigure(prefix + "_ms", "ms", timeTarget);
        return;
    }
    Bench::printFigure(prefix + "_ms", double(m.ms), "ms", timeTarget);
    if (first)
        Bench::printFigure(prefix + "_kb_per_contact", kbPerContact, "KB", targeted ? "<2" : "");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"linnet.*=false"_s);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QByteArray(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {1000, 5000, 10000};

    QTemporaryDir dir;
    QString error;
    const auto server = TestServerInfo::startServer(dir.filePath(u"server"_s), &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the test server: %s\n", qPrintable(error));
        return 1;
    }
    // Warm up TLS, SQLite and the allocator so the figures below are the roster's own.
    if (server->registerAccount(u"benchwarmup"_s, server->password, &error))
        signIn(*server, u"benchwarmup"_s, dir.filePath(u"warmup.sqlite"_s));
    std::printf("%-9s %-10s %10s %10s %10s %14s %14s\n", "contacts", "sign-in", "total ms",
                "online ms", "fetch", "KB/contact", "peak RSS KB");
    for (int size : sizes) {
        const QString user = u"bench%1"_s.arg(size);
        if (!server->registerAccount(user, server->password, &error) ||
            !Bench::writeProsodyRoster(*server, user, size)) {
            std::fprintf(stderr, "cannot prepare %s: %s\n", qPrintable(user), qPrintable(error));
            continue;
        }
        const QString database = dir.filePath(user + u".sqlite"_s);
        for (const char *which : {"first", "versioned"}) {
            const qint64 before = processStatusKiB("VmRSS:");
            QTest::qWait(1000); // let the server finish the previous session
            const Measurement m = signIn(*server, user, database);
            std::printf("%-9d %-10s %10lld %10lld %10s %14.2f %14lld\n", m.contacts, which,
                        static_cast<long long>(m.ms), static_cast<long long>(m.onlineMs),
                        m.kind == Roster::FetchKind::Full        ? "full"
                        : m.kind == Roster::FetchKind::Unchanged ? "unchanged"
                                                                 : "failed",
                        m.contacts ? double(m.rssKb - before) / m.contacts : 0.0,
                        static_cast<long long>(processStatusKiB("VmHWM:")));
            printFigures(size, which, m, m.contacts ? double(m.rssKb - before) / m.contacts : 0);
        }
    }
    Bench::printFigure("roster.signin.peak_rss_kb", double(processStatusKiB("VmHWM:")), "KB");
    server->stopServer(&error);
    return 0;
}
