// XEP-0198 against the real test Prosody (mod_smacks): acknowledgements, resumption through a
// connection cut by CuttingProxy, and a resumption the server can no longer grant.
#include "ClientHarness.h"
#include "CuttingProxy.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

QString uniqueResource(const QString &prefix)
{
    return prefix + QString::number(QRandomGenerator::global()->generate(), 16);
}

Element chat(const Jid &to, int sequence)
{
    Element message(u"message"_s, ns::Client.toString());
    message.setAttribute(u"to"_s, to.toString());
    message.setAttribute(u"type"_s, u"chat"_s);
    message.setAttribute(u"id"_s, u"sm-%1"_s.arg(sequence));
    message.addChild(u"body"_s, ns::Client.toString()).setText(u"seq %1"_s.arg(sequence));
    return message;
}

// A harness plus what managers would have seen of its client.
struct Watched
{
    Watched(const TestServerInfo &server, const QString &user) : harness(server, user)
    {
        harness.settings().resource = uniqueResource(u"sm-"_s);
        Client *client = &harness.client();
        QObject::connect(client, &XmppStream::onlineChanged, &harness,
                         [this](bool online) { onlineChanges.append(online); });
        QObject::connect(client, &XmppStream::stanzaAcknowledged, &harness,
                         [this](const Element &e) { acknowledged.append(e.attribute(u"id")); });
        QObject::connect(client, &XmppStream::stanzaReceived, &harness, [this](const Element &e) {
            const QString body = e.childText(u"body", ns::Client);
            if (e.is(u"message", ns::Client) && body.startsWith(u"seq "))
                bodies.append(body);
        });
        QObject::connect(client, &Client::xmlSent, &harness,
                         [this](const QString &xml) { sent += xml; });
        QObject::connect(client, &Client::xmlReceived, &harness,
                         [this](const QString &xml) { received += xml; });
    }
    Client &client() { return harness.client(); }
    bool signIn()
    {
        harness.connectToServer();
        return harness.waitFor(ConnectionState::Online) && waitForSm();
    }
    bool waitForSm(int ms = 10000)
    {
        return QTest::qWaitFor(
            [this] {
                return client().streamManagement().state() == StreamManagement::State::Enabled;
            },
            ms);
    }

    ClientHarness harness;
    QList<bool> onlineChanges;
    QStringList acknowledged;
    QStringList bodies;
    QString sent;
    QString received;
};

QStringList expectedBodies(int count)
{
    QStringList bodies;
    for (int i = 1; i <= count; ++i)
        bodies.append(u"seq %1"_s.arg(i));
    return bodies;
}

} // namespace

class StreamManagementTest : public QObject
{
    Q_OBJECT
private:
    std::optional<TestServerInfo> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_server = TestServerInfo::load(&error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void everyStanzaIsAcknowledged()
    {
        Watched alice(*m_server, u"alice"_s);
        QVERIFY2(alice.signIn(), qPrintable(alice.harness.lastReason()));
        QVERIFY(alice.client().streamManagementActive());
        QVERIFY(alice.client().streamManagement().resumeGranted());
        QVERIFY(alice.sent.contains(u"<enable xmlns=\"urn:xmpp:sm:3\" resume=\"true\"/>"));
        QVERIFY(alice.received.contains(u"<enabled"));

        constexpr int Count = 25;
        const Jid self = alice.client().boundJid();
        QStringList ids;
        for (int i = 1; i <= Count; ++i) {
            alice.client().send(chat(self, i));
            ids.append(u"sm-%1"_s.arg(i));
        }
        QTRY_COMPARE_WITH_TIMEOUT(alice.acknowledged.size(), Count, 10000);
        QCOMPARE(alice.acknowledged, ids);
        // They came back to us, and the server gets our count of them on request.
        QTRY_COMPARE_WITH_TIMEOUT(alice.bodies, expectedBodies(Count), 10000);
        QVERIFY(alice.client().streamManagement().queue().received() >= quint32(Count));
        QCOMPARE(alice.client().streamManagement().queue().size(), 0);
        QCOMPARE(alice.onlineChanges, QList<bool>({true}));
        alice.client().disconnectFromServer();
        QVERIFY(alice.harness.waitFor(ConnectionState::Disconnected));
        QCOMPARE(alice.onlineChanges, QList<bool>({true, false}));
    }

    void cutConnectionIsResumedWithoutLossOrDuplicates()
    {
        CuttingProxy proxy;
        QVERIFY(proxy.listen(m_server->host, m_server->startTlsPort));
        Watched alice(*m_server, u"alice"_s);
        alice.harness.settings().host = u"127.0.0.1"_s;
        alice.harness.settings().port = proxy.port();
        alice.client().reconnectPolicy() = ReconnectPolicy(200, 1000);
        Watched bob(*m_server, u"bob"_s);
        QVERIFY2(bob.signIn(), qPrintable(bob.harness.lastReason()));
        QVERIFY2(alice.signIn(), qPrintable(alice.harness.lastReason()));

        constexpr int Count = 60;
        constexpr int CutAfter = 20;
        const Jid to = bob.client().boundJid();
        int next = 1;
        QTimer sender;
        sender.setInterval(15);
        QObject::connect(&sender, &QTimer::timeout, &sender, [&] {
            alice.client().send(chat(to, next));
            if (next == CutAfter)
                proxy.cutAll();
            if (++next > Count)
                sender.stop();
        });
        sender.start();

        QTRY_VERIFY_WITH_TIMEOUT(!sender.isActive(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(bob.bodies.size(), Count, 30000);
        QCOMPARE(bob.bodies, expectedBodies(Count)); // each once, in order
        QTRY_COMPARE_WITH_TIMEOUT(alice.acknowledged.size(), Count, 10000);

        QCOMPARE(proxy.cuts(), 1);
        QVERIFY(proxy.connectionsAccepted() >= 2);
        QCOMPARE(alice.onlineChanges, QList<bool>({true})); // the cut was invisible
        const QList<ConnectionState> states = alice.harness.states();
        const qsizetype firstOnline = states.indexOf(ConnectionState::Online);
        QVERIFY(states.indexOf(ConnectionState::Reconnecting, firstOnline) > firstOnline);
        QCOMPARE(alice.client().state(), ConnectionState::Online);
        QVERIFY(alice.sent.contains(u"<resume "));
        QVERIFY(alice.received.contains(u"<resumed "));
        QCOMPARE(alice.client().boundJid().resource(), alice.harness.settings().resource);

        // Still alive after the resumption: a ping is answered.
        bool answered = false;
        Element ping(u"iq"_s, ns::Client.toString());
        ping.setAttribute(u"type"_s, u"get"_s);
        ping.addChild(u"ping"_s, ns::Ping.toString());
        alice.client().sendIq(ping, [&](const IqResponse &r) { answered = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        bob.client().disconnectFromServer();
        alice.client().disconnectFromServer();
        QVERIFY(alice.harness.waitFor(ConnectionState::Disconnected));
    }

    void acknowledgementsSurviveSplitDelayedAndStalledTraffic()
    {
        CuttingProxy proxy;
        QVERIFY(proxy.listen(m_server->host, m_server->startTlsPort));
        proxy.setSplitBytes(7);
        proxy.setDelayMs(5);
        Watched alice(*m_server, u"alice"_s);
        alice.harness.settings().host = u"127.0.0.1"_s;
        alice.harness.settings().port = proxy.port();
        QVERIFY2(alice.signIn(), qPrintable(alice.harness.lastReason()));
        const Jid self = alice.client().boundJid();
        for (int i = 1; i <= 5; ++i)
            alice.client().send(chat(self, i));
        QTRY_COMPARE_WITH_TIMEOUT(alice.acknowledged.size(), 5, 10000);

        proxy.setStalled(true);
        alice.client().send(chat(self, 6));
        QTest::qWait(500);
        QCOMPARE(alice.acknowledged.size(), 5); // held in the proxy
        QCOMPARE(alice.client().state(), ConnectionState::Online);
        proxy.setStalled(false);
        QTRY_COMPARE_WITH_TIMEOUT(alice.acknowledged.size(), 6, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(alice.bodies, expectedBodies(6), 10000);
        QCOMPARE(proxy.cuts(), 0);
        QVERIFY(proxy.bytesToServer() > 0 && proxy.bytesToClient() > 0);
        alice.client().disconnectFromServer();
        QVERIFY(alice.harness.waitFor(ConnectionState::Disconnected));
    }

    void proxyCutsAfterRandomBytesAndRefuses()
    {
        CuttingProxy proxy;
        QVERIFY(proxy.listen(m_server->host, m_server->startTlsPort));
        proxy.setRandomCuts(42, 150, 400);
        ClientHarness carol(*m_server, u"carol"_s);
        carol.settings().host = u"127.0.0.1"_s;
        carol.settings().port = proxy.port();
        carol.client().setAutoReconnect(false);
        carol.connectToServer();
        QVERIFY(carol.waitFor(ConnectionState::Disconnected));
        QCOMPARE(carol.client().lastError().kind, SessionError::Kind::ConnectionLost);
        QCOMPARE(proxy.cuts(), 1);
        const qint64 forwarded = proxy.bytesToServer() + proxy.bytesToClient();
        QVERIFY2(forwarded >= 150 && forwarded <= 400, qPrintable(QString::number(forwarded)));

        proxy.setRandomCuts(0, 0, 0);
        proxy.setRefuseConnections(true);
        carol.connectToServer();
        QVERIFY(carol.waitFor(ConnectionState::Disconnected));
        QTRY_COMPARE(proxy.connectionsRefused(), 1);
        QCOMPARE(proxy.connectionsAccepted(), 1);
    }

    void lostServerStateMeansAFreshSession()
    {
        // A server of this test's own: restarting it must not disturb the other tests.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const auto server = TestServerInfo::startServer(dir.path(), &error);
        QVERIFY2(server, qPrintable(error));
        const auto stop = qScopeGuard([&] { server->stopServer(nullptr); });

        Watched dave(*server, u"dave"_s);
        dave.client().reconnectPolicy() = ReconnectPolicy(200, 1000);
        QVERIFY2(dave.signIn(), qPrintable(dave.harness.lastReason()));
        const QString firstId = dave.client().streamManagement().resumeId();
        QVERIFY(!firstId.isEmpty());
        std::optional<IqResponse> pending;
        Element query(u"iq"_s, ns::Client.toString());
        query.setAttribute(u"type"_s, u"get"_s);
        query.setAttribute(u"to"_s, u"nobody@localhost/none"_s); // never answered in time

        QVERIFY2(server->restartServer(&error), qPrintable(error));
        QVERIFY(dave.client().isOnline()); // waiting to resume
        dave.client().sendIq(
            query, [&](const IqResponse &response) { pending = response; }, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(dave.onlineChanges, QList<bool>({true, false, true}), 60000);
        QVERIFY(pending.has_value());
        QCOMPARE(pending->outcome, IqResponse::Outcome::Disconnected);
        QVERIFY(dave.sent.contains(u"<resume "));
        QVERIFY(dave.received.contains(u"<failed "));
        QVERIFY(dave.harness.waitFor(ConnectionState::Online));
        QVERIFY(dave.client().boundJid().isValid());
        QVERIFY(dave.waitForSm());
        QVERIFY(dave.client().streamManagementActive());
        QVERIFY(dave.client().streamManagement().resumeId() != firstId);
        dave.client().disconnectFromServer();
        QVERIFY(dave.harness.waitFor(ConnectionState::Disconnected));
    }
};

QTEST_GUILESS_MAIN(StreamManagementTest)
#include "tst_stream_management.moc"
