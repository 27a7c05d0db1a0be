// The no-loss promise of the outbox: messages written while the server cannot be reached
// survive a SIGKILL of the sender, arrive after the next sign-in exactly once, and what the
// server has acknowledged is never sent again.
#include "CliProcess.h"
#include "ClientHarness.h"
#include "im/Message.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class OutboxKillTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QString sender;
    QString receiver;
    QString tag;
    QTemporaryDir home;

    QString databasePath() const { return home.filePath(u"outbox.sqlite"_s); }

    CliProcess *send(const QString &text, const QStringList &connection)
    {
        auto *process = new CliProcess(server, home.path(), this);
        process->run(QStringList{u"send"_s, server.jid(receiver), text, u"--json"_s,
                                 u"--database"_s, databasePath()} +
                     connection);
        return process;
    }

    // Our messages to the receiver as the sender's database holds them.
    static QList<HistoryMessage> stored(const QString &path, const QString &conversation)
    {
        Database database;
        if (!database.open(path).result().ok)
            return {};
        HistoryStore history(database);
        return history.page(conversation, 0, 100).result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        tag = QString::number(QRandomGenerator::global()->generate());
        sender = u"outboxa"_s + tag;
        receiver = u"outboxb"_s + tag;
        QVERIFY2(server.registerAccount(sender, server.password, &error), qPrintable(error));
        QVERIFY2(server.registerAccount(receiver, server.password, &error), qPrintable(error));
    }

    void killedWithQueuedMessagesThenRestarted()
    {
        // The receiver counts every message stanza by body: no de-duplication in between.
        ClientHarness receiving(server, receiver);
        QHash<QString, int> arrived;
        connect(&receiving.client(), &XmppStream::stanzaReceived, this,
                [&arrived](const Element &stanza) {
                    const Message message = Message::fromElement(stanza);
                    if (stanza.name() == u"message" && !message.body.isEmpty())
                        ++arrived[message.body];
                });
        receiving.connectToServer();
        QVERIFY2(receiving.waitFor(ConnectionState::Online), qPrintable(receiving.lastReason()));
        receiving.client().send(Element(u"presence"_s, ns::Client.toString()));
        bool pinged = false;
        Element ping(u"iq"_s, ns::Client.toString());
        ping.setAttribute(u"type"_s, u"get"_s);
        ping.addChild(u"ping"_s, ns::Ping.toString());
        receiving.client().sendIq(ping, [&pinged](const IqResponse &) { pinged = true; });
        QTRY_VERIFY_WITH_TIMEOUT(pinged, 10000); // our presence is in: messages come to us

        // A "server" that accepts and never says a word: sign-in hangs, the outbox fills.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        const QStringList unreachable{u"--jid"_s,  server.jid(sender),
                                      u"--host"_s, u"127.0.0.1"_s,
                                      u"--port"_s, QString::number(silent.serverPort()),
                                      u"--tls"_s,  u"starttls"_s};
        QStringList queued;
        for (int i = 1; i <= 3; ++i) {
            const QString text = u"outbox %1 of 3, %2"_s.arg(i).arg(tag);
            CliProcess *process = send(text, unreachable);
            QVERIFY2(process->waitForOutput("\"state\":\"queued\""),
                     process->describe().constData());
            process->kill(); // SIGKILL: no chance to clean up
            QVERIFY(process->waitForExit());
            QCOMPARE(process->exitStatus(), QProcess::CrashExit);
            queued.append(text);
        }
        QVERIFY(!held.isEmpty()); // they really were trying to sign in
        {
            const QList<HistoryMessage> outbox = stored(databasePath(), server.jid(receiver));
            QCOMPARE(outbox.size(), 3);
            for (const HistoryMessage &message : outbox) {
                QCOMPARE(message.state, DeliveryState::Queued);
                QVERIFY(queued.contains(message.body));
            }
        }
        QVERIFY(arrived.isEmpty());

        // Restarted with the real server: the new message and the three queued ones go out.
        const QString fresh = u"after the restart, "_s + tag;
        CliProcess *restarted = send(fresh, CliProcess::connectionArguments(server, sender));
        QVERIFY(restarted->waitForExit());
        QVERIFY2(restarted->exitCode() == 0, restarted->describe().constData());
        const QJsonObject result = restarted->jsonLines().last();
        QCOMPARE(result.value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(result.value(u"earlier"_s).toInt(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(arrived.size() == 4, 15000);

        // Once more with the same database: nothing acknowledged goes out a second time. The
        // marker comes after anything this run could have re-sent.
        const QString marker = u"marker, "_s + tag;
        CliProcess *again = send(marker, CliProcess::connectionArguments(server, sender));
        QVERIFY(again->waitForExit());
        QVERIFY2(again->exitCode() == 0, again->describe().constData());
        QCOMPARE(again->jsonLines().last().value(u"earlier"_s).toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(arrived.contains(marker), 15000);
        QTest::qWait(500);

        for (const QString &text : queued + QStringList{fresh, marker})
            QVERIFY2(arrived.value(text) == 1,
                     qPrintable(u"%1 arrived %2 times"_s.arg(text).arg(arrived.value(text))));
        QCOMPARE(arrived.size(), 5);

        const QList<HistoryMessage> after = stored(databasePath(), server.jid(receiver));
        QCOMPARE(after.size(), 5);
        for (const HistoryMessage &message : after)
            QVERIFY2(message.state >= DeliveryState::Sent, qPrintable(message.body));
        qDeleteAll(held);
    }
};

QTEST_GUILESS_MAIN(OutboxKillTest)
#include "tst_outbox_kill.moc"
