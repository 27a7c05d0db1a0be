// AccountStore: accounts.ini round trips, hand-written files (the demo writes one), pins.
#include "account/AccountStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
// A throwaway self-signed CA, only parsed here.
const char TestCaPem[] = "-----BEGIN CERTIFICATE-----\n"
                         "MIIBiDCCAS2gAwIBAgIULSlPlMTs59qqEJQUu7o1LlmCmm0wCgYIKoZIzj0EAwIw\n"
                         "GTEXMBUGA1UEAwwOTGlubmV0IFRlc3QgQ0EwHhcNMjYxMTI4MTgwODI5WhcNMzYx\n"
                         "MTI1MTgwODI5WjAZMRcwFQYDVQQDDA5MaW5uZXQgVGVzdCBDQTBZMBMGByqGSM49\n"
                         "AgEGCCqGSM49AwEHA0IABCigjHzhDDVcgTww2Dr2AQq8c0AedikcUYozrimcA5Ic\n"
                         "uHapFu/lJ/tGDs/8109v5mQVDIiIHsGJPjexa8WqAY6jUzBRMB0GA1UdDgQWBBRu\n"
                         "6T5IaFgsKhP5KKPcrc9XGPv2FTAfBgNVHSMEGDAWgBRu6T5IaFgsKhP5KKPcrc9X\n"
                         "GPv2FTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQDFZ+3zE0D2\n"
                         "JqhAcnvTr8mD9nIfocM/2kcTF352rUBIlQIhAIwL1DBGL691ySHvAC2YH0kwKK0W\n"
                         "9QhldXv5XHEeQj52\n"
                         "-----END CERTIFICATE-----\n";

const QString PinA = u"aa00000000000000000000000000000000000000000000000000000000000001"_s;
const QString PinB = u"bb00000000000000000000000000000000000000000000000000000000000002"_s;

AccountSettings fullAccount()
{
    AccountSettings account = AccountSettings::forJid(Jid::parse(u"Demo@LocalHost"));
    account.connection.resource = u"linnet"_s;
    account.connection.host = u"127.0.0.1"_s;
    account.connection.port = 5222;
    account.connection.tlsMode = TlsMode::StartTls;
    account.connection.pinnedCertificates = {PinA, PinB};
    account.connection.extraCaCertificates = QSslCertificate::fromData(TestCaPem, QSsl::Pem);
    account.connection.connectTimeoutMs = 4000;
    account.connection.negotiationTimeoutMs = 9000;
    account.autoConnect = true;
    account.rememberPassword = true;
    return account;
}
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsInTheConfigFolder()
    {
        const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QCOMPARE(AccountStore::defaultFilePath(), config + u"/accounts.ini"_s);
        QVERIFY(config.contains(u".qttest"_s)); // never the real user's files
    }

    void missingFileHasNoAccounts()
    {
        AccountStore store(path(u"none.ini"_s));
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(!store.account(u"demo@localhost"_s).isValid());
    }

    void roundTrip()
    {
        AccountStore store(path(u"roundtrip.ini"_s));
        const AccountSettings account = fullAccount();
        QVERIFY(account.isValid());
        QCOMPARE(account.id, u"demo@localhost"_s);
        QCOMPARE(account.connection.extraCaCertificates.size(), 1);
        QString error;
        QVERIFY2(store.save(account, &error), qPrintable(error));

        AccountStore reopened(path(u"roundtrip.ini"_s));
        const QList<AccountSettings> accounts = reopened.accounts();
        QCOMPARE(accounts.size(), 1);
        QVERIFY(accounts.first() == account);
        QVERIFY(reopened.account(u"demo@localhost"_s) == account);
    }

    void defaultsRoundTrip()
    {
        AccountStore store(path(u"defaults.ini"_s));
        const AccountSettings account = AccountSettings::forJid(Jid::parse(u"alice@example.org"));
        QVERIFY(store.save(account));
        QVERIFY(store.account(account.id) == account);
    }

    void handWrittenFile()
    {
        // What the demo profile writes: '@' unescaped, colon-separated upper-case pin.
        writeFile(u"hand.ini"_s, "[demo@localhost]\n"
                                 "jid=demo@localhost\n"
                                 "resource=linnet\n"
                                 "host=127.0.0.1\n"
                                 "port=40123\n"
                                 "tlsMode=starttls\n"
                                 "pinnedCertificates=AA:00:00:00:00:00:00:00:00:00:00:00:00:00:00:"
                                 "00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:01\n"
                                 "autoConnect=true\n"
                                 "rememberPassword=true\n");
        AccountStore store(path(u"hand.ini"_s));
        const AccountSettings account = store.account(u"demo@localhost"_s);
        QVERIFY(account.isValid());
        QCOMPARE(account.connection.jid.bareString(), u"demo@localhost"_s);
        QCOMPARE(account.connection.resource, u"linnet"_s);
        QCOMPARE(account.connection.host, u"127.0.0.1"_s);
        QCOMPARE(account.connection.port, quint16(40123));
        QCOMPARE(account.connection.tlsMode, TlsMode::StartTls);
        QCOMPARE(account.connection.pinnedCertificates, QStringList{PinA});
        QVERIFY(account.autoConnect);
        QVERIFY(account.rememberPassword);

        // Saving it again keeps exactly one group for the account.
        AccountSettings changed = account;
        changed.autoConnect = false;
        QVERIFY(store.save(changed));
        QCOMPARE(store.accounts().size(), 1);
        QVERIFY(!store.account(u"demo@localhost"_s).autoConnect);
    }

    void invalidGroupsAreSkipped()
    {
        writeFile(u"invalid.ini"_s, "[not a jid]\nport=1\n"
                                    "[localhost]\n"
                                    "[bob@example.net]\ntlsMode=direct-tls\n");
        AccountStore store(path(u"invalid.ini"_s));
        const QList<AccountSettings> accounts = store.accounts();
        QCOMPARE(accounts.size(), 1); // a domain alone is not an account
        QCOMPARE(accounts.first().id, u"bob@example.net"_s);
        QCOMPARE(accounts.first().connection.tlsMode, TlsMode::DirectTls);
    }

    void severalAccountsSortedAndRemoved()
    {
        AccountStore store(path(u"several.ini"_s));
        for (const char *jid : {"zoe@example.org", "alice@example.org", "mike@example.org"})
            QVERIFY(store.save(AccountSettings::forJid(Jid::parse(QString::fromLatin1(jid)))));
        QStringList ids;
        for (const AccountSettings &account : store.accounts())
            ids.append(account.id);
        QCOMPARE(ids, (QStringList{u"alice@example.org"_s, u"mike@example.org"_s,
                                   u"zoe@example.org"_s}));
        QVERIFY(store.remove(u"mike@example.org"_s));
        QVERIFY(store.remove(u"nobody@example.org"_s));
        QCOMPARE(store.accounts().size(), 2);
        QVERIFY(!store.contains(u"mike@example.org"_s));
    }

    void invalidAccountIsNotSaved()
    {
        AccountStore store(path(u"refused.ini"_s));
        QString error;
        QVERIFY(!store.save(AccountSettings(), &error));
        QVERIFY(!error.isEmpty());
    }

    void pinning()
    {
        AccountSettings account = AccountSettings::forJid(Jid::parse(u"demo@localhost"));
        QVERIFY(account.pinCertificate(PinA.toUpper()));
        QVERIFY(!account.pinCertificate(PinA)); // already there
        QVERIFY(!account.pinCertificate(u"not a fingerprint"_s));
        QVERIFY(!account.pinCertificate(PinA.left(62)));
        QCOMPARE(account.connection.pinnedCertificates, QStringList{PinA});

        AccountStore store(path(u"pins.ini"_s));
        QVERIFY(store.save(account));
        account.pinCertificate(PinB);
        QVERIFY(store.save(account));
        QCOMPARE(store.account(account.id).connection.pinnedCertificates,
                 (QStringList{PinA, PinB}));
    }

    void resourceInJidBecomesTheResource()
    {
        const AccountSettings account = AccountSettings::forJid(Jid::parse(u"demo@localhost/desk"));
        QCOMPARE(account.id, u"demo@localhost"_s);
        QCOMPARE(account.connection.resource, u"desk"_s);
        QVERIFY(!AccountSettings::forJid(Jid::parse(u"localhost")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
