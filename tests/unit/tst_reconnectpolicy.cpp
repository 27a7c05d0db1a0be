// Backoff grows exponentially, is capped, is jittered, and resets after success.
#include "stream/ReconnectPolicy.h"
#include "stream/SessionError.h"

#include <QTest>

using namespace Linnet;

class ReconnectPolicyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delaysGrowThenCap()
    {
        QRandomGenerator random(42);
        ReconnectPolicy policy(1000, 60000);
        int ceiling = 1000;
        for (int attempt = 0; attempt < 12; ++attempt) {
            const int delay = policy.nextDelayMs(random);
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(QString::number(delay)));
            ceiling = std::min(ceiling * 2, 60000);
        }
    }

    void jitterSpreadsClients()
    {
        QRandomGenerator random(7);
        QSet<int> delays;
        for (int client = 0; client < 50; ++client) {
            ReconnectPolicy policy(1000, 60000);
            policy.nextDelayMs(random);
            policy.nextDelayMs(random);
            delays.insert(policy.nextDelayMs(random) / 100);
        }
        QVERIFY(delays.size() > 10);
    }

    void resetStartsOver()
    {
        QRandomGenerator random(1);
        ReconnectPolicy policy(1000, 60000);
        for (int i = 0; i < 6; ++i)
            policy.nextDelayMs(random);
        policy.reset();
        QVERIFY(policy.nextDelayMs(random) <= 1000);
    }

    void noReconnectAfterAuthenticationOrSecurityFailures()
    {
        using Kind = SessionError::Kind;
        for (Kind kind :
             {Kind::AuthenticationFailed, Kind::CertificateUntrusted, Kind::TlsNotOffered,
              Kind::NoSuitableMechanism, Kind::ServerNotAuthentic, Kind::ClosedByUser})
            QVERIFY(!SessionError::make(kind, QString()).allowsAutomaticReconnect());
        for (Kind kind :
             {Kind::ConnectionLost, Kind::ConnectionFailed, Kind::Timeout, Kind::HostNotFound})
            QVERIFY(SessionError::make(kind, QString()).allowsAutomaticReconnect());
        SessionError conflict = SessionError::make(Kind::StreamError, QString());
        conflict.streamError.condition = StreamErrorCondition::Conflict;
        QVERIFY(!conflict.allowsAutomaticReconnect());
        SessionError shutdown = SessionError::make(Kind::StreamError, QString());
        shutdown.streamError.condition = StreamErrorCondition::SystemShutdown;
        QVERIFY(shutdown.allowsAutomaticReconnect());
    }

    // Prosody closes a resumed stream with policy-violation when a dropped connection tore a
    // stanza: Linnet signs in again (the outbox resends), but not forever.
    void policyViolationsAreRetriedAFewTimes()
    {
        SessionError policy = SessionError::make(SessionError::Kind::StreamError, QString());
        policy.streamError.condition = StreamErrorCondition::PolicyViolation;
        QVERIFY(policy.allowsAutomaticReconnect());

        ReconnectPolicy reconnect;
        constexpr qint64 Minute = 60 * 1000;
        QVERIFY(reconnect.notePolicyViolation(0));
        QVERIFY(reconnect.notePolicyViolation(1 * Minute));
        QVERIFY(!reconnect.notePolicyViolation(2 * Minute));
        // Older ones age out of the window.
        QVERIFY(reconnect.notePolicyViolation(11 * Minute + 1));
        QVERIFY(!reconnect.notePolicyViolation(11 * Minute + 2));
    }
};

QTEST_GUILESS_MAIN(ReconnectPolicyTest)
#include "tst_reconnectpolicy.moc"
