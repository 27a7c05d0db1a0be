// XEP-0198 against a scripted server: what goes on the wire, resumption and its failure, and
// servers that break the protocol (bogus h, unanswered requests).
#include "FakeXmppServer.h"
#include "stream/Client.h"
#include "xml/namespaces.h"

#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
const QByteArray Sm = "<sm xmlns='urn:xmpp:sm:3'/>";
const QByteArray Bind = "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>";
const QByteArray Enabled = "<enabled xmlns='urn:xmpp:sm:3' id='s1' resume='true' max='60'/>";

Element chat(int n)
{
    Element message(u"message"_s, ns::Client.toString());
    message.setAttribute(u"to"_s, u"bob@localhost"_s);
    message.setAttribute(u"id"_s, u"m%1"_s.arg(n));
    message.addChild(u"body"_s, ns::Client.toString()).setText(u"body-%1"_s.arg(n));
    return message;
}

QByteArray ack(int h)
{
    return "<a xmlns='urn:xmpp:sm:3' h='" + QByteArray::number(h) + "'/>";
}

// A Client for the scripted server, recording what managers would see.
struct Recorder : QObject
{
    std::unique_ptr<Client> client = std::make_unique<Client>();
    QList<bool> online;
    QStringList acknowledged;
    QList<ConnectionState> states;

    explicit Recorder(quint16 port)
    {
        ConnectionSettings settings;
        settings.jid = Jid::parse(u"alice@localhost"_s);
        settings.host = u"127.0.0.1"_s;
        settings.port = port;
        settings.tlsMode = TlsMode::DirectTls;
        settings.negotiationTimeoutMs = 5000;
        settings.extraCaCertificates =
            QSslCertificate::fromPath(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-localhost.pem"));
        client->setSettings(settings);
        client->setPassword(u"secret-password"_s);
        client->reconnectPolicy() = ReconnectPolicy(100, 200);
        connect(client.get(), &XmppStream::onlineChanged, this,
                [this](bool value) { online.append(value); });
        connect(client.get(), &XmppStream::stanzaAcknowledged, this,
                [this](const Element &e) { acknowledged.append(e.attribute(u"id")); });
        connect(client.get(), &Client::stateChanged, this,
                [this](ConnectionState state, const QString &) { states.append(state); });
    }
    bool waitFor(ConnectionState state, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return client->state() == state; }, ms);
    }
};
} // namespace

class HostileStreamManagementTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enablesAfterBindingAndAnswersRequests()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send(Enabled)
            .send("<message from='bob@localhost/x' type='chat'><body>hi</body></message>"
                  "<r xmlns='urn:xmpp:sm:3'/>")
            .expect("<a ");
        Recorder alice(server.port());
        QStringList console;
        connect(alice.client.get(), &Client::xmlReceived, this,
                [&](const QString &xml) { console.append(xml); });
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_VERIFY(server.received().contains("<a xmlns=\"urn:xmpp:sm:3\" h=\"1\"/>"));
        const QByteArray sent = server.received();
        QVERIFY(sent.indexOf("<enable xmlns=\"urn:xmpp:sm:3\" resume=\"true\"/>") >
                sent.indexOf("urn:ietf:params:xml:ns:xmpp-bind"));
        QVERIFY(alice.client->streamManagementActive());
        QCOMPARE(alice.client->streamManagement().resumeId(), u"s1"_s);
        QVERIFY(console.join(QString()).contains(u"<enabled"));
        QVERIFY(console.join(QString()).contains(u"<r xmlns"));
    }

    void requestsAreCoalescedAndAcksReleaseInOrder()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send(Enabled)
            .expect("<r xmlns")
            .send(ack(5));
        Recorder alice(server.port());
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_VERIFY(alice.client->streamManagement().state() == StreamManagement::State::Enabled);
        for (int i = 1; i <= 5; ++i)
            alice.client->send(chat(i));
        QTRY_COMPARE(alice.acknowledged.size(), 5);
        QCOMPARE(alice.acknowledged, QStringList({u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s, u"m5"_s}));
        QTest::qWait(200);
        QCOMPARE(server.received().count("<r xmlns"), 1);
    }

    void unansweredRequestIsRepeated()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm).expect("<enable").send(Enabled);
        Recorder alice(server.port());
        alice.client->streamManagement().setAckTimeoutMs(100);
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_VERIFY(alice.client->streamManagement().state() == StreamManagement::State::Enabled);
        alice.client->send(chat(1));
        QTRY_VERIFY_WITH_TIMEOUT(server.received().count("<r xmlns") >= 3, 5000);
        QCOMPARE(alice.client->state(), ConnectionState::Online);
        QVERIFY(alice.acknowledged.isEmpty());
    }

    void bogusHEndsTheSession()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send(Enabled)
            .expect("</message>")
            .send(ack(7));
        Recorder alice(server.port());
        alice.client->setAutoReconnect(false);
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_VERIFY(alice.client->streamManagement().state() == StreamManagement::State::Enabled);
        alice.client->send(chat(1));
        QVERIFY(alice.waitFor(ConnectionState::Disconnected));
        QCOMPARE(alice.client->lastError().kind, SessionError::Kind::InvalidXml);
        QVERIFY2(alice.client->lastError().sentence.contains(u"more messages than"),
                 qPrintable(alice.client->lastError().sentence));
        QTRY_VERIFY(server.received().contains("undefined-condition"));
        QVERIFY(server.received().contains("h=&apos;7&apos;") ||
                server.received().contains("h='7'"));
        QCOMPARE(alice.online, QList<bool>({true, false}));
        QVERIFY(alice.acknowledged.isEmpty());
        QVERIFY(!alice.client->streamManagementActive());
    }

    void droppedConnectionIsResumedAtTheOfferedLocation()
    {
        FakeXmppServer second(FakeXmppServer::Transport::DirectTls);
        second.authenticateWithPlain(Bind + Sm)
            .expect("<resume")
            .send("<resumed xmlns='urn:xmpp:sm:3' h='2' previd='s1'/>")
            .expect("urn:xmpp:ping")
            .replyToIq("<iq type='result' id='%ID%'/>")
            .expect("m4");
        FakeXmppServer first(FakeXmppServer::Transport::DirectTls);
        first.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send("<enabled xmlns='urn:xmpp:sm:3' id='s1' resume='true' max='60' "
                  "location='127.0.0.1:" +
                  QByteArray::number(second.port()) + "'/>")
            .expect("urn:xmpp:ping")
            .send(ack(1))
            .closeConnection();
        Recorder alice(first.port());
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_VERIFY(alice.client->streamManagement().state() == StreamManagement::State::Enabled);
        for (int i = 1; i <= 3; ++i)
            alice.client->send(chat(i));
        std::optional<IqResponse> pong;
        Element ping(u"iq"_s, ns::Client.toString());
        ping.setAttribute(u"type"_s, u"get"_s);
        ping.addChild(u"ping"_s, ns::Ping.toString());
        alice.client->sendIq(ping, [&](const IqResponse &response) { pong = response; });

        QVERIFY(alice.waitFor(ConnectionState::Reconnecting));
        QVERIFY(alice.client->isOnline()); // still, for the managers
        alice.client->send(chat(4));       // held until the session is back
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_VERIFY(second.received().contains("m4"));
        QTRY_VERIFY(pong.has_value());
        QVERIFY(pong->ok());

        QCOMPARE(alice.online, QList<bool>({true}));
        QCOMPARE(alice.acknowledged, QStringList({u"m1"_s, u"m2"_s}));
        QCOMPARE(alice.client->boundJid().toString(), u"alice@localhost/fake"_s);
        const QByteArray resumed = second.received();
        QVERIFY(resumed.contains("<resume xmlns=\"urn:xmpp:sm:3\" previd=\"s1\" h=\"0\"/>"));
        QVERIFY(!resumed.contains("xmpp-bind"));
        QVERIFY(!resumed.contains("\"m1\"") && !resumed.contains("\"m2\""));
        QVERIFY(resumed.indexOf("\"m3\"") < resumed.indexOf("urn:xmpp:ping"));
        QVERIFY(resumed.indexOf("urn:xmpp:ping") < resumed.indexOf("\"m4\""));
        QCOMPARE(first.connectionCount(), 1);
        QCOMPARE(second.connectionCount(), 1);
        QVERIFY(alice.states.contains(ConnectionState::Reconnecting));
    }

    void failedResumptionStartsAFreshSession()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send(Enabled)
            .expect("urn:xmpp:ping")
            .closeConnection()
            .nextConnection()
            .authenticateWithPlain(Bind + Sm)
            .expect("<resume")
            .send("<failed xmlns='urn:xmpp:sm:3' h='1'>"
                  "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>")
            .expect("urn:ietf:params:xml:ns:xmpp-bind")
            .replyToIq("<iq type='result' id='%ID%'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                       "<jid>alice@localhost/fresh</jid></bind></iq>")
            .expect("<enable")
            .send("<enabled xmlns='urn:xmpp:sm:3' id='s2' resume='true'/>");
        Recorder alice(server.port());
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_VERIFY(alice.client->streamManagement().state() == StreamManagement::State::Enabled);
        alice.client->send(chat(1));
        std::optional<IqResponse> pong;
        qsizetype onlineChangesWhenIqFailed = -1;
        Element ping(u"iq"_s, ns::Client.toString());
        ping.setAttribute(u"type"_s, u"get"_s);
        ping.addChild(u"ping"_s, ns::Ping.toString());
        alice.client->sendIq(ping, [&](const IqResponse &response) {
            pong = response;
            onlineChangesWhenIqFailed = alice.online.size();
        });
        QVERIFY(alice.waitFor(ConnectionState::Reconnecting));
        alice.client->send(chat(2)); // held, then dropped with the old session
        QTRY_COMPARE(alice.online, QList<bool>({true, false, true}));
        QVERIFY(pong.has_value());
        QCOMPARE(pong->outcome, IqResponse::Outcome::Disconnected);
        QVERIFY(onlineChangesWhenIqFailed < 3);               // before the fresh session came up
        QCOMPARE(alice.acknowledged, QStringList({u"m1"_s})); // <failed h='1'/>
        QCOMPARE(alice.client->boundJid().toString(), u"alice@localhost/fresh"_s);
        QTRY_VERIFY(alice.client->streamManagement().state() == StreamManagement::State::Enabled);
        QCOMPARE(alice.client->streamManagement().resumeId(), u"s2"_s);
        // The stream layer does not resend the old session's stanzas; the outbox does.
        QVERIFY(!server.received(1).contains("\"m2\""));
        QVERIFY(!server.received(1).contains("\"m1\""));
    }

    void resumptionWindowClosesWhileAway()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send("<enabled xmlns='urn:xmpp:sm:3' id='s1' resume='true' max='1'/>")
            .closeConnection()
            .nextConnection()
            .signInWithPlain("alice@localhost/again", Sm)
            .expect("<enable")
            .send(Enabled);
        Recorder alice(server.port());
        alice.client->reconnectPolicy() = ReconnectPolicy(3000, 3000); // at least 1.5 s
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QVERIFY(alice.waitFor(ConnectionState::Reconnecting));
        QCOMPARE(alice.online, QList<bool>({true}));
        QTRY_COMPARE_WITH_TIMEOUT(alice.online, QList<bool>({true, false}), 2500);
        QCOMPARE(alice.client->state(), ConnectionState::Reconnecting);
        QTRY_COMPARE_WITH_TIMEOUT(alice.online, QList<bool>({true, false, true}), 10000);
        QVERIFY(!server.received(1).contains("<resume"));
        QCOMPARE(alice.client->boundJid().toString(), u"alice@localhost/again"_s);
    }

    void conflictIsNotResumed()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send(Enabled)
            .send("<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                  "</stream:error>");
        Recorder alice(server.port());
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QVERIFY(alice.waitFor(ConnectionState::Disconnected));
        QCOMPARE(alice.online, QList<bool>({true, false}));
        QVERIFY(!alice.client->streamManagementActive());
        QTest::qWait(500);
        QCOMPARE(server.connectionCount(), 1);
    }

    void disconnectSendsAFinalAck()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("alice@localhost/fake", Sm)
            .expect("<enable")
            .send(Enabled)
            .send("<message from='bob@localhost/x' type='chat'><body>1</body></message>"
                  "<message from='bob@localhost/x' type='chat'><body>2</body></message>")
            .expect("</stream:stream>")
            .send("</stream:stream>");
        Recorder alice(server.port());
        int received = 0;
        connect(alice.client.get(), &XmppStream::stanzaReceived, this,
                [&](const Element &) { ++received; });
        alice.client->connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Online));
        QTRY_COMPARE(received, 2);
        alice.client->disconnectFromServer();
        QVERIFY(alice.waitFor(ConnectionState::Disconnected));
        const QByteArray sent = server.received();
        const qsizetype finalAck = sent.indexOf("<a xmlns=\"urn:xmpp:sm:3\" h=\"2\"/>");
        QVERIFY2(finalAck > 0, sent.constData());
        QVERIFY(finalAck < sent.indexOf("</stream:stream>"));
        QCOMPARE(alice.online, QList<bool>({true, false}));
        QVERIFY(!alice.client->streamManagementActive());
        QTest::qWait(300);
        QCOMPARE(server.connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(HostileStreamManagementTest)
#include "tst_hostile_sm.moc"
