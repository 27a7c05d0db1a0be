// linnet-cli disco, command and register against the test Prosody.
#include "CliProcess.h"
#include "ClientHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
const QString addUser = u"http://jabber.org/protocol/admin#add-user"_s;
}

class CliDiscoTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir xdg;

    // Runs linnet-cli as user; env overrides the process environment; input goes to stdin,
    // which is then closed.
    std::unique_ptr<CliProcess> run(const QString &user, const QStringList &arguments,
                                    const QMap<QString, QString> &env = {},
                                    const QByteArray &input = {})
    {
        auto process = std::make_unique<CliProcess>(server, xdg.path());
        QProcessEnvironment environment = process->processEnvironment();
        environment.insert(u"LINNET_PASSWORD"_s, server.passwordOf(user));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(LINNET_CLI_PATH),
                       arguments + CliProcess::connectionArguments(server, user));
        if (!input.isEmpty())
            process->write(input);
        process->closeWriteChannel();
        [[maybe_unused]] const bool exited = process->waitForExit(60000);
        return process;
    }

    bool canSignIn(const QString &user, const QString &password)
    {
        ClientHarness harness(server, user);
        harness.setPassword(password);
        harness.client().setAutoReconnect(false);
        harness.connectToServer();
        (void)QTest::qWaitFor(
            [&] {
                return harness.client().isOnline() ||
                       harness.countOf(ConnectionState::Disconnected) > 0;
            },
            20000);
        return harness.client().isOnline();
    }

    static QString uniqueUser(const QString &prefix)
    {
        return prefix + QString::number(QRandomGenerator::global()->generate());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        QVERIFY(xdg.isValid());
    }

    void discoOfTheServerAsJson()
    {
        const auto process = run(u"alice"_s, {u"disco"_s, u"--json"_s});
        QVERIFY2(process->exitCode() == 0, process->describe().constData());
        const QJsonObject object = QJsonDocument::fromJson(process->out()).object();
        QCOMPARE(object.value(u"jid"_s).toString(), server.domain);
        QCOMPARE(object.value(u"description"_s).toString(), u"Chat server"_s);
        QStringList items;
        for (const QJsonValue &item : object.value(u"items"_s).toArray())
            items.append(item.toObject().value(u"jid"_s).toString());
        for (const QString &component : {server.muc, server.upload, server.pubsub})
            QVERIFY2(items.contains(component), process->describe().constData());
        bool commands = false;
        for (const QJsonValue &feature : object.value(u"features"_s).toArray()) {
            const QJsonObject f = feature.toObject();
            if (f.value(u"var"_s).toString() == u"http://jabber.org/protocol/commands"_s) {
                QCOMPARE(f.value(u"name"_s).toString(), u"Ad-hoc commands"_s);
                QCOMPARE(f.value(u"spec"_s).toString(), u"XEP-0050"_s);
                commands = true;
            }
        }
        QVERIFY(commands);
    }

    void discoOfAComponentInWords()
    {
        const auto process = run(u"alice"_s, {u"disco"_s, server.muc, u"--info"_s});
        QVERIFY2(process->exitCode() == 0, process->describe().constData());
        const QString out = QString::fromUtf8(process->out());
        QVERIFY2(out.contains(u"Multi-user chat service"_s), qPrintable(out));
        QVERIFY2(out.contains(u"conference/text"_s), qPrintable(out));
        QVERIFY2(out.contains(u"(XEP-0045)"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"Items:"_s), qPrintable(out));

        const auto items = run(u"alice"_s, {u"disco"_s, server.upload, u"--items"_s});
        QVERIFY2(items->exitCode() == 0, items->describe().constData());
        QVERIFY(items->out().contains("Items:"));
        QVERIFY(!items->out().contains("Identities:"));
    }

    void discoErrorsAndUsage()
    {
        const auto missing =
            run(u"alice"_s, {u"disco"_s, server.pubsub, u"--node"_s, u"no-such-node"_s});
        QCOMPARE(missing->exitCode(), 1);
        QVERIFY2(missing->err().contains("not found"), missing->describe().constData());

        const auto both = run(u"alice"_s, {u"disco"_s, u"--items"_s, u"--info"_s});
        QCOMPARE(both->exitCode(), 2);
    }

    void commandListsTheAdminCommands()
    {
        const auto process = run(u"admin"_s, {u"command"_s, server.domain});
        QVERIFY2(process->exitCode() == 0, process->describe().constData());
        QVERIFY2(process->out().contains((addUser + u"  Add User"_s).toUtf8()),
                 process->describe().constData());
    }

    void commandRunsThroughTheFormOnStdin()
    {
        const QString user = uniqueUser(u"cliadded"_s);
        // accountjid, password, password again, then Enter for the default action (complete).
        const QByteArray input = server.jid(user).toUtf8() + "\nsecret-1\nsecret-1\n\n";
        const auto process = run(u"admin"_s, {u"command"_s, server.domain, addUser}, {}, input);
        QVERIFY2(process->exitCode() == 0, process->describe().constData());
        const QByteArray out = process->out();
        QVERIFY2(out.contains("The Jabber ID for the account to be added *"),
                 process->describe().constData());
        QVERIFY2(out.contains("Action (next, complete, cancel) [complete]> "),
                 process->describe().constData());
        QVERIFY2(out.contains("[info] Account successfully created"),
                 process->describe().constData());
        QVERIFY(out.contains("Completed."));
        QVERIFY(canSignIn(user, u"secret-1"_s));
    }

    void commandAsksAgainAndCancelsWhenInputEnds()
    {
        // "not a jid@@" does not fit the jid-single field: it is asked again, then input ends.
        const auto process =
            run(u"admin"_s, {u"command"_s, server.domain, addUser}, {}, "not a jid@@\n");
        QCOMPARE(process->exitCode(), 1);
        QVERIFY2(process->out().contains("is not a valid address"),
                 process->describe().constData());
        QVERIFY2(process->err().contains("canceling the command"), process->describe().constData());
    }

    void registerChangePasswordAndRemove()
    {
        const QString user = uniqueUser(u"clireg"_s);
        const QMap<QString, QString> first{{u"LINNET_PASSWORD"_s, u"first-pass"_s}};
        const auto created = run(user, {u"register"_s}, first);
        QVERIFY2(created->exitCode() == 0, created->describe().constData());
        QVERIFY(created->out().contains("Created the account"));
        QVERIFY(canSignIn(user, u"first-pass"_s));

        const auto taken = run(user, {u"register"_s}, first);
        QCOMPARE(taken->exitCode(), 1);
        QVERIFY2(taken->err().contains("already taken"), taken->describe().constData());

        const auto changed = run(user, {u"register"_s, u"--change-password"_s},
                                 {{u"LINNET_PASSWORD"_s, u"first-pass"_s},
                                  {u"LINNET_NEW_PASSWORD"_s, u"second-pass"_s}});
        QVERIFY2(changed->exitCode() == 0, changed->describe().constData());
        QVERIFY(!canSignIn(user, u"first-pass"_s));
        QVERIFY(canSignIn(user, u"second-pass"_s));

        const QMap<QString, QString> second{{u"LINNET_PASSWORD"_s, u"second-pass"_s}};
        const auto unconfirmed = run(user, {u"register"_s, u"--remove"_s}, second);
        QCOMPARE(unconfirmed->exitCode(), 2);
        QVERIFY(canSignIn(user, u"second-pass"_s));

        const auto removed = run(user, {u"register"_s, u"--remove"_s, u"--yes"_s}, second);
        QVERIFY2(removed->exitCode() == 0, removed->describe().constData());
        QVERIFY(removed->out().contains("Removed the account"));
        QVERIFY(!canSignIn(user, u"second-pass"_s));
    }
};

QTEST_GUILESS_MAIN(CliDiscoTest)
#include "tst_cli_disco.moc"
