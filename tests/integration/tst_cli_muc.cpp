// linnet-cli rooms and join against the test Prosody: a ChatPeer in the test process owns the
// room and talks with the command line through it.
#include "ChatPeer.h"
#include "CliProcess.h"
#include "im/ChatManager.h"
#include "muc/MucManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class CliMucTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir home;
    QString owner;   // the ChatPeer: creates and owns the room
    QString cliUser; // runs linnet-cli
    QString tag;
    Jid roomJid;
    QString roomName;
    Jid lockedJid; // password-protected
    const QString roomPassword = u"open sesame"_s;
    QString fromPeer; // messages the room holds after joinTalksAndLeaves
    QString fromCli;
    std::unique_ptr<ChatPeer> peer;
    Room *room = nullptr;
    const QString peerNick = u"heron"_s;

    // The peer joins (creating the room with this name and configuration) and stays in it.
    Room *peerCreates(const Jid &jid, const QString &name, const QMap<QString, QString> &config)
    {
        Room *created = peer->services().muc()->room(jid);
        bool open = false;
        connect(created, &Room::configurationNeeded, this, [&] {
            created->requestConfiguration([&](const DataForm &form, const MucOutcome &outcome) {
                if (!outcome.ok) {
                    qWarning() << "no configuration form:" << outcome.sentence;
                    return;
                }
                DataForm filled = form;
                for (DataForm::Field &field : filled.fields) {
                    if (field.var == u"muc#roomconfig_roomname")
                        field.values = {name};
                    else if (config.contains(field.var))
                        field.values = {config.value(field.var)};
                }
                created->submitConfiguration(filled, [&](const MucOutcome &submitted) {
                    if (!submitted.ok)
                        qWarning() << "configuration refused:" << submitted.sentence;
                    open = submitted.ok;
                });
            });
        });
        peer->services().muc()->join(jid, {peerNick, {}, {}});
        if (!QTest::qWaitFor([&] { return created->state() == Room::State::Joined && open; },
                             20000))
            return nullptr;
        return created;
    }

    // join with stdin left open for the test to write to.
    std::unique_ptr<CliProcess> startJoin(const QString &nick, const QStringList &extra = {},
                                          const Jid &where = {})
    {
        auto cli = std::make_unique<CliProcess>(server, home.path());
        cli->start(QStringLiteral(LINNET_CLI_PATH),
                   QStringList{u"join"_s, (where.isValid() ? where : roomJid).toString(),
                               u"--nick"_s, nick, u"--json"_s} +
                       extra + CliProcess::connectionArguments(server, cliUser));
        return cli;
    }

    // Waits for a JSON line of this type for which match() holds.
    static QJsonObject waitForLine(CliProcess &cli, const QString &type,
                                   const std::function<bool(const QJsonObject &)> &match = {},
                                   int timeoutMs = 20000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (const QJsonObject &line : cli.jsonLines()) {
                    if (line.value(u"type"_s).toString() == type && (!match || match(line))) {
                        found = line;
                        return true;
                    }
                }
                return cli.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        tag = QString::number(QRandomGenerator::global()->generate());
        owner = registerFreshUser(server, u"climucowner"_s);
        cliUser = registerFreshUser(server, u"climucuser"_s);
        roomJid = Jid::parse(u"clipond%1@%2"_s.arg(tag, server.muc));
        roomName = u"The pond %1"_s.arg(tag);
        lockedJid = Jid::parse(u"clivault%1@%2"_s.arg(tag, server.muc));
        peer = std::make_unique<ChatPeer>(server, owner, u"peer"_s, QString());
        QVERIFY(peer->signIn());
        room = peerCreates(roomJid, roomName, {{u"muc#roomconfig_publicroom"_s, u"1"_s}});
        QVERIFY2(room, "the peer could not create the room");
        QVERIFY2(peerCreates(lockedJid, u"The vault %1"_s.arg(tag),
                             {{u"muc#roomconfig_publicroom"_s, u"1"_s},
                              {u"muc#roomconfig_passwordprotectedroom"_s, u"1"_s},
                              {u"muc#roomconfig_roomsecret"_s, roomPassword}}),
                 "the peer could not create the password-protected room");
    }

    void cleanupTestCase()
    {
        if (peer)
            peer->signOut();
    }

    void roomsListsTheRoom()
    {
        CliProcess cli(server, home.path());
        cli.run(QStringList{u"rooms"_s, server.muc, u"--json"_s} +
                CliProcess::connectionArguments(server, cliUser));
        QVERIFY(cli.waitForExit());
        QVERIFY2(cli.exitCode() == 0, cli.describe().constData());
        const QJsonDocument document = QJsonDocument::fromJson(cli.out());
        QVERIFY2(document.isArray(), cli.describe().constData());
        QJsonObject listed;
        for (const QJsonValue &value : document.array()) {
            if (value.toObject().value(u"jid"_s).toString() == roomJid.toString())
                listed = value.toObject();
        }
        QVERIFY2(!listed.isEmpty(), cli.describe().constData());
        QCOMPARE(listed.value(u"name"_s).toString(), roomName);
        QCOMPARE(listed.value(u"occupants"_s).toInt(), 1);
        QCOMPARE(listed.value(u"passwordProtected"_s).toBool(), false);
        QJsonObject locked;
        for (const QJsonValue &value : document.array()) {
            if (value.toObject().value(u"jid"_s).toString() == lockedJid.toString())
                locked = value.toObject();
        }
        QVERIFY2(!locked.isEmpty(), cli.describe().constData());
        QCOMPARE(locked.value(u"passwordProtected"_s).toBool(), true);
    }

    void roomsOfNoServiceFails()
    {
        CliProcess cli(server, home.path());
        cli.run(QStringList{u"rooms"_s, u"nowhere%1.localhost"_s.arg(tag), u"--json"_s,
                            u"--timeout"_s, u"20"_s} +
                CliProcess::connectionArguments(server, cliUser));
        QVERIFY(cli.waitForExit());
        QVERIFY2(cli.exitCode() == 1, cli.describe().constData());
        const QByteArray err = cli.err().trimmed();
        QVERIFY2(err.startsWith("linnet-cli rooms: nowhere"), cli.describe().constData());
        QVERIFY2(!err.contains('\n'), cli.describe().constData());
        QVERIFY(cli.out().isEmpty());

        // A server that is there but is no chat service says so rather than list no rooms.
        CliProcess plain(server, home.path());
        plain.run(QStringList{u"rooms"_s, server.domain, u"--json"_s} +
                  CliProcess::connectionArguments(server, cliUser));
        QVERIFY(plain.waitForExit());
        QVERIFY2(plain.exitCode() == 1, plain.describe().constData());
        QVERIFY2(plain.err().trimmed() == "linnet-cli rooms: " + server.domain.toUtf8() +
                                              " is not a group chat service (it does not offer "
                                              "multi-user chat, XEP-0045)",
                 plain.describe().constData());
    }

    void joinTalksAndLeaves()
    {
        const QString nick = u"kingfisher"_s;
        const auto cli = startJoin(nick);
        const QJsonObject joined = waitForLine(*cli, u"joined"_s);
        QVERIFY2(!joined.isEmpty(), cli->describe().constData());
        QCOMPARE(joined.value(u"nick"_s).toString(), nick);
        QCOMPARE(joined.value(u"room"_s).toString(), roomJid.toString());
        QVERIFY(joined.value(u"occupants"_s).toInt() >= 2);
        QVERIFY(QTest::qWaitFor([&] { return room->occupant(nick).has_value(); }, 10000));

        // A message from the peer shows in the command's JSON with its nick.
        fromPeer = u"Ripples from the peer %1"_s.arg(tag);
        room->sendMessage(fromPeer);
        const QJsonObject heard = waitForLine(*cli, u"message"_s, [&](const QJsonObject &line) {
            return line.value(u"body"_s).toString() == fromPeer;
        });
        QVERIFY2(!heard.isEmpty(), cli->describe().constData());
        QCOMPARE(heard.value(u"nick"_s).toString(), peerNick);
        QCOMPARE(heard.value(u"own"_s).toBool(), false);
        QCOMPARE(heard.value(u"history"_s).toBool(), false);
        QVERIFY(QDateTime::fromString(heard.value(u"timestamp"_s).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(heard.value(u"timestamp"_s).toString().endsWith(u'Z'));

        // A line on stdin is a message in the room, from the command's nick.
        fromCli = u"Splash from the command line %1"_s.arg(tag);
        cli->write((fromCli + u'\n').toUtf8());
        QVERIFY2(peer->waitForHistory(roomJid.toString(),
                                      [&](const QList<HistoryMessage> &messages) {
                                          for (const HistoryMessage &m : messages) {
                                              if (m.body == fromCli && m.senderName == nick)
                                                  return true;
                                          }
                                          return false;
                                      }),
                 cli->describe().constData());
        const QJsonObject echoed = waitForLine(*cli, u"message"_s, [&](const QJsonObject &line) {
            return line.value(u"body"_s).toString() == fromCli;
        });
        QVERIFY2(echoed.value(u"own"_s).toBool(), cli->describe().constData());

        // /nick renames us as the peer sees it.
        const QString newNick = u"kingfisher-%1"_s.arg(tag);
        QSignalSpy renamed(room, &Room::nickChanged);
        cli->write(u"/nick %1\n"_s.arg(newNick).toUtf8());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return room->occupant(newNick).has_value() &&
                                !room->occupant(nick).has_value();
                     },
                     10000),
                 cli->describe().constData());
        QVERIFY(!renamed.isEmpty());
        QCOMPARE(renamed.last().at(0).toString(), nick);
        QCOMPARE(renamed.last().at(1).toString(), newNick);
        const QJsonObject nickLine = waitForLine(*cli, u"nick"_s);
        QCOMPARE(nickLine.value(u"new"_s).toString(), newNick);
        QCOMPARE(nickLine.value(u"self"_s).toBool(), true);

        // The end of input leaves the room cleanly.
        QSignalSpy left(room, &Room::occupantLeft);
        cli->closeWriteChannel();
        QVERIFY(cli->waitForExit(20000));
        QCOMPARE(cli->exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli->exitCode() == 0, cli->describe().constData());
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : left) {
                    if (args.at(0).value<Occupant>().nick == newNick)
                        return true;
                }
                return false;
            },
            10000));
        QVERIFY(!room->occupant(newNick));
        const QJsonObject exit = waitForLine(*cli, u"exit"_s);
        QCOMPARE(exit.value(u"reason"_s).toString(), u"left"_s);
    }

    void joinShowsHistoryAndPrivateMessagesAndEndsOnSigterm()
    {
        QVERIFY(!fromPeer.isEmpty());
        const QString nick = u"egret"_s;
        const auto cli = startJoin(nick, {u"--history"_s, u"10"_s});
        QVERIFY2(!waitForLine(*cli, u"joined"_s).isEmpty(), cli->describe().constData());
        // The room's earlier messages, marked as history.
        for (const QString &body : {fromPeer, fromCli}) {
            const QJsonObject earlier =
                waitForLine(*cli, u"message"_s, [&](const QJsonObject &line) {
                    return line.value(u"body"_s).toString() == body;
                });
            QVERIFY2(!earlier.isEmpty(), cli->describe().constData());
            QCOMPARE(earlier.value(u"history"_s).toBool(), true);
        }
        QVERIFY(QTest::qWaitFor([&] { return room->occupant(nick).has_value(); }, 10000));

        // /msg whispers to one occupant.
        const QString whisper = u"Psst, heron %1"_s.arg(tag);
        QSignalSpy whispered(peer->services().chats(), &ChatManager::messageReceived);
        cli->write(u"/msg %1 %2\n"_s.arg(peerNick, whisper).toUtf8());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         for (const QList<QVariant> &args : whispered) {
                             const auto message = args.at(0).value<HistoryMessage>();
                             if (message.body == whisper)
                                 return message.conversation == roomJid.withResource(nick).full();
                         }
                         return false;
                     },
                     10000),
                 cli->describe().constData());
        // And a private message to us shows as one.
        const QString answer = u"Hush, egret %1"_s.arg(tag);
        peer->services().chats()->sendMessage(roomJid.withResource(nick), answer);
        const QJsonObject privateLine =
            waitForLine(*cli, u"private"_s, [&](const QJsonObject &line) {
                return line.value(u"body"_s).toString() == answer;
            });
        QVERIFY2(!privateLine.isEmpty(), cli->describe().constData());
        QCOMPARE(privateLine.value(u"direction"_s).toString(), u"in"_s);
        QCOMPARE(privateLine.value(u"nick"_s).toString(), peerNick);

        // SIGTERM leaves the room cleanly too.
        QSignalSpy left(room, &Room::occupantLeft);
        cli->terminate();
        QVERIFY(cli->waitForExit(20000));
        QCOMPARE(cli->exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli->exitCode() == 0, cli->describe().constData());
        QVERIFY(QTest::qWaitFor([&] { return !room->occupant(nick).has_value(); }, 10000));
        QVERIFY(!left.isEmpty());
    }

    void joinNeedsThePassword()
    {
        const auto refused = startJoin(u"magpie"_s, {}, lockedJid);
        refused->closeWriteChannel();
        QVERIFY(refused->waitForExit(40000));
        QVERIFY2(refused->exitCode() == 1, refused->describe().constData());
        QVERIFY2(refused->err().trimmed() == "linnet-cli join: " + lockedJid.toString().toUtf8() +
                                                 " needs a password: give it with --password",
                 refused->describe().constData());

        const auto admitted = startJoin(u"magpie"_s, {u"--password"_s, roomPassword}, lockedJid);
        QVERIFY2(!waitForLine(*admitted, u"joined"_s).isEmpty(), admitted->describe().constData());
        admitted->closeWriteChannel();
        QVERIFY(admitted->waitForExit(20000));
        QVERIFY2(admitted->exitCode() == 0, admitted->describe().constData());
    }

    void joinWithATakenNickFails()
    {
        const auto cli = startJoin(peerNick);
        cli->closeWriteChannel();
        QVERIFY(cli->waitForExit(40000));
        QVERIFY2(cli->exitCode() != 0, cli->describe().constData());
        const QByteArray err = cli->err().trimmed();
        QVERIFY2(err.startsWith("linnet-cli join: "), cli->describe().constData());
        QVERIFY2(err.contains("nick"), cli->describe().constData());
        QVERIFY2(err.contains(peerNick.toUtf8()), cli->describe().constData());
        QVERIFY2(!err.contains('\n'), cli->describe().constData());
        // JSON readers get the end of the story too.
        const QList<QJsonObject> lines = cli->jsonLines();
        QVERIFY2(!lines.isEmpty(), cli->describe().constData());
        QCOMPARE(lines.last().value(u"type"_s).toString(), u"exit"_s);
        QCOMPARE(lines.last().value(u"reason"_s).toString(), u"join-refused"_s);
        QVERIFY(!room->occupants().isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliMucTest)
#include "tst_cli_muc.moc"
