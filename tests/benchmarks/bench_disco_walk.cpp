// Walking a big service tree: a private test Prosody gets a pubsub service with N nodes
// (default 5,000; created by the admin with pipelined IQs), then a fresh session walks it the
// way the service browser does: disco#items of pubsub.localhost, then disco#info of every
// node, all pipelined. Prints the time until every answer is in, and memory.
// usage: bench_disco_walk [nodes]
#include "BenchFigure.h"
#include "ProcessStatus.h"
#include "TestServerInfo.h"
#include "disco/DiscoClient.h"
#include "stream/Client.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

constexpr int TimeoutMs = 300000;

std::unique_ptr<Client> signIn(const TestServerInfo &server, const QString &user)
{
    auto client = std::make_unique<Client>();
    ConnectionSettings settings;
    settings.jid = Jid::parse(server.jid(user));
    settings.host = server.host;
    settings.port = server.startTlsPort;
    settings.tlsMode = TlsMode::StartTls;
    settings.extraCaCertificates = server.caCertificates();
    client->setSettings(settings);
    client->setPassword(server.passwordOf(user));
    client->setAutoReconnect(false);
    client->connectToServer();
    if (!QTest::qWaitFor([&] { return client->isOnline(); }, 30000)) {
        std::fprintf(stderr, "%s could not sign in: %s\n", qPrintable(user),
                     qPrintable(client->stateReason()));
        return nullptr;
    }
    return client;
}

// Creates the nodes with every request on the wire at once; returns how many failed.
int createNodes(Client &admin, const Jid &pubsub, int count)
{
    int answered = 0;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        Element iq(u"iq"_s, ns::Client.toString());
        iq.setAttribute(u"type"_s, u"set"_s);
        iq.setAttribute(u"to"_s, pubsub.toString());
        iq.addChild(u"pubsub"_s, ns::PubSub.toString())
            .addChild(u"create"_s, ns::PubSub.toString())
            .setAttribute(u"node"_s, u"bench-%1"_s.arg(i, 5, 10, QChar(u'0')));
        admin.sendIq(
            iq,
            [&](const IqResponse &response) {
                ++answered;
                if (!response.ok() && ++failed == 1)
                    std::fprintf(stderr, "creating a node failed: %s\n",
                                 qPrintable(response.sentence));
            },
            TimeoutMs);
    }
    (void)QTest::qWaitFor([&] { return answered == count; }, TimeoutMs);
    return failed + (count - answered);
}

struct Walk
{
    qint64 itemsMs = -1; // the list of nodes is in
    qint64 totalMs = -1; // every node's info is in
    int nodes = 0;
    int infos = 0;
    int errors = 0;
};

Walk walk(DiscoClient &disco, const Jid &pubsub)
{
    Walk result;
    QElapsedTimer clock;
    clock.start();
    bool listed = false;
    disco.items(pubsub, {}, [&](const DiscoItemsResult &items) {
        result.itemsMs = clock.elapsed();
        listed = true;
        result.nodes = int(items.items.size());
        if (!items.ok) {
            ++result.errors;
            std::fprintf(stderr, "disco#items failed: %s\n", qPrintable(items.error));
        }
        for (const DiscoItem &item : items.items) {
            disco.info(item.jid, item.node, [&](const DiscoInfoResult &info) {
                ++result.infos;
                if (!info.ok)
                    ++result.errors;
                if (result.infos == result.nodes)
                    result.totalMs = clock.elapsed();
            });
        }
        if (result.nodes == 0)
            result.totalMs = clock.elapsed();
    });
    (void)QTest::qWaitFor([&] { return listed && result.totalMs >= 0; }, TimeoutMs);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"linnet.*=false"_s);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;

    QTemporaryDir dir;
    QString error;
    const auto server = TestServerInfo::startServer(dir.filePath(u"server"_s), &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the test server: %s\n", qPrintable(error));
        return 1;
    }
    const auto stop = qScopeGuard([&] { server->stopServer(&error); });
    const Jid pubsub = Jid::parse(server->pubsub);
    {
        const auto admin = signIn(*server, u"admin"_s);
        if (!admin)
            return 1;
        QElapsedTimer clock;
        clock.start();
        const int failed = createNodes(*admin, pubsub, count);
        std::printf("created %d pubsub nodes in %lld ms (%d failed)\n", count - failed,
                    static_cast<long long>(clock.elapsed()), failed);
        admin->disconnectFromServer();
        QTest::qWait(200);
    }

    const auto alice = signIn(*server, u"alice"_s);
    if (!alice)
        return 1;
    DiscoClient disco(*alice);
    disco.setTimeout(TimeoutMs);
    const qint64 before = processStatusKiB("VmRSS:");
    const Walk cold = walk(disco, pubsub);
    const qint64 after = processStatusKiB("VmRSS:");
    const Walk cached = walk(disco, pubsub);
    std::printf("%-8s %8s %8s %10s %10s %7s\n", "walk", "nodes", "infos", "items ms", "total ms",
                "errors");
    for (const auto &[name, w] : {std::pair{"network", cold}, std::pair{"cached", cached}}) {
        std::printf("%-8s %8d %8d %10lld %10lld %7d\n", name, w.nodes, w.infos,
                    static_cast<long long>(w.itemsMs), static_cast<long long>(w.totalMs), w.errors);
    }
    std::printf("RSS before walk %lld KB, after %lld KB (%.2f KB per node); peak RSS %lld KB\n",
                static_cast<long long>(before), static_cast<long long>(after),
                cold.nodes ? double(after - before) / cold.nodes : 0.0,
                static_cast<long long>(processStatusKiB("VmHWM:")));
    const QByteArray prefix = "disco.walk." + QByteArray::number(count) + '.';
    if (cold.errors == 0 && cold.nodes == count) {
        Bench::printFigure(prefix + "network_ms", double(cold.totalMs), "ms");
        Bench::printFigure(prefix + "cached_ms", double(cached.totalMs), "ms");
        Bench::printFigure(prefix + "kb_per_node", double(after - before) / cold.nodes, "KB");
    } else {
        Bench::printMissingFigure(prefix + "network_ms", "ms");
    }
    Bench::printFigure(prefix + "peak_rss_kb", double(processStatusKiB("VmHWM:")), "KB");
    alice->disconnectFromServer();
    QTest::qWait(100);
    return cold.errors == 0 && cold.nodes == count ? 0 : 1;
}
