// One Linnet per user and profile: two SingleInstance objects with one key (the second finds
// the first, which is asked to raise its window), other keys are instances of their own, a
// socket left behind is taken over; and the real linnet started twice on one private profile
// (the second start ends with 0 and the first hears it) and once more on another profile.
#include "desktop/SingleInstance.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
QString uniqueKey()
{
    return u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QProcessEnvironment profileEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, folder + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, folder + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, folder + u"/cache"_s);
    env.insert(u"LINNET_PASSWORD_STORE"_s, u"file"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"linnet.ui.instance.debug=true"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    return env;
}

bool listening(const QString &name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool connected = probe.waitForConnected(200);
    probe.abort();
    return connected;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}
} // namespace

class SingleInstanceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondObjectAsksTheFirstToRaise()
    {
        const QString key = uniqueKey();
        SingleInstance first(key);
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
        QVERIFY(first.isPrimary());
        QSignalSpy raise(&first, &SingleInstance::raiseRequested);

        SingleInstance second(key);
        QCOMPARE(second.start(), SingleInstance::Role::Secondary);
        QVERIFY(!second.isPrimary());
        QVERIFY(raise.wait(5000));
        QCOMPARE(raise.count(), 1);

        // Each later start asks once more.
        SingleInstance third(key);
        QCOMPARE(third.start(), SingleInstance::Role::Secondary);
        QTRY_COMPARE(raise.count(), 2);

        // Another profile is another instance.
        SingleInstance other(uniqueKey());
        QCOMPARE(other.start(), SingleInstance::Role::Primary);
        QCOMPARE(raise.count(), 2);
    }

    void keysDifferByProfileAndUser()
    {
        QCOMPARE(SingleInstance::keyFor(u"/tmp/a"_s), SingleInstance::keyFor(u"/tmp/a/"_s));
        QVERIFY(SingleInstance::keyFor(u"/tmp/a"_s) != SingleInstance::keyFor(u"/tmp/b"_s));
        QVERIFY(SingleInstance::serverName(SingleInstance::keyFor(u"/tmp/a"_s)) !=
                SingleInstance::serverName(SingleInstance::keyFor(u"/tmp/b"_s)));
    }

    void strangersAreNotObeyed()
    {
        const QString key = uniqueKey();
        SingleInstance instance(key);
        QCOMPARE(instance.start(), SingleInstance::Role::Primary);
        QSignalSpy raise(&instance, &SingleInstance::raiseRequested);
        QLocalSocket stranger;
        stranger.connectToServer(SingleInstance::serverName(key));
        QVERIFY(stranger.waitForConnected(2000));
        stranger.write("hello\nraise now\n");
        stranger.flush();
        QTest::qWait(200);
        QCOMPARE(raise.count(), 0);
    }

    void socketLeftBehindIsTakenOver()
    {
        const QString key = uniqueKey();
        const QString name = SingleInstance::serverName(key);
        {
            QFile leftover(name); // what a crashed instance leaves: a name nobody answers on
            QVERIFY(leftover.open(QIODevice::WriteOnly));
        }
        SingleInstance instance(key);
        QCOMPARE(instance.start(), SingleInstance::Role::Primary);
        QVERIFY(listening(name));
    }

    void realLinnetStartsOncePerProfile()
    {
        QTemporaryDir profile;
        QTemporaryDir otherProfile;
        QVERIFY(profile.isValid() && otherProfile.isValid());
        const QString name =
            SingleInstance::serverName(SingleInstance::keyFor(profile.path() + u"/config"_s));

        QProcess first;
        first.setProcessEnvironment(profileEnvironment(profile.path()));
        first.start(QStringLiteral(LINNET_BINARY), {});
        QVERIFY(first.waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor([&] { return listening(name); }, 30000),
                 "the first linnet never listened");

        QProcess second;
        second.setProcessEnvironment(profileEnvironment(profile.path()));
        second.start(QStringLiteral(LINNET_BINARY), {});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        QByteArray firstLog;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         firstLog += first.readAllStandardError();
                         return firstLog.contains("asked to raise the window");
                     },
                     10000),
                 firstLog.constData());

        // Another profile runs beside it.
        QProcess other;
        other.setProcessEnvironment(profileEnvironment(otherProfile.path()));
        other.start(QStringLiteral(LINNET_BINARY), {});
        QVERIFY(other.waitForStarted(10000));
        QVERIFY(!other.waitForFinished(3000));
        QCOMPARE(other.state(), QProcess::Running);

        stop(other);
        stop(first);
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "tst_single_instance.moc"
