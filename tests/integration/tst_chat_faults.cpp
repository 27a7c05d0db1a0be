// No message lost or duplicated while the network misbehaves: 1,000 messages flow both ways
// between two accounts while a loopback proxy cuts each one's connection at random points.
// Afterwards each side holds every message exactly once, each sender's messages in order.
// Prosody 0.12 cannot resume a session whose dropped connection left half a stanza in its
// parser, so some drops end in a fresh session: that path must lose nothing either.
#include "ChatPeer.h"
#include "CuttingProxy.h"
#include "im/ChatManager.h"
#include "storage/HistoryStore.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

constexpr int PerSide = 500;

// "ok" when the history holds A0..A{n-1} and B0..B{n-1} exactly once each; otherwise what
// is wrong.
QString checkExactlyOnce(const QList<HistoryMessage> &messages, int perSide)
{
    QSet<QString> seen;
    for (const HistoryMessage &message : messages) {
        if (seen.contains(message.body))
            return u"duplicate %1"_s.arg(message.body);
        seen.insert(message.body);
    }
    for (int i = 0; i < perSide; ++i) {
        for (const QChar side : {u'A', u'B'}) {
            if (!seen.contains(side + QString::number(i)))
                return u"missing %1%2 (%3 stored)"_s.arg(side).arg(i).arg(messages.size());
        }
    }
    return messages.size() == 2 * perSide ? u"ok"_s : u"unexpected messages"_s;
}

// "ok" when each sender's messages are in the order sent.
QString checkHistory(const QList<HistoryMessage> &messages, int perSide)
{
    int nextA = 0, nextB = 0;
    for (const HistoryMessage &message : messages) {
        const QChar side = message.body.at(0);
        const int number = message.body.mid(1).toInt();
        int &next = side == u'A' ? nextA : nextB;
        if (number != next) {
            const QString expected = side + QString::number(next);
            QString detail;
            for (const HistoryMessage &other : messages) {
                if (other.body == expected || other.body == message.body) {
                    detail += u" [%1 at %2, id %3, server id %4]"_s.arg(
                        other.body, other.timestamp.toString(Qt::ISODateWithMs), other.messageId,
                        other.serverId);
                }
            }
            return u"%1 out of order (expected %2; %3 messages stored)%4"_s
                .arg(message.body, expected)
                .arg(messages.size())
                .arg(detail);
        }
        ++next;
    }
    if (nextA != perSide || nextB != perSide)
        return u"incomplete: %1 from A, %2 from B"_s.arg(nextA).arg(nextB);
    return u"ok"_s;
}

void routeThrough(ChatPeer &peer, const CuttingProxy &proxy)
{
    peer.harness().settings().host = u"127.0.0.1"_s;
    peer.harness().settings().port = proxy.port();
    // Quick retries: the proxy cuts often.
    peer.client().reconnectPolicy() = ReconnectPolicy(100, 1000);
}

} // namespace

class ChatFaultsTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;

    QString newUser(const QString &stem) { return registerFreshUser(server, stem); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void thousandMessagesThroughRandomCuts()
    {
        CuttingProxy proxyA, proxyB;
        QVERIFY(proxyA.listen(server.host, server.startTlsPort));
        QVERIFY(proxyB.listen(server.host, server.startTlsPort));
        const QString alice = newUser(u"alice"_s), bob = newUser(u"bob"_s);
        ChatPeer a(server, alice, u"desk"_s, dir.filePath(u"a.sqlite"_s));
        ChatPeer b(server, bob, u"desk"_s, dir.filePath(u"b.sqlite"_s));
        routeThrough(a, proxyA);
        routeThrough(b, proxyB);
        // A drop the server could not resume shows as onlineChanged(false).
        int lostSessions = 0;
        for (ChatPeer *peer : {&a, &b}) {
            connect(&peer->client(), &XmppStream::onlineChanged, this,
                    [&lostSessions](bool online) { lostSessions += online ? 0 : 1; });
        }
        // Cuts apply to each new connection, so the sign-in itself may be cut too.
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("proxy seed %u", seed);
        proxyA.setRandomCuts(seed, 20000, 90000);
        proxyB.setRandomCuts(seed + 1, 20000, 90000);
        QVERIFY2(a.signIn(60000), qPrintable(a.harness().lastReason()));
        QVERIFY2(b.signIn(60000), qPrintable(b.harness().lastReason()));

        // Five messages from each side every 20 ms, whatever the connections are doing.
        int sent = 0;
        QTimer pace;
        pace.setInterval(20);
        connect(&pace, &QTimer::timeout, this, [&] {
            for (int i = 0; i < 5 && sent < PerSide; ++i, ++sent) {
                a.services().chats()->sendMessage(b.jid().bare(), u"A%1"_s.arg(sent));
                b.services().chats()->sendMessage(a.jid().bare(), u"B%1"_s.arg(sent));
            }
            if (sent == PerSide)
                pace.stop();
        });
        pace.start();
        QTRY_VERIFY_WITH_TIMEOUT(sent == PerSide, 60000);
        // Keep cutting a little longer, then let things settle.
        QTest::qWait(2000);
        proxyA.setRandomCuts(seed, 0, 0);
        proxyB.setRandomCuts(seed, 0, 0);
        qInfo("cuts: alice %d, bob %d", proxyA.cuts(), proxyB.cuts());
        QVERIFY(proxyA.cuts() + proxyB.cuts() >= 2);

        const QString aliceBare = a.jid().bareString(), bobBare = b.jid().bareString();
        QString lastA, lastB;
        const bool settled = QTest::qWaitFor(
            [&] {
                a.services().history()->flush();
                b.services().history()->flush();
                lastA = checkExactlyOnce(a.history(bobBare), PerSide);
                lastB = checkExactlyOnce(b.history(aliceBare), PerSide);
                return lastA == u"ok" && lastB == u"ok";
            },
            240000);
        QVERIFY2(settled, qPrintable(u"alice: %1; bob: %2"_s.arg(lastA, lastB)));
        // And it stays that way: nothing arrives twice later.
        QTest::qWait(2000);
        QCOMPARE(checkExactlyOnce(a.history(bobBare), PerSide), u"ok"_s);
        QCOMPARE(checkExactlyOnce(b.history(aliceBare), PerSide), u"ok"_s);
        // In order, also after sessions the server could not resume: what those lost comes
        // back from the archive and takes its place by the archive's order.
        const QString orderA = checkHistory(a.history(bobBare), PerSide);
        const QString orderB = checkHistory(b.history(aliceBare), PerSide);
        qInfo("sessions lost: %d; order: alice %s, bob %s", lostSessions, qPrintable(orderA),
              qPrintable(orderB));
        QCOMPARE(orderA, u"ok"_s);
        QCOMPARE(orderB, u"ok"_s);
        for (const HistoryMessage &m : a.history(bobBare)) {
            if (m.isOwn())
                QVERIFY2(m.state >= DeliveryState::Sent && m.state != DeliveryState::Failed,
                         qPrintable(m.body));
        }
    }
};

QTEST_GUILESS_MAIN(ChatFaultsTest)
#include "tst_chat_faults.moc"
