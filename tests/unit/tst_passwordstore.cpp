// PasswordStore without a keyring: the 0600 fallback file, its round trip and its warning.
#include "account/PasswordStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
// Runs one store operation and waits for its callback.
PasswordResult wait(const std::function<void(PasswordStore::Callback)> &operation)
{
    std::optional<PasswordResult> outcome;
    operation([&outcome](const PasswordResult &result) { outcome = result; });
    // Callbacks never run inside the call.
    if (outcome)
        return PasswordResult{PasswordResult::Status::Failed, {}, u"synchronous"_s, {}};
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return PasswordResult{PasswordResult::Status::Failed, {}, u"timed out"_s, {}};
    return *outcome;
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}
} // namespace

class TestPasswordStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LINNET_PASSWORD_STORE", "file");
        QVERIFY(m_dir.isValid());
    }

    void environmentForcesTheFallback()
    {
        PasswordStore store;
        QVERIFY(store.usingFallback());
        const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QVERIFY(config.contains(u".qttest"_s)); // never the real user's files
        QCOMPARE(store.fallbackFilePath(), config + u"/passwords.json"_s);
        QVERIFY(store.fallbackWarning().contains(u"stored unencrypted in"_s));
        QVERIFY(store.fallbackWarning().contains(store.fallbackFilePath()));
    }

    void noSessionBusMeansNoKeyring()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8()); // holds no "bus" socket
        PasswordStore store(PasswordStore::Backend::Keychain, m_dir.filePath(u"nobus.json"_s));
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", runtime);
        if (bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        if (runtime.isEmpty())
            qunsetenv("XDG_RUNTIME_DIR");

        QVERIFY(store.usingFallback());
        QVERIFY2(store.fallbackWarning().startsWith(
                     u"No system keyring is available: your password is stored unencrypted in "_s),
                 qPrintable(store.fallbackWarning()));
        const PasswordResult written =
            wait([&](auto done) { store.writePassword(u"demo@localhost"_s, u"secret"_s, done); });
        QVERIFY2(written.ok(), qPrintable(written.sentence));
        QVERIFY(QFile::exists(m_dir.filePath(u"nobus.json"_s)));
    }

    void brokenKeyringFallsBackToTheFile()
    {
        // A session bus address that leads nowhere: the keyring job fails (or never answers),
        // and the password still ends up stored, in the file, with the warning.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(m_dir.filePath(u"no-bus"_s)));
        PasswordStore store(PasswordStore::Backend::Keychain, m_dir.filePath(u"broken.json"_s));
        store.setKeychainTimeout(3000);
        QVERIFY(!store.usingFallback());
        QSignalSpy activated(&store, &PasswordStore::fallbackActivated);
        const PasswordResult written =
            wait([&](auto done) { store.writePassword(u"demo@localhost"_s, u"secret"_s, done); });
        if (bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QVERIFY2(written.ok(), qPrintable(written.sentence));
        QVERIFY(store.usingFallback());
        QCOMPARE(activated.size(), 1);
        QVERIFY(
            activated.first().first().toString().startsWith(u"No system keyring is available"_s));
        const PasswordResult read =
            wait([&](auto done) { store.readPassword(u"demo@localhost"_s, done); });
        QCOMPARE(read.password, u"secret"_s);
    }

    void roundTrip()
    {
        PasswordStore store(PasswordStore::Backend::File, m_dir.filePath(u"roundtrip.json"_s));
        const QString password = u"pä$$ \"wörd\" 🔑\\n"_s;
        QCOMPARE(wait([&](auto done) { store.readPassword(u"demo@localhost"_s, done); }).status,
                 PasswordResult::Status::NotFound);

        QVERIFY(wait([&](auto done) {
                    store.writePassword(u"demo@localhost"_s, password, done);
                }).ok());
        QVERIFY(wait([&](auto done) {
                    store.writePassword(u"alice@localhost"_s, u"other"_s, done);
                }).ok());

        PasswordStore reopened(PasswordStore::Backend::File, m_dir.filePath(u"roundtrip.json"_s));
        PasswordResult read =
            wait([&](auto done) { reopened.readPassword(u"demo@localhost"_s, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.password, password);

        QVERIFY(wait([&](auto done) { reopened.removePassword(u"demo@localhost"_s, done); }).ok());
        QCOMPARE(wait([&](auto done) { reopened.readPassword(u"demo@localhost"_s, done); }).status,
                 PasswordResult::Status::NotFound);
        read = wait([&](auto done) { reopened.readPassword(u"alice@localhost"_s, done); });
        QCOMPARE(read.password, u"other"_s);
        // Removing what is not there is fine.
        QVERIFY(
            wait([&](auto done) { reopened.removePassword(u"nobody@localhost"_s, done); }).ok());
    }

    void fileIsOwnerOnly()
    {
        const QString path = m_dir.filePath(u"mode.json"_s);
        PasswordStore store(PasswordStore::Backend::File, path);
        QVERIFY(wait([&](auto done) { store.writePassword(u"a@b"_s, u"x"_s, done); }).ok());
        QCOMPARE(modeOf(path), 0600);

        // Loosened by someone else: reading tightens it, writing keeps it tight.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QCOMPARE(wait([&](auto done) { store.readPassword(u"a@b"_s, done); }).password, u"x"_s);
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(wait([&](auto done) { store.writePassword(u"a@b"_s, u"y"_s, done); }).ok());
        QCOMPARE(modeOf(path), 0600);
    }

    void fileFormatIsPlainJson()
    {
        // The demo writes this file by hand before Linnet starts.
        const QString path = m_dir.filePath(u"demo.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"demo@localhost": "demo-password"})");
        file.close();
        PasswordStore store(PasswordStore::Backend::File, path);
        const PasswordResult read =
            wait([&](auto done) { store.readPassword(u"demo@localhost"_s, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.password, u"demo-password"_s);
    }

    void damagedFileIsAnErrorInWords()
    {
        const QString path = m_dir.filePath(u"damaged.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        PasswordStore store(PasswordStore::Backend::File, path);
        const PasswordResult read =
            wait([&](auto done) { store.readPassword(u"demo@localhost"_s, done); });
        QCOMPARE(read.status, PasswordResult::Status::Failed);
        QVERIFY(read.sentence.contains(u"damaged"_s));
        // Writing does not overwrite what the user may still want to rescue.
        QCOMPARE(
            wait([&](auto done) { store.writePassword(u"demo@localhost"_s, u"x"_s, done); }).status,
            PasswordResult::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
