// Broken and hostile servers, scripted on loopback: the client refuses what it must, says why
// in words, never sends credentials without TLS, and never crashes or loops.
#include "FakeXmppServer.h"
#include "stream/Client.h"

#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
const QByteArray Plain = "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                         "<mechanism>PLAIN</mechanism></mechanisms>";
const QByteArray StartTls = "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/>"
                            "</starttls>";
} // namespace

class HostileServerTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Client> makeClient(const FakeXmppServer &server, TlsMode mode)
    {
        auto client = std::make_unique<Client>();
        ConnectionSettings settings;
        settings.jid = Jid::parse(u"alice@localhost"_s);
        settings.host = u"127.0.0.1"_s;
        settings.port = server.port();
        settings.tlsMode = mode;
        settings.negotiationTimeoutMs = 5000;
        settings.extraCaCertificates =
            QSslCertificate::fromPath(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-localhost.pem"));
        client->setSettings(settings);
        client->setPassword(u"secret-password"_s);
        client->setAutoReconnect(false);
        return client;
    }

    static bool waitForState(Client &client, ConnectionState state, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return client.state() == state; }, ms);
    }

    // Direct TLS, PLAIN, bound: the client is online with the fake.
    std::unique_ptr<Client> onlineClient(FakeXmppServer &server)
    {
        server.signInWithPlain();
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        if (!waitForState(*client, ConnectionState::Online))
            qWarning() << "not online:" << client->stateReason();
        return client;
    }

private Q_SLOTS:
    void noStartTlsOfferedMeansNoPassword()
    {
        FakeXmppServer server;
        server.expect("<stream:stream").send(FakeXmppServer::header(Plain)).expect("</auth>");
        auto client = makeClient(server, TlsMode::StartTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::TlsNotOffered);
        QVERIFY(client->lastError().sentence.contains(u"password"));
        QVERIFY(!server.received().contains("<auth"));
        QVERIFY(!server.received().contains("secret-password"));
    }

    void allowUnencryptedStillRefusesPlain()
    {
        FakeXmppServer server;
        server.expect("<stream:stream").send(FakeXmppServer::header(Plain)).expect("</auth>");
        auto client = makeClient(server, TlsMode::AllowUnencrypted);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::NoSuitableMechanism);
        QVERIFY(!server.received().contains("<auth"));
    }

    void certificateForAnotherNameIsRefusedBeforeAuth()
    {
        FakeXmppServer server;
        server.setIdentity(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-evil.pem"),
                           QStringLiteral(LINNET_TEST_DATA_DIR "/fake-evil.key"));
        server.expect("<stream:stream")
            .send(FakeXmppServer::header(StartTls))
            .expect("<starttls")
            .send("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
            .startTls()
            .expect("<stream:stream")
            .send(FakeXmppServer::header(Plain));
        auto client = makeClient(server, TlsMode::StartTls);
        // Even with the evil cert's issuer trusted, the name must match the JID's domain.
        ConnectionSettings settings = client->settings();
        settings.extraCaCertificates +=
            QSslCertificate::fromPath(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-evil.pem"));
        client->setSettings(settings);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        const SessionError error = client->lastError();
        QCOMPARE(error.kind, SessionError::Kind::CertificateUntrusted);
        QVERIFY(!error.certificateChain.isEmpty());
        QCOMPARE(error.certificateChain.constFirst().subjectInfo(QSslCertificate::CommonName),
                 QStringList{u"evil.example"_s});
        QVERIFY(!server.received().contains("<auth"));
    }

    void streamErrorDuringSaslIsReported()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.expect("<stream:stream")
            .send(FakeXmppServer::header(Plain))
            .expect("</auth>")
            .send("<stream:error><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                  "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>maintenance</text>"
                  "</stream:error></stream:stream>");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::StreamError);
        QCOMPARE(client->lastError().streamError.condition, StreamErrorCondition::SystemShutdown);
        QVERIFY(client->lastError().sentence.contains(u"maintenance"));
    }

    void oversizedStanzaIsRefused()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.then([](FakeXmppServer::Connection &) {});
        auto client = onlineClient(server);
        QCOMPARE(client->state(), ConnectionState::Online);
        QByteArray huge = "<message from='bob@localhost/x'><body>";
        huge += QByteArray(2 * 1024 * 1024, 'a');
        huge += "</body></message>";
        // Written after the sign-in script finished.
        server.findChildren<QSslSocket *>().constFirst()->write(huge);
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::InvalidXml);
        QTRY_VERIFY(server.received().contains("policy-violation"));
    }

    void largeStanzaIsAcceptedOnlyWhileExpected()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        auto client = onlineClient(server);
        QCOMPARE(client->state(), ConnectionState::Online);
        QByteArray big = "<message from='bob@localhost/x'><body>";
        big += QByteArray(2 * 1024 * 1024, 'b');
        big += "</body></message>";
        QSslSocket *socket = server.findChildren<QSslSocket *>().constFirst();
        int received = 0;
        connect(client.get(), &XmppStream::stanzaReceived, this, [&] { ++received; });
        client->setLargeStanzasExpected(true); // as during a roster fetch
        socket->write(big);
        QTRY_COMPARE_WITH_TIMEOUT(received, 1, 10000);
        QCOMPARE(client->state(), ConnectionState::Online);
        client->setLargeStanzasExpected(false);
        socket->write(big);
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::InvalidXml);
    }

    void entityDeclarationIsRefused()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.expect("<stream:stream")
            .send("<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY lol 'lol'>]>"
                  "<stream:stream xmlns='jabber:client' "
                  "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::InvalidXml);
        QTRY_VERIFY(server.received().contains("restricted-xml"));
        QVERIFY(!server.received().contains("<auth"));
    }

    void malformedXmlIsRefused()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.expect("<stream:stream").send(FakeXmppServer::header(Plain) + "<a><b></a>");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::InvalidXml);
        QTRY_VERIFY(server.received().contains("not-well-formed"));
    }

    void missingStreamVersionIsRefused()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.expect("<stream:stream").send(FakeXmppServer::header(Plain, QByteArray()));
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QTRY_VERIFY(server.received().contains("unsupported-version"));
    }

    void iqReplyFromTheWrongJidIsIgnored()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain()
            .expect("urn:example:secret")
            .replyToIq("<iq type='result' id='%ID%' from='mallory@localhost/evil'>"
                       "<query xmlns='urn:example:secret'><forged/></query></iq>")
            .replyToIq("<iq type='result' id='%ID%' from='bob@localhost/home'>"
                       "<query xmlns='urn:example:secret'><real/></query></iq>");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Online));
        std::optional<IqResponse> response;
        int calls = 0;
        Element iq(u"iq"_s, u"jabber:client"_s);
        iq.setAttribute(u"type"_s, u"get"_s);
        iq.setAttribute(u"to"_s, u"bob@localhost/home"_s);
        iq.addChild(u"query"_s, u"urn:example:secret"_s);
        client->sendIq(iq, [&](const IqResponse &r) {
            response = r;
            ++calls;
        });
        QTRY_VERIFY(response.has_value());
        QVERIFY(response->ok());
        QVERIFY(!response->payload().firstChild(u"real"_s, u"urn:example:secret"_s).isNull());
        QTest::qWait(200);
        QCOMPARE(calls, 1);
    }

    void iqReplyWithoutFromToARequestToAContactIsIgnored()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain()
            .expect("urn:example:secret")
            .replyToIq("<iq type='result' id='%ID%'><query xmlns='urn:example:secret'/></iq>");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Online));
        std::optional<IqResponse> response;
        Element iq(u"iq"_s, u"jabber:client"_s);
        iq.setAttribute(u"type"_s, u"get"_s);
        iq.setAttribute(u"to"_s, u"bob@localhost/home"_s);
        iq.addChild(u"query"_s, u"urn:example:secret"_s);
        client->sendIq(
            iq, [&](const IqResponse &r) { response = r; }, 500);
        QTRY_VERIFY(response.has_value());
        QCOMPARE(response->outcome, IqResponse::Outcome::Timeout);
    }

    void unhandledRequestGetsServiceUnavailable()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain().send(
            "<iq type='get' id='q1' from='bob@localhost/x'><query xmlns='urn:example:unknown'/>"
            "</iq>");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Online));
        QTRY_VERIFY(server.received().contains("service-unavailable"));
        const QByteArray received = server.received();
        QVERIFY(received.contains("type=\"error\""));
        QVERIFY(received.contains("id=\"q1\""));
    }

    void connectionCutMidStanzaReconnects()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain()
            .send("<message from='bob@localhost/x' type='chat'><body>half a mess")
            .closeConnection();
        auto client = makeClient(server, TlsMode::DirectTls);
        client->setAutoReconnect(true);
        client->reconnectPolicy() = ReconnectPolicy(100, 200);
        QList<ConnectionState> states;
        connect(client.get(), &Client::stateChanged, this,
                [&](ConnectionState s, const QString &) { states.append(s); });
        client->connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(ConnectionState::Reconnecting), 10000);
        QCOMPARE(client->lastError().kind, SessionError::Kind::ConnectionLost);
        QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 2, 10000);
        client->disconnectFromServer();
    }

    void silentServerIsDetectedAsDead()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        auto client = onlineClient(server); // the script ends: the server never answers again
        QCOMPARE(client->state(), ConnectionState::Online);
        client->liveness().setIntervals(200, 500);
        client->liveness().start();
        client->setAutoReconnect(true);
        client->reconnectPolicy() = ReconnectPolicy(60000, 60000);
        QVERIFY(waitForState(*client, ConnectionState::Reconnecting, 5000));
        QCOMPARE(client->lastError().kind, SessionError::Kind::Timeout);
        QVERIFY(server.received().contains("urn:xmpp:ping"));
    }

    void seeOtherHostIsFollowedOnce()
    {
        FakeXmppServer target(FakeXmppServer::Transport::DirectTls);
        target.signInWithPlain();
        FakeXmppServer redirector(FakeXmppServer::Transport::DirectTls);
        redirector.expect("<stream:stream")
            .send("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                  "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>"
                  "<stream:error><see-other-host "
                  "xmlns='urn:ietf:params:xml:ns:xmpp-streams'>127.0.0.1:" +
                  QByteArray::number(target.port()) + "</see-other-host></stream:error>");
        auto client = makeClient(redirector, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY2(waitForState(*client, ConnectionState::Online), qPrintable(client->stateReason()));
        QCOMPARE(target.connectionCount(), 1);
    }

    void seeOtherHostIsNotFollowedTwice()
    {
        FakeXmppServer second(FakeXmppServer::Transport::DirectTls);
        FakeXmppServer first(FakeXmppServer::Transport::DirectTls);
        const auto redirectTo = [](quint16 port) -> QByteArray {
            return QByteArray("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                              "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>"
                              "<stream:error><see-other-host "
                              "xmlns='urn:ietf:params:xml:ns:xmpp-streams'>127.0.0.1:") +
                   QByteArray::number(port) + "</see-other-host></stream:error>";
        };
        first.expect("<stream:stream").send(redirectTo(second.port()));
        second.expect("<stream:stream").send(redirectTo(first.port()));
        auto client = makeClient(first, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QTest::qWait(300);
        QCOMPARE(first.connectionCount(), 1);
        QCOMPARE(second.connectionCount(), 1);
        QCOMPARE(client->lastError().streamError.condition, StreamErrorCondition::SeeOtherHost);
    }

    void boundJidOfAnotherAccountIsRefused()
    {
        FakeXmppServer server(FakeXmppServer::Transport::DirectTls);
        server.signInWithPlain("mallory@localhost/fake");
        auto client = makeClient(server, TlsMode::DirectTls);
        client->connectToServer();
        QVERIFY(waitForState(*client, ConnectionState::Disconnected));
        QCOMPARE(client->lastError().kind, SessionError::Kind::BindFailed);
    }
};

QTEST_GUILESS_MAIN(HostileServerTest)
#include "tst_hostile_server.moc"
