// The Join Room dialog as a user sees it: OK only for a usable room address and nick with the
// problem said inline, the room list of a service (asked for, then shown) filtered as the
// user types, picking a room fills the address, a double-click joins; and the prompts of
// joining (password, invitations).
#include "muc/InvitationPrompt.h"
#include "muc/JoinRoomDialog.h"
#include "muc/RoomListModel.h"
#include "muc/RoomPrompt.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace Linnet;
using namespace Qt::StringLiterals;

namespace {
QList<RoomListing> someRooms()
{
    RoomListing lounge;
    lounge.jid = Jid::parse(u"lounge@conference.localhost");
    lounge.name = u"The Lounge"_s;
    lounge.occupants = 12;
    RoomListing dev;
    dev.jid = Jid::parse(u"dev@conference.localhost");
    dev.name = u"Developers"_s;
    dev.occupants = 3;
    dev.passwordProtected = true;
    RoomListing quiet;
    quiet.jid = Jid::parse(u"quiet@conference.localhost");
    return {lounge, dev, quiet};
}

QStringList shownRooms(QTreeView *view)
{
    QStringList rooms;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rooms.append(view->model()->index(row, RoomListModel::JidColumn).data().toString());
    rooms.sort();
    return rooms;
}
} // namespace

class JoinRoomDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void okNeedsAValidRoomAndNick()
    {
        JoinRoomDialog dialog;
        QVERIFY(!dialog.joinButton()->isEnabled());
        dialog.nickEdit()->setText(u"me"_s);
        QVERIFY(!dialog.joinButton()->isEnabled()); // no room yet, but no complaint either
        QVERIFY(dialog.problem().isEmpty());

        QTest::keyClicks(dialog.roomEdit(), u"not a room@@"_s);
        QVERIFY(!dialog.joinButton()->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());

        dialog.roomEdit()->setText(u"conference.localhost"_s); // a service, not a room
        QVERIFY(!dialog.joinButton()->isEnabled());
        QVERIFY(dialog.problem().contains(u"room@"_s));

        dialog.roomEdit()->setText(u"lounge@conference.localhost"_s);
        QVERIFY(dialog.joinButton()->isEnabled());
        QVERIFY(dialog.problem().isEmpty());

        dialog.nickEdit()->setText(u"   "_s);
        QVERIFY(!dialog.joinButton()->isEnabled());
        dialog.nickEdit()->setText(u"me"_s);
        dialog.passwordEdit()->setText(u"secret"_s);
        dialog.bookmarkCheck()->setChecked(true);
        const JoinRequest request = dialog.request();
        QCOMPARE(request.room.toString(), u"lounge@conference.localhost"_s);
        QCOMPARE(request.nick, u"me"_s);
        QCOMPARE(request.password, u"secret"_s);
        QVERIFY(request.bookmark);
    }

    void roomListIsAskedForAndFiltered()
    {
        JoinRoomDialog dialog;
        dialog.setService(Jid::parse(u"conference.localhost"));
        QSignalSpy asked(&dialog, &JoinRoomDialog::roomListRequested);
        dialog.show();
        dialog.browseButton()->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst().constFirst().value<Jid>().toString(),
                 u"conference.localhost"_s);
        QVERIFY(dialog.listStatus()->text().contains(u"conference.localhost"_s));

        dialog.setRoomList(someRooms(), MucOutcome::success());
        QCOMPARE(shownRooms(dialog.roomList()),
                 (QStringList{u"dev@conference.localhost"_s, u"lounge@conference.localhost"_s,
                              u"quiet@conference.localhost"_s}));
        QVERIFY(dialog.listStatus()->text().contains(u'3'));
        // Unnamed rooms show their local part; counts and the lock are there.
        const QAbstractItemModel *model = dialog.roomList()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex name = model->index(row, RoomListModel::NameColumn);
            if (name.data(RoomListModel::RoomJidRole).toString() == u"quiet@conference.localhost")
                QCOMPARE(name.data().toString(), u"quiet"_s);
            if (name.data(RoomListModel::RoomJidRole).toString() == u"dev@conference.localhost") {
                QVERIFY(name.data(RoomListModel::PasswordProtectedRole).toBool());
                QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"Password"_s));
                QCOMPARE(model->index(row, RoomListModel::OccupantsColumn).data().toInt(), 3);
            }
        }

        QTest::keyClicks(dialog.filterEdit(), u"LOUN"_s);
        QCOMPARE(shownRooms(dialog.roomList()), QStringList{u"lounge@conference.localhost"_s});
        dialog.filterEdit()->clear();
        QTest::keyClicks(dialog.filterEdit(), u"develop"_s); // by name too
        QCOMPARE(shownRooms(dialog.roomList()), QStringList{u"dev@conference.localhost"_s});

        // Picking fills the address; a double-click joins (with a nick).
        dialog.nickEdit()->setText(u"me"_s);
        const QModelIndex dev = dialog.roomList()->model()->index(0, 0);
        dialog.roomList()->setCurrentIndex(dev);
        QCOMPARE(dialog.roomEdit()->text(), u"dev@conference.localhost"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        const QRect rect = dialog.roomList()->visualRect(dev);
        QTest::mouseClick(dialog.roomList()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(dialog.roomList()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(accepted.size(), 1);
    }

    void aFailedListSaysWhy()
    {
        JoinRoomDialog dialog;
        dialog.setRoomList({}, MucOutcome::failure(u"The service is not there."_s));
        QCOMPARE(dialog.listStatus()->text(), u"The service is not there."_s);
        QCOMPARE(dialog.roomList()->model()->rowCount(), 0);
    }

    void promptsValidateTheirFields()
    {
        RoomPrompt prompt(u"Invite"_s, u"Who?"_s, u"Invite"_s);
        prompt.addJidField(u"&Address:"_s, u"inviteeEdit"_s, true);
        prompt.addReasonField();
        QVERIFY(!prompt.confirmButton()->isEnabled());
        auto *jid = prompt.findChild<QLineEdit *>(u"inviteeEdit"_s);
        jid->setText(u"bad@@jid"_s);
        QVERIFY(!prompt.confirmButton()->isEnabled());
        QVERIFY(!prompt.problem().isEmpty());
        jid->setText(u"carol@localhost"_s);
        QVERIFY(prompt.confirmButton()->isEnabled());
        QVERIFY(prompt.problem().isEmpty());
        QCOMPARE(prompt.text(u"inviteeEdit"_s), u"carol@localhost"_s);
    }

    void invitationPromptSaysWhoAndWhy()
    {
        MucInvitation invitation;
        invitation.room = Jid::parse(u"lounge@conference.localhost");
        invitation.inviter = Jid::parse(u"alice@localhost/desk");
        invitation.reason = u"Come and see"_s;
        InvitationPrompt prompt(invitation);
        prompt.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(prompt.textLabel()->text(),
                 u"The room lounge@conference.localhost says alice@localhost invites you: "
                 "Come and see"_s);
        QVERIFY(!prompt.isModal());
        QSignalSpy joined(&prompt, &InvitationPrompt::joinRequested);
        QSignalSpy declined(&prompt, &InvitationPrompt::declineRequested);
        prompt.declineButton()->click();
        QCOMPARE(declined.size(), 1);
        QCOMPARE(joined.size(), 0);
    }
};

QTEST_MAIN(JoinRoomDialogTest)
#include "tst_join_room_dialog.moc"
