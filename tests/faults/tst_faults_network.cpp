// The network misbehaves, nothing is lost: two accounts exchange numbered messages both ways
// through FaultProxy while one fault at a time is injected (drops, delay, 1-byte writes,
// truncated stanzas, stalls, a split at every offset of a sign-in). After each: every message
// is stored exactly once on both sides, in the order sent, acknowledged by the server; the
// clients are online again; resident memory grew by less than MaxGrowthKiB.
#include "FaultPair.h"
#include "HistoryChecks.h"
#include "ProcessStatus.h"
#include "im/ChatManager.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

// Resident memory a scenario may add (VmRSS after settling minus VmRSS after sign-in).
constexpr qint64 MaxGrowthKiB = 32 * 1024;

bool onlineAgain(ChatPeer &peer)
{
    return peer.harness().waitFor(ConnectionState::Online, 30000);
}

} // namespace

class FaultsNetworkTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;
    qint64 rssBefore = 0;

    // Common ending of a scenario: settled, ordered, acknowledged, online, memory bounded.
    void verifyInvariants(FaultPair &pair, int perSide, int settleTimeoutMs)
    {
        const QString settled = pair.settle(perSide, settleTimeoutMs);
        QVERIFY2(settled == u"ok", qPrintable(settled));
        QVERIFY2(onlineAgain(pair.a()), qPrintable(pair.a().harness().lastReason()));
        QVERIFY2(onlineAgain(pair.b()), qPrintable(pair.b().harness().lastReason()));
        const QString order = pair.orderAndStates(perSide);
        // Only what is in flight stays in the proxies (a delay holds up to 300 ms of traffic).
        QVERIFY(pair.proxyA().bytesHeld() + pair.proxyB().bytesHeld() < 64 * 1024);
        const qint64 rssAfter = processStatusKiB("VmRSS:");
        qInfo("%d messages each way; reconnects %d, sessions lost %d, proxy cuts %d; "
              "VmRSS %lld -> %lld KiB (%+lld)",
              perSide, pair.reconnects(), pair.lostSessions(),
              pair.proxyA().cuts() + pair.proxyB().cuts(), rssBefore, rssAfter,
              rssAfter - rssBefore);
        QVERIFY2(order == u"ok", qPrintable(order));
        QVERIFY2(rssAfter - rssBefore < MaxGrowthKiB,
                 qPrintable(u"VmRSS grew by %1 KiB"_s.arg(rssAfter - rssBefore)));
    }

    void startMeasuring() { rssBefore = processStatusKiB("VmRSS:"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        QVERIFY(processStatusKiB("VmRSS:") > 0);
    }

    void drop_data()
    {
        QTest::addColumn<FaultProxy::Close>("how");
        QTest::newRow("closed cleanly") << FaultProxy::Close::Clean;
        QTest::newRow("aborted") << FaultProxy::Close::Abort;
    }

    // Every connection dropped five times while messages flow.
    void drop()
    {
        QFETCH(FaultProxy::Close, how);
        QTemporaryDir here(dir.filePath(u"drop-XXXXXX"_s));
        FaultPair pair(server, here.path());
        const QString signedIn = pair.signIn();
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        startMeasuring();
        constexpr int PerSide = 200;
        QVERIFY(pair.send(PerSide, 2, 20, [&](int sent) {
            if (sent > 0 && sent % 50 == 0)
                pair.proxyA().dropAll(how);
            if (sent % 50 == 24)
                pair.proxyB().dropAll(how);
        }));
        verifyInvariants(pair, PerSide, 60000);
        // Seven drops; one that lands while a client is between connections cuts nothing.
        QVERIFY(pair.proxyA().cuts() + pair.proxyB().cuts() >= 5);
        QVERIFY(pair.reconnects() >= pair.proxyA().cuts() + pair.proxyB().cuts());
    }

    // 300 ms each way on both connections, sign-in included: slow, but nothing breaks.
    void delay()
    {
        QTemporaryDir here(dir.filePath(u"delay-XXXXXX"_s));
        FaultPair pair(server, here.path());
        pair.proxyA().setDelayMs(300);
        pair.proxyB().setDelayMs(300);
        const QString signedIn = pair.signIn(60000);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        startMeasuring();
        constexpr int PerSide = 200;
        QVERIFY(pair.send(PerSide, 5, 20, {}));
        verifyInvariants(pair, PerSide, 60000);
        QCOMPARE(pair.reconnects(), 0);
    }

    // Every byte its own write, both ways, sign-in and TLS handshake included.
    void splitIntoSingleBytes()
    {
        QTemporaryDir here(dir.filePath(u"split-XXXXXX"_s));
        FaultPair pair(server, here.path());
        pair.proxyA().setSplitBytes(1);
        pair.proxyB().setSplitBytes(1);
        const QString signedIn = pair.signIn(60000);
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        startMeasuring();
        constexpr int PerSide = 150;
        QVERIFY(pair.send(PerSide, 3, 20, {}));
        verifyInvariants(pair, PerSide, 60000);
        QCOMPARE(pair.reconnects(), 0);
        QVERIFY(pair.proxyA().bytesToClient() > 10000);
    }

    // A stanza larger than a TLS record is torn: the connection closes after half of the chunk
    // that carries it, so the parser on the other side holds half a stanza. Four times: to the
    // server and to the client, aborted and closed cleanly.
    void truncateMidStanza()
    {
        QTemporaryDir here(dir.filePath(u"truncate-XXXXXX"_s));
        FaultPair pair(server, here.path());
        const QString signedIn = pair.signIn();
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        startMeasuring();
        constexpr int PerSide = 200;
        constexpr int Padding = 40000;
        pair.setLarge({20, 70, 120, 170}, Padding);
        QVERIFY(pair.send(PerSide, 1, 10, [&](int sent) {
            using P = FaultProxy;
            if (sent == 20)
                pair.proxyA().truncateNextChunk(P::ToServer, 16000, P::Close::Abort);
            if (sent == 70)
                pair.proxyA().truncateNextChunk(P::ToClient, 16000, P::Close::Abort);
            if (sent == 120)
                pair.proxyB().truncateNextChunk(P::ToServer, 16000, P::Close::Clean);
            if (sent == 170)
                pair.proxyB().truncateNextChunk(P::ToClient, 16000, P::Close::Clean);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(pair.proxyA().truncations() + pair.proxyB().truncations(), 4,
                                  20000);
        verifyInvariants(pair, PerSide, 90000);
        QVERIFY(pair.reconnects() >= 4);
    }

    // B writes all the time while A signs in through a slow link (300 ms each way). A's
    // archive catch-up query reaches the server before A's initial presence (which waits for
    // the roster); a message arriving in between is archived and held offline, and Prosody
    // does not hand offline messages to a session that queried the archive. Unless the client
    // catches up again after its presence is in, that message is missing until the next
    // sign-in.
    void signInWhileMessagesArrive()
    {
        QTemporaryDir here(dir.filePath(u"signin-XXXXXX"_s));
        FaultPair pair(server, here.path());
        // Signed in once before, so the catch-up continues from a cursor.
        const QString signedIn = pair.signIn();
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        pair.a().signOut();
        pair.proxyA().setDelayMs(300);
        startMeasuring();
        constexpr int PerSide = 200;
        bool signingIn = false;
        QVERIFY(pair.send(PerSide, 1, 20, [&](int sent) {
            if (sent == 5 && !signingIn) {
                signingIn = true;
                pair.a().harness().connectToServer();
            }
        }));
        QVERIFY2(onlineAgain(pair.a()), qPrintable(pair.a().harness().lastReason()));
        verifyInvariants(pair, PerSide, 30000);
    }

    void stall_data()
    {
        QTest::addColumn<FaultProxy::Directions>("directions");
        QTest::newRow("both ways") << FaultProxy::Directions(FaultProxy::BothWays);
        QTest::newRow("to the client only") << FaultProxy::Directions(FaultProxy::ToClient);
    }

    // A's connection stops forwarding and stays open: no FIN, no RST. Only A's liveness check
    // (ping after 1 s of silence, dead 2 s later) can notice; A reconnects and resumes.
    void stall()
    {
        QFETCH(FaultProxy::Directions, directions);
        QTemporaryDir here(dir.filePath(u"stall-XXXXXX"_s));
        FaultPair pair(server, here.path());
        pair.a().client().liveness().setIntervals(1000, 2000);
        const QString signedIn = pair.signIn();
        QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
        startMeasuring();
        constexpr int PerSide = 200;
        QVERIFY(pair.send(PerSide, 2, 20, [&](int sent) {
            if (sent == 60)
                pair.proxyA().stallOpenConnections(directions);
        }));
        QTRY_VERIFY_WITH_TIMEOUT(pair.proxyA().connectionsAccepted() >= 2, 15000);
        verifyInvariants(pair, PerSide, 60000);
        const QList<ConnectionState> states = pair.a().harness().states();
        const qsizetype online = states.indexOf(ConnectionState::Online);
        QVERIFY(states.indexOf(ConnectionState::Reconnecting, online) > online);
        QCOMPARE(pair.proxyA().cuts(), 0); // the proxy closed nothing: the client noticed
        QCOMPARE(pair.proxyA().liveConnections(), 1);
    }

    // Sign-in plus one message each way, Runs times: run r writes both directions in pieces
    // ending at the stream offsets r, r + Runs, r + 2 Runs, ... with 1 ms between pieces, so
    // every offset of the exchange is a read boundary in exactly one run. (TLS records are
    // reassembled below the XML parser: after STARTTLS this splits records, not stanzas.)
    void splitAtEveryOffset()
    {
        QTemporaryDir here(dir.filePath(u"offsets-XXXXXX"_s));
        FaultPair pair(server, here.path());
        QVERIFY2(pair.b().signIn(), qPrintable(pair.b().harness().lastReason()));
        startMeasuring();
        constexpr int Runs = 16;
        qint64 longestToClient = 0;
        for (int run = 0; run < Runs; ++run) {
            pair.proxyA().setSplitPattern(FaultProxy::BothWays, Runs, run, 1);
            const qint64 before = pair.proxyA().bytesToClient();
            QVERIFY2(pair.a().signIn(30000),
                     qPrintable(u"run %1: %2"_s.arg(run).arg(pair.a().harness().lastReason())));
            // B writes once A's presence is in (see signInWhileMessagesArrive).
            QVERIFY(FaultPair::pingServer(pair.a()));
            pair.a().services().chats()->sendMessage(pair.b().jid().bare(),
                                                     sequenceBody(u'A', run));
            pair.b().services().chats()->sendMessage(pair.a().jid().bare(),
                                                     sequenceBody(u'B', run));
            const QString mine = sequenceBody(u'A', run), theirs = sequenceBody(u'B', run);
            auto holdsBoth = [&](const QList<HistoryMessage> &messages) {
                const QStringList bodies = bodiesOf(messages);
                return bodies.contains(mine) && bodies.contains(theirs);
            };
            for (ChatPeer *peer : {&pair.a(), &pair.b()}) {
                const QString other = (peer == &pair.a() ? pair.b() : pair.a()).jid().bareString();
                QVERIFY2(
                    peer->waitForHistory(other, holdsBoth),
                    qPrintable(u"run %1: %2 holds %3"_s.arg(run).arg(
                        peer->jid().bareString(), bodiesOf(peer->history(other)).join(u", "))));
            }
            // Acknowledged before we leave, so the next run has nothing to send again.
            QVERIFY(QTest::qWaitFor(
                [&] { return pair.orderAndStates(run + 1).contains(u"not acknowledged") == false; },
                10000));
            pair.a().signOut();
            longestToClient = qMax(longestToClient, pair.proxyA().bytesToClient() - before);
        }
        qInfo("%d runs; up to %lld bytes from the server per run", Runs, longestToClient);
        QCOMPARE(pair.proxyA().connectionsAccepted(), Runs);
        QVERIFY2(pair.a().signIn(), qPrintable(pair.a().harness().lastReason()));
        verifyInvariants(pair, Runs, 30000);
    }
};

QTEST_GUILESS_MAIN(FaultsNetworkTest)
#include "tst_faults_network.moc"
