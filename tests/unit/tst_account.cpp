// Account's decisions, without a server: where passwords come from and when they are kept,
// what a certificate or authentication failure turns into, what is saved.
#include "account/Account.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"
#include "stream/Client.h"
#include "stream/Session.h" // Client.h's inline session() needs the full type

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
const QString Id = u"demo@localhost"_s;
const QString Pin =
    u"AB:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:"
    u"00:00:00:00:00:01"_s;

// A loopback port nobody listens on: connection attempts fail at once.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

PasswordResult readNow(PasswordStore &store, const QString &id)
{
    std::optional<PasswordResult> outcome;
    store.readPassword(id, [&outcome](const PasswordResult &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return PasswordResult{PasswordResult::Status::Failed, {}, u"timed out"_s, {}};
    return outcome.value_or(PasswordResult{PasswordResult::Status::Failed, {}, {}, {}});
}
} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<PasswordStore> m_passwords;

    AccountSettings settings(bool rememberPassword = false) const
    {
        AccountSettings account = AccountSettings::forJid(Jid::parse(Id));
        account.connection.host = u"127.0.0.1"_s;
        account.connection.port = closedPort();
        account.connection.tlsMode = TlsMode::StartTls;
        account.rememberPassword = rememberPassword;
        return account;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<AccountStore>(m_dir->filePath(u"accounts.ini"_s));
        m_passwords = std::make_unique<PasswordStore>(PasswordStore::Backend::File,
                                                      m_dir->filePath(u"passwords.json"_s));
    }

    void signInWithoutPasswordAsksForOne()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        QSignalSpy asked(&account, &Account::passwordRequired);
        account.signIn();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(account.state(), ConnectionState::Disconnected);
    }

    void rememberedButMissingAsksForOne()
    {
        Account account(settings(true), m_passwords.get(), m_store.get());
        QSignalSpy asked(&account, &Account::passwordRequired);
        account.signIn();
        QVERIFY(asked.wait(5000));
        QCOMPARE(account.state(), ConnectionState::Disconnected);
    }

    void signInUsesTheStoredPassword()
    {
        std::optional<PasswordResult> written;
        m_passwords->writePassword(Id, u"secret"_s,
                                   [&written](const PasswordResult &r) { written = r; });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }));
        Account account(settings(true), m_passwords.get(), m_store.get());
        QSignalSpy asked(&account, &Account::passwordRequired);
        QSignalSpy states(&account, &Account::stateChanged);
        account.signIn();
        QVERIFY(states.wait(5000));
        QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Connecting);
        QCOMPARE(asked.size(), 0);
        account.signOut();
        QTRY_COMPARE(account.state(), ConnectionState::Disconnected);
    }

    void typedPasswordSetsAutoConnectAndSignOutClearsIt()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        account.signIn(u"typed"_s, false);
        QVERIFY(m_store->account(Id).autoConnect);
        QVERIFY(!m_store->account(Id).rememberPassword);
        account.signOut();
        QVERIFY(!m_store->account(Id).autoConnect);
        QCOMPARE(readNow(*m_passwords, Id).status, PasswordResult::Status::NotFound);
        // The password was not remembered: signing in again asks.
        QSignalSpy asked(&account, &Account::passwordRequired);
        QTRY_COMPARE(account.state(), ConnectionState::Disconnected);
        account.signIn();
        QCOMPARE(asked.size(), 1);
    }

    void rememberedPasswordIsKeptOnlyOnceOnline()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        account.signIn(u"typed"_s, true);
        QCOMPARE(readNow(*m_passwords, Id).status, PasswordResult::Status::NotFound);
        QVERIFY(!account.settings().rememberPassword);

        QSignalSpy changed(&account, &Account::settingsChanged);
        Q_EMIT account.client()->stateChanged(ConnectionState::Online, u"Signed in"_s);
        QVERIFY(changed.wait(5000));
        const PasswordResult stored = readNow(*m_passwords, Id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.password, u"typed"_s);
        QVERIFY(account.settings().rememberPassword);
        QVERIFY(m_store->account(Id).rememberPassword);
        QVERIFY(!account.passwordStorageWarning().isEmpty()); // file fallback in use
        account.signOut();
    }

    void notRememberingRemovesTheStoredPassword()
    {
        std::optional<PasswordResult> written;
        m_passwords->writePassword(Id, u"old"_s,
                                   [&written](const PasswordResult &r) { written = r; });
        QVERIFY(QTest::qWaitFor([&written] { return written.has_value(); }));
        Account account(settings(true), m_passwords.get(), m_store.get());
        account.signIn(u"new"_s, false);
        QTRY_COMPARE(readNow(*m_passwords, Id).status, PasswordResult::Status::NotFound);
        QVERIFY(!m_store->account(Id).rememberPassword);
        account.signOut();
    }

    void certificateFailureAsksForTrust()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        QSignalSpy rejected(&account, &Account::certificateRejected);
        QSignalSpy errors(&account, &Account::errorOccurred);
        QSignalSpy asked(&account, &Account::passwordRequired);
        Q_EMIT account.client()->errorOccurred(SessionError::make(
            SessionError::Kind::CertificateUntrusted, u"The certificate is not trusted."_s));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(account.lastError().kind, SessionError::Kind::CertificateUntrusted);
    }

    void authenticationFailureAsksForThePasswordAgain()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        QSignalSpy errors(&account, &Account::errorOccurred);
        QSignalSpy asked(&account, &Account::passwordRequired);
        Q_EMIT account.client()->errorOccurred(SessionError::make(
            SessionError::Kind::AuthenticationFailed, u"The password is wrong."_s));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(asked.size(), 1);

        Q_EMIT account.client()->errorOccurred(
            SessionError::make(SessionError::Kind::ConnectionLost, u"Lost."_s));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(asked.size(), 1);
    }

    void trustAlwaysPinsAndSaves()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        account.signIn(u"typed"_s, false);
        QSignalSpy changed(&account, &Account::settingsChanged);
        account.trustCertificateAlways(Pin);
        QCOMPARE(changed.size(), 1);
        const QString normalized = AccountSettings::normalizedFingerprint(Pin);
        QCOMPARE(account.settings().connection.pinnedCertificates, QStringList{normalized});
        QCOMPARE(account.client()->settings().pinnedCertificates, QStringList{normalized});
        QCOMPARE(m_store->account(Id).connection.pinnedCertificates, QStringList{normalized});
        QVERIFY(account.state() != ConnectionState::Disconnected); // reconnecting
        account.signOut();
    }

    // The SASL mechanism of a successful sign-in is kept per account and only ever raised,
    // so a later sign-in refuses anything weaker (CWE-757, see tests/security).
    void saslMechanismIsPinnedAndOnlyRaised()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        QSignalSpy changed(&account, &Account::settingsChanged);
        const auto signedInWith = [&account](const QString &mechanism) {
            Q_EMIT account.client()->phaseFinished(u"sasl"_s, 5, mechanism);
        };
        signedInWith(u"SCRAM-SHA-256"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->account(Id).connection.pinnedSaslMechanism, u"SCRAM-SHA-256"_s);
        QCOMPARE(account.client()->settings().pinnedSaslMechanism, u"SCRAM-SHA-256"_s);
        signedInWith(u"PLAIN"_s);
        signedInWith(u"SCRAM-SHA-1"_s);
        signedInWith(u"X-UNKNOWN"_s);
        Q_EMIT account.client()->phaseFinished(u"tls"_s, 5, u"SCRAM-SHA-512-PLUS"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->account(Id).connection.pinnedSaslMechanism, u"SCRAM-SHA-256"_s);
        signedInWith(u"SCRAM-SHA-1-PLUS"_s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_store->account(Id).connection.pinnedSaslMechanism, u"SCRAM-SHA-1-PLUS"_s);
    }

    void trustOnceDoesNotSave()
    {
        Account account(settings(), m_passwords.get(), m_store.get());
        account.signIn(u"typed"_s, false);
        account.trustCertificateOnce(Pin);
        QVERIFY(account.settings().connection.pinnedCertificates.isEmpty());
        QVERIFY(m_store->account(Id).connection.pinnedCertificates.isEmpty());
        QVERIFY(account.state() != ConnectionState::Disconnected);
        account.signOut();
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
