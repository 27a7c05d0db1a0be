// linnet-cli roster and presence against the test Prosody.
#include "ClientHarness.h"
#include "account/AccountServices.h"
#include "im/Roster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class CliContactsTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QString user;

    QStringList connectionArguments() const
    {
        return {u"--jid"_s,     server.jid(user), u"--host"_s,
                server.host,    u"--port"_s,      QString::number(server.startTlsPort),
                u"--ca-file"_s, server.caCertPath};
    }

    QProcess *run(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LINNET_PASSWORD"_s, server.password);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(LINNET_CLI_PATH), arguments);
        process->closeWriteChannel(); // presence signs out when stdin closes
        process->waitForFinished(60000);
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        user = u"cli%1"_s.arg(QRandomGenerator::global()->generate());
        QVERIFY2(server.registerAccount(user, server.password, &error), qPrintable(error));

        ClientHarness harness(server, user);
        AccountServices services(&harness.client(), QString());
        harness.connectToServer();
        QVERIFY(harness.waitFor(ConnectionState::Online));
        bool added = false;
        services.roster()->add(Jid::parse(u"friend@localhost"_s), u"Friend"_s, {u"Tests"_s},
                               [&](const IqResponse &r) { added = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(added, 10000);
    }

    void rosterAsJson()
    {
        QProcess *process =
            run(QStringList{u"roster"_s, u"--json"_s, u"--wait"_s, u"0"_s} + connectionArguments());
        const QByteArray out = process->readAllStandardOutput();
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QJsonArray contacts = QJsonDocument::fromJson(out).array();
        QCOMPARE(contacts.size(), 1);
        const QJsonObject contact = contacts.first().toObject();
        QCOMPARE(contact.value(u"jid"_s).toString(), u"friend@localhost"_s);
        QCOMPARE(contact.value(u"name"_s).toString(), u"Friend"_s);
        QCOMPARE(contact.value(u"groups"_s).toArray().first().toString(), u"Tests"_s);
    }

    void rosterAsText()
    {
        QProcess *process =
            run(QStringList{u"roster"_s, u"--wait"_s, u"0"_s} + connectionArguments());
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QCOMPARE(process->exitCode(), 0);
        QVERIFY2(out.contains(u"friend@localhost \"Friend\" [Tests]"_s), qPrintable(out));
    }

    void presenceIsSent()
    {
        QProcess *process = run(QStringList{u"presence"_s, u"--show"_s, u"dnd"_s, u"--status"_s,
                                            u"In a meeting"_s, u"--priority"_s, u"5"_s} +
                                connectionArguments());
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        QVERIFY2(process->exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(process->readAllStandardError())));
        QVERIFY2(out.contains(u"<show>dnd</show>"_s), qPrintable(out));
        QVERIFY2(out.contains(u"In a meeting"_s), qPrintable(out));
        QVERIFY2(out.contains(u"<priority>5</priority>"_s), qPrintable(out));
    }

    void badShowIsAUsageError()
    {
        QProcess *process =
            run(QStringList{u"presence"_s, u"--show"_s, u"sleepy"_s} + connectionArguments());
        QCOMPARE(process->exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(CliContactsTest)
#include "tst_cli_contacts.moc"
