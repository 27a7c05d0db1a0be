// linnet-cli check against the test Prosody: phases printed, exit codes, one-line errors.
#include "TestServerInfo.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet::Test;

class CliCheckTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;

    QProcess *run(const QStringList &arguments, const QString &password)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LINNET_PASSWORD"_s, password);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(LINNET_CLI_PATH), arguments);
        process->waitForFinished(60000);
        return process;
    }

    QStringList baseArguments(const QString &user)
    {
        return {u"check"_s,
                u"--jid"_s,
                server.jid(user),
                u"--host"_s,
                server.host,
                u"--port"_s,
                QString::number(server.startTlsPort),
                u"--ca-file"_s,
                server.caCertPath};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void printsEveryPhaseAndSucceeds()
    {
        QProcess *process = run(baseArguments(u"alice"_s), server.password);
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QVERIFY2(process->exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(process->readAllStandardError())));
        for (const QString &phase : {u"connect"_s, u"tls"_s, u"sasl"_s, u"bind"_s})
            QVERIFY2(out.contains(u"\n"_s + phase) || out.startsWith(phase), qPrintable(out));
        QVERIFY2(out.contains(u"TLSv1."_s), qPrintable(out));
        QVERIFY2(out.contains(u"SCRAM-SHA-"_s), qPrintable(out));
        QVERIFY2(out.contains(u"OK: Signed in as alice@localhost/linnet-cli"_s), qPrintable(out));
    }

    void passwordFileAndDirectTls()
    {
        QTemporaryFile passwordFile;
        QVERIFY(passwordFile.open());
        passwordFile.write(server.password.toUtf8() + "\n");
        passwordFile.flush();
        QProcess *process =
            run({u"check"_s, u"--jid"_s, server.jid(u"bob"_s), u"--host"_s, server.host,
                 u"--port"_s, QString::number(server.directTlsPort), u"--tls"_s, u"direct-tls"_s,
                 u"--pin"_s, server.certSha256Hex, u"--password-file"_s, passwordFile.fileName()},
                QString());
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QVERIFY2(process->exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(process->readAllStandardError())));
        QVERIFY(out.contains(u"OK: "_s));
    }

    void wrongPasswordPrintsOneClearLine()
    {
        QProcess *process = run(baseArguments(u"alice"_s), u"wrong"_s);
        QCOMPARE(process->exitCode(), 1);
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        QVERIFY2(err.startsWith(u"error: "_s), qPrintable(err));
        QVERIFY2(!err.contains(u'\n'), qPrintable(err));
        QVERIFY2(err.contains(u"password"_s), qPrintable(err));
    }

    void untrustedCertificateIsNamed()
    {
        QStringList arguments = baseArguments(u"alice"_s);
        arguments.removeLast(); // no --ca-file
        arguments.removeLast();
        QProcess *process = run(arguments, server.password);
        QCOMPARE(process->exitCode(), 1);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(err.contains(u"certificate"_s), qPrintable(err));
    }

    void connectionRefusedIsNamed()
    {
        // Port 1 on loopback is never ours; the connection is refused at once.
        QProcess *process = run({u"check"_s, u"--jid"_s, server.jid(u"alice"_s), u"--host"_s,
                                 u"127.0.0.1"_s, u"--port"_s, u"1"_s},
                                server.password);
        QCOMPARE(process->exitCode(), 1);
        QVERIFY(QString::fromUtf8(process->readAllStandardError()).startsWith(u"error: "_s));
    }

    void badArgumentsExitWithUsageError()
    {
        QProcess *process = run({u"check"_s, u"--jid"_s, u"not a jid@"_s}, u"x"_s);
        QCOMPARE(process->exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(CliCheckTest)
#include "tst_cli_check.moc"
