// The parts of a room's tab that need no room: the timeline (messages merged with notices in
// time order, mentions marked) under QAbstractItemModelTester, Tab completion of nicks on
// plain text, and the sentences of room events.
#include "chat/MessageDelegate.h"
#include "models/MessageModel.h"
#include "muc/NickCompleter.h"
#include "muc/RoomTexts.h"
#include "muc/RoomTimelineModel.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Linnet;
using namespace Qt::StringLiterals;

namespace {
const QString Room = u"lounge@conference.localhost"_s;

HistoryMessage roomMessage(const QString &nick, const QString &body, const QDateTime &when)
{
    HistoryMessage message;
    message.conversation = Room;
    message.senderJid = Room + u'/' + nick;
    message.senderName = nick;
    message.type = MessageType::Groupchat;
    message.body = body;
    message.timestamp = when;
    message.messageId = body;
    return message;
}

QStringList rowsOf(const RoomTimelineModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString body = index.data(MessageModel::BodyRole).toString();
        rows.append(
            MessageDelegate::isNotice(index)
                ? QString(u"* "_s + body)
                : QString(index.data(MessageModel::SenderNameRole).toString() + u": "_s + body));
    }
    return rows;
}
} // namespace

class GroupChatPartsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }

    void timelineMergesNoticesInTimeOrder()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"timeline.sqlite"_s)).result().ok);
        HistoryStore history(database);
        MessageModel messages(history, Room);
        RoomTimelineModel timeline(&messages);
        QAbstractItemModelTester tester(&timeline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(messages.isLoaded());
        timeline.setOwnNick(u"me"_s);

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
        history.add(roomMessage(u"alice"_s, u"first"_s, start));
        QTRY_COMPARE(timeline.rowCount(), 1);
        timeline.addNotice(u"bob joined the room"_s, start.addSecs(10));
        history.add(roomMessage(u"bob"_s, u"hi me, welcome"_s, start.addSecs(20)));
        QTRY_COMPARE(timeline.rowCount(), 3);
        // A message from before the notice (join history arriving late) goes above it.
        history.add(roomMessage(u"carol"_s, u"earlier"_s, start.addSecs(5)));
        QTRY_COMPARE(timeline.rowCount(), 4);
        QCOMPARE(rowsOf(timeline),
                 (QStringList{u"alice: first"_s, u"carol: earlier"_s, u"* bob joined the room"_s,
                              u"bob: hi me, welcome"_s}));
        QCOMPARE(timeline.notices(), QStringList{u"bob joined the room"_s});

        // Mentions of our nick, as a word.
        QVERIFY(MessageDelegate::isMention(timeline.index(3)));
        QVERIFY(!MessageDelegate::isMention(timeline.index(0)));
        // After a notice the sender is named again.
        QVERIFY(timeline.index(3).data(MessageModel::FirstInGroupRole).toBool());
        QVERIFY(timeline.index(2).data(MessageModel::RowIdRole).toLongLong() < 0);
    }

    void mentionsAreWholeWords()
    {
        QVERIFY(RoomTimelineModel::mentions(u"al: look"_s, u"al"_s));
        QVERIFY(RoomTimelineModel::mentions(u"hey AL!"_s, u"al"_s));
        QVERIFY(!RoomTimelineModel::mentions(u"also this"_s, u"al"_s));
        QVERIFY(RoomTimelineModel::mentions(u"ping [bot]"_s, u"[bot]"_s));
        QVERIFY(!RoomTimelineModel::mentions(u"anything"_s, QString()));
    }

    void completionAddressesAtTheStartAndCycles()
    {
        const QStringList nicks{u"alice"_s, u"alan"_s, u"bob"_s};
        NickCompleter completer(nullptr, [&](const QString &prefix) {
            QStringList found;
            for (const QString &nick : nicks) {
                if (nick.startsWith(prefix, Qt::CaseInsensitive))
                    found.append(nick);
            }
            return found;
        });
        QString text = u"b"_s;
        int cursor = 1;
        QVERIFY(completer.complete(text, cursor));
        QCOMPARE(text, u"bob: "_s);
        QCOMPARE(cursor, 5);

        completer.reset();
        text = u"ask Al about it"_s;
        cursor = 6; // after "Al"
        QVERIFY(completer.complete(text, cursor));
        QCOMPARE(text, u"ask alice about it"_s);
        QVERIFY(completer.complete(text, cursor));
        QCOMPARE(text, u"ask alan about it"_s);
        QVERIFY(completer.complete(text, cursor));
        QCOMPARE(text, u"ask alice about it"_s);

        completer.reset();
        text = u"zed"_s;
        cursor = 3;
        QVERIFY(!completer.complete(text, cursor));
        QCOMPARE(text, u"zed"_s);
    }

    void completionInAnEditor()
    {
        QPlainTextEdit editor;
        NickCompleter completer(&editor, [](const QString &prefix) {
            return prefix.startsWith(u'b') ? QStringList{u"bob"_s} : QStringList();
        });
        QTest::keyClicks(&editor, u"b"_s);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"bob: "_s);
        QTest::keyClicks(&editor, u"hi"_s);
        QCOMPARE(editor.toPlainText(), u"bob: hi"_s);
    }

    void sentences()
    {
        Occupant carol;
        carol.nick = u"carol"_s;
        QCOMPARE(RoomTexts::joined(carol), u"carol joined the room"_s);
        QCOMPARE(RoomTexts::left(carol, {}), u"carol left the room"_s);
        QCOMPARE(RoomTexts::nickChanged(u"carol"_s, u"caz"_s, false),
                 u"carol is now known as caz"_s);
        Occupant voiced = carol;
        carol.role = MucRole::Visitor;
        voiced.role = MucRole::Participant;
        QCOMPARE(RoomTexts::occupantChanged(carol, voiced), u"carol can speak now"_s);
        QCOMPARE(RoomTexts::roomTitle(Jid::parse(Room)), u"lounge"_s);
    }
};

QTEST_MAIN(GroupChatPartsTest)
#include "tst_groupchat_parts.moc"
