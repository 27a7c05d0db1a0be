// linnet-cli send, listen and history against the test Prosody; a scripted server for a
// stream without XEP-0198.
#include "CliProcess.h"
#include "FakeXmppServer.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace Linnet::Test;

class CliChatTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QString sender;   // "alice": sends and reads her history
    QString receiver; // "bob": listens
    QTemporaryDir senderHome;
    QTemporaryDir receiverHome;
    QTemporaryDir otherDeviceHome;
    QString sentId;
    QString sentText;

    CliProcess *cli(const QTemporaryDir &home) { return new CliProcess(server, home.path(), this); }

    // Starts `listen --json` and waits until it is reachable.
    CliProcess *startListener(const QTemporaryDir &home, const QString &user,
                              const QStringList &extra = {})
    {
        CliProcess *listener = cli(home);
        listener->run(QStringList{u"listen"_s, u"--json"_s} +
                      CliProcess::connectionArguments(server, user) + extra);
        if (!listener->waitForError("Listening as")) {
            qWarning() << listener->describe();
            return nullptr;
        }
        return listener;
    }

    static QJsonObject withBody(const QList<QJsonObject> &lines, const QString &body)
    {
        for (const QJsonObject &line : lines) {
            if (line.value(u"body"_s).toString() == body)
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        const quint32 tag = QRandomGenerator::global()->generate();
        sender = u"clichata%1"_s.arg(tag);
        receiver = u"clichatb%1"_s.arg(tag);
        QVERIFY2(server.registerAccount(sender, server.password, &error), qPrintable(error));
        QVERIFY2(server.registerAccount(receiver, server.password, &error), qPrintable(error));
        sentText = u"Hello from the command line, pelican %1"_s.arg(tag);
    }

    void sendIsAcknowledgedAndHeard()
    {
        CliProcess *listener = startListener(receiverHome, receiver);
        QVERIFY(listener);
        // Another device of the sender's account sees a carbon copy of what is sent.
        CliProcess *otherDevice =
            startListener(otherDeviceHome, sender, {u"--resource"_s, u"phone"_s});
        QVERIFY(otherDevice);

        CliProcess *send = cli(senderHome);
        send->run(QStringList{u"send"_s, server.jid(receiver), sentText, u"--json"_s} +
                  CliProcess::connectionArguments(server, sender));
        QVERIFY(send->waitForExit());
        QVERIFY2(send->exitCode() == 0, send->describe().constData());
        const QList<QJsonObject> sendLines = send->jsonLines();
        QCOMPARE(sendLines.size(), 2);
        QCOMPARE(sendLines.first().value(u"state"_s).toString(), u"queued"_s);
        QCOMPARE(sendLines.last().value(u"state"_s).toString(), u"sent"_s);
        sentId = sendLines.last().value(u"id"_s).toString();
        QVERIFY(!sentId.isEmpty());

        QVERIFY2(listener->waitForOutput(sentText.toUtf8()), listener->describe().constData());
        QTest::qWait(200); // the rest of the line
        const QJsonObject heard = withBody(listener->jsonLines(), sentText);
        QVERIFY2(!heard.isEmpty(), listener->describe().constData());
        QCOMPARE(heard.value(u"id"_s).toString(), sentId);
        QCOMPARE(heard.value(u"type"_s).toString(), u"chat"_s);
        QCOMPARE(heard.value(u"conversation"_s).toString(), server.jid(sender));
        QVERIFY(heard.value(u"from"_s).toString().startsWith(server.jid(sender) + u'/'));
        QVERIFY(heard.value(u"to"_s).toString().startsWith(server.jid(receiver)));
        QVERIFY(!heard.contains(u"carbon"_s));
        QVERIFY(QDateTime::fromString(heard.value(u"timestamp"_s).toString(), Qt::ISODateWithMs)
                    .isValid());

        QVERIFY2(otherDevice->waitForOutput(sentText.toUtf8()),
                 otherDevice->describe().constData());
        QTest::qWait(200);
        const QJsonObject copy = withBody(otherDevice->jsonLines(), sentText);
        QCOMPARE(copy.value(u"carbon"_s).toString(), u"sent"_s);
        QCOMPARE(copy.value(u"conversation"_s).toString(), server.jid(receiver));

        // SIGTERM and SIGINT both end listening cleanly.
        listener->terminate();
        QVERIFY(listener->waitForExit(15000));
        QCOMPARE(listener->exitStatus(), QProcess::NormalExit);
        QVERIFY2(listener->exitCode() == 0, listener->describe().constData());
        ::kill(pid_t(otherDevice->processId()), SIGINT);
        QVERIFY(otherDevice->waitForExit(15000));
        QCOMPARE(otherDevice->exitStatus(), QProcess::NormalExit);
        QVERIFY2(otherDevice->exitCode() == 0, otherDevice->describe().constData());
    }

    void historyShowsTheSentMessage()
    {
        QVERIFY(!sentId.isEmpty());
        // The default database of the account, as the app would find it: no network needed.
        CliProcess *history = cli(senderHome);
        history->run(
            {u"history"_s, server.jid(receiver), u"--jid"_s, server.jid(sender), u"--json"_s});
        QVERIFY(history->waitForExit());
        QVERIFY2(history->exitCode() == 0, history->describe().constData());
        const QJsonObject stored = withBody(history->jsonLines(), sentText);
        QVERIFY2(!stored.isEmpty(), history->describe().constData());
        QCOMPARE(stored.value(u"id"_s).toString(), sentId);
        QCOMPARE(stored.value(u"direction"_s).toString(), u"out"_s);
        // send exited only once the server had it, and recorded that before signing out (the
        // listener's receipt may have come in by then, too).
        const QString state = stored.value(u"state"_s).toString();
        QVERIFY2(state == u"sent"_s || state == u"delivered"_s, qPrintable(state));

        CliProcess *text = cli(senderHome);
        text->run({u"history"_s, server.jid(receiver), u"--jid"_s, server.jid(sender)});
        QVERIFY(text->waitForExit());
        QVERIFY2(text->out().contains((server.jid(sender) + u": "_s + sentText).toUtf8()),
                 text->describe().constData());
    }

    // CWE-150 end to end: a body with terminal controls is stored as it came (JSON keeps it
    // for scripts) but the text for a person has none of them.
    void historyTextCarriesNoTerminalControls()
    {
        const QString hostile = u"wren\x1B[2J\x1B]0;pwned\x07\rforged line"_s;
        CliProcess *send = cli(senderHome);
        send->run(QStringList{u"send"_s, server.jid(receiver), hostile} +
                  CliProcess::connectionArguments(server, sender));
        QVERIFY(send->waitForExit());
        QVERIFY2(send->exitCode() == 0, send->describe().constData());

        CliProcess *json = cli(senderHome);
        json->run(
            {u"history"_s, server.jid(receiver), u"--jid"_s, server.jid(sender), u"--json"_s});
        QVERIFY(json->waitForExit());
        QVERIFY(!withBody(json->jsonLines(), hostile).isEmpty());

        CliProcess *text = cli(senderHome);
        text->run({u"history"_s, server.jid(receiver), u"--jid"_s, server.jid(sender)});
        QVERIFY(text->waitForExit());
        QVERIFY2(text->out().contains("wren[2J]0;pwnedforged line"), text->describe().constData());
        QVERIFY(!text->out().contains('\x1B'));
        QVERIFY(!text->out().contains('\r'));
        QVERIFY(!text->out().contains('\x07'));
    }

    void historySearchFindsAWord()
    {
        CliProcess *found = cli(senderHome);
        found->run({u"history"_s, server.jid(receiver), u"--jid"_s, server.jid(sender),
                    u"--search"_s, u"pelican"_s, u"--json"_s});
        QVERIFY(found->waitForExit());
        QVERIFY2(found->exitCode() == 0, found->describe().constData());
        QCOMPARE(found->jsonLines().size(), 1);
        QCOMPARE(found->jsonLines().first().value(u"body"_s).toString(), sentText);

        CliProcess *missing = cli(senderHome);
        missing->run({u"history"_s, server.jid(receiver), u"--jid"_s, server.jid(sender),
                      u"--search"_s, u"albatross"_s, u"--json"_s});
        QVERIFY(missing->waitForExit());
        QCOMPARE(missing->exitCode(), 0);
        QVERIFY(missing->jsonLines().isEmpty());
    }

    void historyWithoutDatabaseSaysSo()
    {
        QTemporaryDir empty;
        CliProcess *history = cli(empty);
        history->run({u"history"_s, server.jid(receiver), u"--jid"_s, u"nobody@localhost"_s});
        QVERIFY(history->waitForExit());
        QCOMPARE(history->exitCode(), 1);
        QVERIFY2(history->err().contains("no message database for nobody@localhost"),
                 history->describe().constData());
    }

    void badAddressIsRefused()
    {
        CliProcess *send = cli(senderHome);
        send->run(QStringList{u"send"_s, u"not@an@address"_s, u"hello"_s} +
                  CliProcess::connectionArguments(server, sender));
        QVERIFY(send->waitForExit());
        QVERIFY(send->exitCode() != 0);
        const QByteArray err = send->err().trimmed();
        QVERIFY2(err.startsWith("linnet-cli send: invalid address 'not@an@address'"),
                 err.constData());
        QVERIFY2(!err.contains('\n'), err.constData());
    }

    void wrongPasswordFailsWithAReason()
    {
        QTemporaryDir home; // keeps the unsent message out of the other tests' outbox
        CliProcess *send = cli(home);
        QProcessEnvironment env = send->processEnvironment();
        env.insert(u"LINNET_PASSWORD"_s, u"wrong"_s);
        send->setProcessEnvironment(env);
        send->run(QStringList{u"send"_s, server.jid(receiver), u"never arrives"_s} +
                  CliProcess::connectionArguments(server, sender));
        QVERIFY(send->waitForExit());
        QCOMPARE(send->exitCode(), 1);
        QVERIFY2(send->err().startsWith("linnet-cli send: "), send->describe().constData());
    }

    // Without stream management nothing acknowledges a message: a ping round trip after it
    // does, since the server reads a stream in order.
    void withoutStreamManagementAPingConfirms()
    {
        FakeXmppServer fake(FakeXmppServer::Transport::DirectTls);
        fake.signInWithPlain("alice@localhost/linnet-cli")
            .expect("no stream management here")
            .expect("urn:xmpp:ping")
            .replyToIq("<iq type='result' id='%ID%'/>")
            .expect("</stream:stream>")
            .closeConnection();
        QTemporaryDir home;
        CliProcess *send = cli(home);
        send->run(fakeServerArguments(fake, u"no stream management here"_s));
        QVERIFY(send->waitForExit());
        QVERIFY2(send->exitCode() == 0, send->describe().constData());
        QVERIFY2(send->err().contains("confirming with a ping"), send->describe().constData());
        QVERIFY2(send->out().contains("Sent to bob@localhost"), send->describe().constData());
    }

    void unconfirmedMessageIsAFailure()
    {
        FakeXmppServer fake(FakeXmppServer::Transport::DirectTls);
        fake.signInWithPlain("alice@localhost/linnet-cli").expect("the ping is never answered");
        QTemporaryDir home;
        CliProcess *send = cli(home);
        QStringList arguments = fakeServerArguments(fake, u"the ping is never answered"_s);
        arguments.removeOne(u"--verbose"_s);
        send->run(arguments + QStringList{u"--timeout"_s, u"3"_s});
        QVERIFY(send->waitForExit());
        QCOMPARE(send->exitCode(), 1);
        const QByteArray err = send->err().trimmed();
        QVERIFY2(err.startsWith("linnet-cli send: no acknowledgement from the server after 3 "
                                "seconds; the message stays in the outbox"),
                 send->describe().constData());
        QVERIFY2(!err.contains('\n'), err.constData());
    }

private:
    static QStringList fakeServerArguments(const FakeXmppServer &fake, const QString &text)
    {
        return {u"send"_s,      u"bob@localhost"_s,
                text,           u"--verbose"_s,
                u"--jid"_s,     u"alice@localhost"_s,
                u"--host"_s,    u"127.0.0.1"_s,
                u"--port"_s,    QString::number(fake.port()),
                u"--tls"_s,     u"direct-tls"_s,
                u"--ca-file"_s, QStringLiteral(LINNET_TEST_DATA_DIR "/fake-localhost.pem")};
    }
};

QTEST_GUILESS_MAIN(CliChatTest)
#include "tst_cli_chat.moc"
