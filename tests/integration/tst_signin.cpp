// Signing in to the real test Prosody: STARTTLS, direct TLS, wrong password, certificate
// trust and pinning, resource conflict.
#include "ClientHarness.h"
#include "stream/CertificateTrust.h"
#include "stream/Session.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class SignInTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void signsInWithStartTls()
    {
        ClientHarness alice(server, u"alice"_s);
        alice.connectToServer();
        QVERIFY2(alice.waitFor(ConnectionState::Online), qPrintable(alice.lastReason()));
        QCOMPARE(alice.client().boundJid().bare().toString(), server.jid(u"alice"_s));
        QVERIFY(!alice.client().boundJid().resource().isEmpty());
        Session *session = alice.client().session();
        QVERIFY(session->connectedTarget().directTls == false);
        QVERIFY(session->tlsProtocol() == QSsl::TlsV1_3 || session->tlsProtocol() == QSsl::TlsV1_2);
        QVERIFY2(session->saslMechanism().startsWith(u"SCRAM-SHA-"),
                 qPrintable(session->saslMechanism()));
        // Every state on the way was reported, in order.
        const QList<ConnectionState> expected{
            ConnectionState::Connecting, ConnectionState::Securing, ConnectionState::Authenticating,
            ConnectionState::Binding, ConnectionState::Online};
        QList<ConnectionState> seen;
        for (ConnectionState state : alice.states())
            if (seen.isEmpty() || seen.constLast() != state)
                seen.append(state);
        QCOMPARE(seen, expected);
        alice.client().disconnectFromServer();
        QVERIFY(alice.waitFor(ConnectionState::Disconnected));
    }

    void signsInWithDirectTls()
    {
        ClientHarness bob(server, u"bob"_s);
        bob.settings().port = server.directTlsPort;
        bob.settings().tlsMode = TlsMode::DirectTls;
        bob.connectToServer();
        QVERIFY2(bob.waitFor(ConnectionState::Online), qPrintable(bob.lastReason()));
        QVERIFY(bob.client().session()->connectedTarget().directTls);
        QVERIFY(bob.client().session()->tlsProtocol() != QSsl::UnknownProtocol);
    }

    void wrongPasswordFailsClearlyWithoutRetrying()
    {
        ClientHarness alice(server, u"alice"_s);
        alice.setPassword(u"not-the-password"_s);
        alice.connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Disconnected));
        QCOMPARE(alice.client().lastError().kind, SessionError::Kind::AuthenticationFailed);
        QVERIFY2(alice.lastReason().contains(u"password"), qPrintable(alice.lastReason()));
        const int attempts = alice.countOf(ConnectionState::Authenticating);
        QTest::qWait(3000); // no reconnect loop
        QCOMPARE(alice.countOf(ConnectionState::Authenticating), attempts);
        QCOMPARE(alice.client().state(), ConnectionState::Disconnected);
    }

    void untrustedCertificateIsRefusedThenPinned()
    {
        ClientHarness alice(server, u"alice"_s);
        alice.settings().extraCaCertificates.clear(); // the self-signed cert is unknown now
        alice.connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Disconnected));
        const SessionError error = alice.client().lastError();
        QCOMPARE(error.kind, SessionError::Kind::CertificateUntrusted);
        QVERIFY(!error.certificateChain.isEmpty());
        QVERIFY(!error.sslErrors.isEmpty());
        const QString fingerprint =
            CertificateTrust::sha256Fingerprint(error.certificateChain.constFirst());
        QCOMPARE(fingerprint, server.certSha256Hex);
        // No password went out: the session never reached SASL.
        QCOMPARE(alice.countOf(ConnectionState::Authenticating), 0);

        ClientHarness pinned(server, u"alice"_s);
        pinned.settings().extraCaCertificates.clear();
        pinned.settings().pinnedCertificates = {fingerprint};
        pinned.connectToServer();
        QVERIFY2(pinned.waitFor(ConnectionState::Online), qPrintable(pinned.lastReason()));
    }

    void wrongPinIsStillRefused()
    {
        ClientHarness alice(server, u"alice"_s);
        alice.settings().extraCaCertificates.clear();
        alice.settings().pinnedCertificates = {QString(64, u'a')};
        alice.connectToServer();
        QVERIFY(alice.waitFor(ConnectionState::Disconnected));
        QCOMPARE(alice.client().lastError().kind, SessionError::Kind::CertificateUntrusted);
    }

    void trustOnceAppliesToTheNextAttempt()
    {
        ClientHarness alice(server, u"alice"_s);
        alice.settings().extraCaCertificates.clear();
        alice.client().trustCertificateOnce(server.certSha256Hex);
        alice.connectToServer();
        QVERIFY2(alice.waitFor(ConnectionState::Online), qPrintable(alice.lastReason()));
    }

    void resourceConflictSignsOutTheOlderSession()
    {
        ClientHarness first(server, u"carol"_s);
        first.settings().resource = u"desk"_s;
        first.connectToServer();
        QVERIFY2(first.waitFor(ConnectionState::Online), qPrintable(first.lastReason()));

        ClientHarness second(server, u"carol"_s);
        second.settings().resource = u"desk"_s;
        second.connectToServer();
        QVERIFY2(second.waitFor(ConnectionState::Online), qPrintable(second.lastReason()));

        QVERIFY(first.waitFor(ConnectionState::Disconnected));
        const SessionError error = first.client().lastError();
        QCOMPARE(error.kind, SessionError::Kind::StreamError);
        QCOMPARE(error.streamError.condition, StreamErrorCondition::Conflict);
        QVERIFY2(first.lastReason().contains(u"another"), qPrintable(first.lastReason()));
        QTest::qWait(1500); // the older session does not fight back
        QCOMPARE(first.client().state(), ConnectionState::Disconnected);
        QCOMPARE(second.client().state(), ConnectionState::Online);
    }

    void unknownAccountIsRefused()
    {
        ClientHarness ghost(server, u"nobody-here"_s);
        ghost.connectToServer();
        QVERIFY(ghost.waitFor(ConnectionState::Disconnected));
        QCOMPARE(ghost.client().lastError().kind, SessionError::Kind::AuthenticationFailed);
    }
};

QTEST_GUILESS_MAIN(SignInTest)
#include "tst_signin.moc"
