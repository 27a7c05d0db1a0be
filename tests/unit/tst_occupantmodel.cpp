// OccupantModel under QAbstractItemModelTester: role groups (empty ones hidden), sorting by
// nick, incremental changes from the Room's signals, and Tab completion.
#include "HistoryTestSupport.h"
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "models/OccupantModel.h"
#include "muc/Room.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

Occupant occupant(const QString &nick, MucRole role = MucRole::Participant)
{
    Occupant o;
    o.nick = nick;
    o.role = role;
    return o;
}

// The tree as "Group: nick nick | Group: nick" for compact comparisons.
QString shape(const OccupantModel &model)
{
    QStringList groups;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        QStringList nicks;
        for (int i = 0; i < model.rowCount(group); ++i)
            nicks.append(model.index(i, 0, group).data().toString());
        groups.append(group.data().toString() + u": "_s + nicks.join(u' '));
    }
    return groups.join(u" | "_s);
}

struct Setup
{
    RecordingStream stream;
    HistoryFixture history;
    Room room{stream, *history.store, Jid::parse(u"coven@chat.shakespeare.lit")};
    OccupantModel model{&room};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// A presence from an occupant of the coven as XEP-0045 §7.2.3 shows them.
Element presenceOf(const QString &nick, const QString &role, const QString &extra = {},
                   const QString &type = {})
{
    return parseClientStanza(
        u"<presence from='coven@chat.shakespeare.lit/%1' to='alice@localhost/desk'%2>"
        "<x xmlns='http://jabber.org/protocol/muc#user'>"
        "<item affiliation='none' role='%3'%4</x></presence>"_s.arg(
            nick, type.isEmpty() ? QString() : u" type='%1'"_s.arg(type), role,
            extra.isEmpty() ? u"/>"_s : extra));
}

HistoryMessage spoken(const QString &nick)
{
    HistoryMessage message;
    message.senderName = nick;
    message.body = u"hi"_s;
    message.type = MessageType::Groupchat;
    return message;
}

} // namespace

class OccupantModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsAndSorting()
    {
        Setup s;
        QCOMPARE(s.model.rowCount(), 0);
        Q_EMIT s.room.occupantJoined(occupant(u"thirdwitch"_s));
        Q_EMIT s.room.occupantJoined(occupant(u"Firstwitch"_s, MucRole::Moderator));
        Q_EMIT s.room.occupantJoined(occupant(u"secondwitch"_s));
        Q_EMIT s.room.occupantJoined(occupant(u"Banquo"_s));
        QCOMPARE(shape(s.model), u"Moderators (1): Firstwitch | "
                                 "Participants (3): Banquo secondwitch thirdwitch"_s);
        Q_EMIT s.room.occupantJoined(occupant(u"ghost"_s, MucRole::Visitor));
        QCOMPARE(s.model.occupantCount(), 5);
        QCOMPARE(s.model.rowCount(), 3);
        QCOMPARE(s.model.index(2, 0).data(OccupantModel::OccupantCountRole).toInt(), 1);
        QVERIFY(s.model.index(2, 0).data(OccupantModel::IsGroupRole).toBool());
        const QModelIndex banquo = s.model.indexOf(u"Banquo"_s);
        QVERIFY(banquo.isValid());
        QCOMPARE(banquo.parent(), s.model.index(1, 0));
        QCOMPARE(banquo.data(OccupantModel::NickRole).toString(), u"Banquo"_s);
        QVERIFY(!banquo.data(OccupantModel::IsGroupRole).toBool());
        QCOMPARE(banquo.data(OccupantModel::OccupantRole).value<Occupant>().nick, u"Banquo"_s);
    }

    void incrementalChanges()
    {
        Setup s;
        Q_EMIT s.room.occupantJoined(occupant(u"a"_s));
        Q_EMIT s.room.occupantJoined(occupant(u"b"_s));
        // A presence change touches one row.
        QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
        Occupant away = occupant(u"b"_s);
        away.show = Presence::Show::Away;
        Q_EMIT s.room.occupantChanged(occupant(u"b"_s), away);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(s.model.indexOf(u"b"_s).data(OccupantModel::ShowRole).toInt(),
                 int(Presence::Show::Away));
        // A role change moves it to its group (which appears).
        Q_EMIT s.room.occupantChanged(away, occupant(u"b"_s, MucRole::Moderator));
        QCOMPARE(shape(s.model), u"Moderators (1): b | Participants (1): a"_s);
        // A nick change re-sorts.
        Q_EMIT s.room.nickChanged(u"a"_s, u"z"_s, false);
        Q_EMIT s.room.occupantJoined(occupant(u"m"_s));
        QCOMPARE(shape(s.model), u"Moderators (1): b | Participants (2): m z"_s);
        // The occupantChanged a room may send along with the nick change is harmless.
        Q_EMIT s.room.occupantChanged(occupant(u"a"_s), occupant(u"z"_s));
        QCOMPARE(shape(s.model), u"Moderators (1): b | Participants (2): m z"_s);
        // Leaving empties a group, which goes away.
        Q_EMIT s.room.occupantLeft(occupant(u"b"_s, MucRole::Moderator), u"left"_s);
        QCOMPARE(shape(s.model), u"Participants (2): m z"_s);
        // Leaving the room clears everything.
        Q_EMIT s.room.stateChanged(Room::State::NotJoined);
        QCOMPARE(s.model.rowCount(), 0);
    }

    void followsARealRoom()
    {
        Setup s;
        s.room.join({u"alice"_s, {}, {}});
        s.room.handlePresence(presenceOf(u"firstwitch"_s, u"moderator"_s));
        s.room.handlePresence(presenceOf(u"secondwitch"_s, u"participant"_s));
        s.room.handlePresence(
            presenceOf(u"alice"_s, u"participant"_s, u"/><status code='110'/>"_s));
        QCOMPARE(s.room.state(), Room::State::Joined);
        QCOMPARE(shape(s.model),
                 u"Moderators (1): firstwitch | Participants (2): alice secondwitch"_s);
        QVERIFY(s.model.indexOf(u"alice"_s).data(OccupantModel::IsSelfRole).toBool());
        // §7.6: a nick change (303, then the new nick's presence).
        s.room.handlePresence(presenceOf(u"secondwitch"_s, u"participant"_s,
                                         u" nick='thirdwitch'/><status code='303'/>"_s,
                                         u"unavailable"_s));
        s.room.handlePresence(presenceOf(u"thirdwitch"_s, u"participant"_s));
        QCOMPARE(shape(s.model),
                 u"Moderators (1): firstwitch | Participants (2): alice thirdwitch"_s);
        // §8.4: voice revoked moves them to Visitors.
        s.room.handlePresence(presenceOf(u"thirdwitch"_s, u"visitor"_s));
        QCOMPARE(shape(s.model), u"Moderators (1): firstwitch | Participants (1): alice | "
                                 "Visitors (1): thirdwitch"_s);
        s.room.handlePresence(presenceOf(u"thirdwitch"_s, u"none"_s, {}, u"unavailable"_s));
        QCOMPARE(shape(s.model), u"Moderators (1): firstwitch | Participants (1): alice"_s);
        // §8.2: we are kicked: the list empties.
        s.room.handlePresence(presenceOf(u"alice"_s, u"none"_s,
                                         u"/><status code='307'/><status code='110'/>"_s,
                                         u"unavailable"_s));
        QCOMPARE(s.room.state(), Room::State::NotJoined);
        QCOMPARE(s.model.rowCount(), 0);
    }

    void completionsPreferRecentSpeakers()
    {
        Setup s;
        Occupant self = occupant(u"hecate"_s);
        self.isSelf = true;
        Q_EMIT s.room.occupantJoined(self);
        for (const QString &nick : {u"Harpier"_s, u"hag66"_s, u"Hamlet"_s, u"thirdwitch"_s})
            Q_EMIT s.room.occupantJoined(occupant(nick));
        QCOMPARE(s.model.completions(u"h"_s), (QStringList{u"hag66"_s, u"Hamlet"_s, u"Harpier"_s}));
        Q_EMIT s.room.messageReceived(spoken(u"Harpier"_s));
        Q_EMIT s.room.messageReceived(spoken(u"Hamlet"_s));
        QCOMPARE(s.model.completions(u"H"_s), (QStringList{u"Hamlet"_s, u"Harpier"_s, u"hag66"_s}));
        QCOMPARE(s.model.completions(u"thi"_s), QStringList{u"thirdwitch"_s});
        QVERIFY(s.model.completions(u"x"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(OccupantModelTest)
#include "tst_occupantmodel.moc"
