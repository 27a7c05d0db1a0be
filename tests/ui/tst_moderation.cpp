// Moderation from a room's tab: the occupant context menu offers only what our role and
// affiliation allow (a participant: a private message; a moderator: kick and voice; an owner:
// affiliations too), each action asks for confirmation with a reason and then sends the
// XEP-0045 request; the room's actions (subject, settings, destroy) follow our permissions.
#include "GroupChatScreen.h"
#include "UiTestProfile.h"
#include "forms/DataFormWidget.h"
#include "muc/RoomActionFlows.h"
#include "muc/RoomConfigDialog.h"
#include "muc/RoomPrompt.h"
#include "muc/SubjectBar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Linnet;
using namespace Linnet::Test;
using namespace Qt::StringLiterals;

namespace {
// The admin IQs we sent, as "nick|jid role|affiliation reason".
QStringList adminRequests(const GroupChatFeed &feed)
{
    QStringList requests;
    for (const Element &iq : feed.sent(u"iq"_s, u"set"_s)) {
        const Element query = iq.firstChild(u"query", ns::MucAdmin);
        if (!query || iq.attribute(u"to") != RoomJid)
            continue;
        const Element item = query.firstChild(u"item", ns::MucAdmin);
        const QString who =
            item.hasAttribute(u"nick") ? item.attribute(u"nick") : item.attribute(u"jid");
        const QString what =
            item.hasAttribute(u"role") ? item.attribute(u"role") : item.attribute(u"affiliation");
        requests.append(
            u"%1 %2 %3"_s.arg(who, what, item.firstChild(u"reason", ns::MucAdmin).text()));
    }
    return requests;
}
} // namespace

class ModerationTest : public QObject
{
    Q_OBJECT
private:
    Linnet::Test::UiTestProfile profile{u"moderation"_s};
    QString freshDatabase() { return profile.freshDatabase(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(profile.setUp()); }

    void participantOnlyMessagesPrivately()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(screen.occupantIndex(u"bob"_s).isValid());
        QCOMPARE(screen.occupantMenu(u"bob"_s), QStringList{u"privateMessageAction"_s});
        QCOMPARE(screen.occupantMenu(u"alice"_s), QStringList{u"privateMessageAction"_s});
        // Nothing to do to ourselves.
        QCOMPARE(screen.occupantMenu(u"me"_s), QStringList());
        QVERIFY(!page->settingsAction()->isEnabled());
        QVERIFY(!page->destroyAction()->isEnabled());
        QVERIFY(!page->changeSubjectAction()->isEnabled());
    }

    void moderatorKicksAndSilences()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        // A member made moderator: may kick and silence members and below (§8).
        feed.joinAs(u"member"_s, u"moderator"_s);
        QTRY_VERIFY(screen.occupantIndex(u"bob"_s).isValid());
        const QStringList bobMenu = screen.occupantMenu(u"bob"_s);
        QVERIFY2(bobMenu.contains(u"kickAction"_s), qPrintable(bobMenu.join(u' ')));
        QVERIFY(bobMenu.contains(u"revokeVoiceAction"_s));
        QVERIFY(!bobMenu.contains(u"makeOwnerAction"_s)); // not an owner
        QVERIFY(!bobMenu.contains(u"banAction"_s));       // bans are for admins
        // Not an owner: cannot be kicked by a mere moderator.
        QVERIFY(!screen.occupantMenu(u"alice"_s).contains(u"kickAction"_s));
        QVERIFY(page->subjectBar()->editButton()->isVisibleTo(page));

        // Kick asks with a reason, then sends role=none for the nick.
        const auto bob = OccupantListView::occupantAt(screen.occupantIndex(u"bob"_s));
        QVERIFY(bob);
        Q_EMIT page->occupantActionRequested(OccupantAction::Kick, *bob);
        auto *prompt = qobject_cast<RoomPrompt *>(screen.rooms->actionFlows()->lastDialog());
        QVERIFY(prompt);
        QCOMPARE(prompt->objectName(), u"kickPrompt"_s);
        QVERIFY(prompt->findChild<QLabel *>(u"promptText"_s)->text().contains(u"bob"_s));
        QVERIFY(adminRequests(feed).isEmpty()); // nothing before the confirmation
        prompt->findChild<QLineEdit *>(u"reasonEdit"_s)->setText(u"Spamming"_s);
        prompt->confirmButton()->click();
        QTRY_COMPARE(adminRequests(feed), QStringList{u"bob none Spamming"_s});

        // Cancelling sends nothing.
        Q_EMIT page->occupantActionRequested(OccupantAction::RevokeVoice, *bob);
        prompt = qobject_cast<RoomPrompt *>(screen.rooms->actionFlows()->lastDialog());
        QVERIFY(prompt);
        prompt->reject();
        QCOMPARE(adminRequests(feed).size(), 1);
    }

    void ownerManagesAffiliationsAndTheRoom()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"owner"_s, u"moderator"_s);
        QTRY_VERIFY(screen.occupantIndex(u"bob"_s).isValid());
        const QStringList bobMenu = screen.occupantMenu(u"bob"_s);
        for (const QString &name : {u"kickAction"_s, u"banAction"_s, u"makeAdminAction"_s,
                                    u"makeOwnerAction"_s, u"makeModeratorAction"_s}) {
            QVERIFY2(bobMenu.contains(name), qPrintable(name + u" in "_s + bobMenu.join(u' ')));
        }
        QVERIFY(!bobMenu.contains(u"makeMemberAction"_s)); // bob is a member already
        QTRY_VERIFY(page->settingsAction()->isEnabled());
        QVERIFY(page->destroyAction()->isEnabled());

        // Ban goes by the real JID.
        const auto bob = OccupantListView::occupantAt(screen.occupantIndex(u"bob"_s));
        Q_EMIT page->occupantActionRequested(OccupantAction::Ban, *bob);
        auto *prompt = qobject_cast<RoomPrompt *>(screen.rooms->actionFlows()->lastDialog());
        QVERIFY(prompt);
        prompt->confirmButton()->click();
        QTRY_COMPARE(adminRequests(feed), QStringList{u"bob@localhost outcast "_s});
    }

    void destroyAsksAndSendsTheAlternate()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"owner"_s, u"moderator"_s);
        QTRY_VERIFY(page->destroyAction()->isEnabled());
        page->destroyAction()->trigger();
        auto *prompt = qobject_cast<RoomPrompt *>(screen.rooms->actionFlows()->lastDialog());
        QVERIFY(prompt);
        prompt->findChild<QLineEdit *>(u"alternateRoomEdit"_s)->setText(u"not@@valid"_s);
        QVERIFY(!prompt->confirmButton()->isEnabled());
        prompt->findChild<QLineEdit *>(u"alternateRoomEdit"_s)
            ->setText(u"coven@conference.localhost"_s);
        prompt->findChild<QLineEdit *>(u"reasonEdit"_s)->setText(u"Moving"_s);
        prompt->confirmButton()->click();
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &iq) {
                const Element destroy =
                    iq.firstChild(u"query", ns::MucOwner).firstChild(u"destroy", ns::MucOwner);
                return destroy && destroy.attribute(u"jid") == u"coven@conference.localhost";
            }));
    }

    void settingsShowTheRoomsFormAndSubmitIt()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"owner"_s, u"moderator"_s);
        QTRY_VERIFY(page->settingsAction()->isEnabled());
        feed.stream.sent.clear();
        page->settingsAction()->trigger();
        auto *dialog = qobject_cast<RoomConfigDialog *>(screen.rooms->actionFlows()->lastDialog());
        QVERIFY(dialog);
        const QList<Element> asked = feed.sent(u"iq"_s, u"get"_s);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.constFirst().firstChild(u"query", ns::MucOwner));
        feed.receive(u"<iq type='result' from='%1' to='me@localhost/desk' id='%2'>"
                     "<query xmlns='http://jabber.org/protocol/muc#owner'>"
                     "<x xmlns='jabber:x:data' type='form'><title>Configuration</title>"
                     "<field type='hidden' var='FORM_TYPE'>"
                     "<value>http://jabber.org/protocol/muc#roomconfig</value></field>"
                     "<field type='text-single' label='Room name' var='muc#roomconfig_roomname'>"
                     "<value>Lounge</value></field></x></query></iq>"_s.arg(
                         RoomJid, asked.constFirst().attribute(u"id")));
        QTRY_VERIFY(!dialog->formWidget()->isEmpty());
        feed.stream.sent.clear();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE(feed.sent(u"iq"_s, u"set"_s).size(), 1);
        const Element submit = feed.sent(u"iq"_s, u"set"_s).constFirst();
        QCOMPARE(submit.firstChild(u"query", ns::MucOwner)
                     .firstChild(u"x", ns::DataForms)
                     .attribute(u"type"),
                 u"submit"_s);
        QPointer<RoomConfigDialog> guard = dialog;
        feed.receive(u"<iq type='result' from='%1' to='me@localhost/desk' id='%2'/>"_s.arg(
            RoomJid, submit.attribute(u"id")));
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void inviteMediatedOrDirect()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(page->inviteAction()->isEnabled());
        QCOMPARE(page->inviteAction()->shortcut(), QKeySequence(u"Ctrl+I"_s));
        feed.stream.sent.clear();
        page->inviteAction()->trigger();
        auto *prompt = qobject_cast<RoomPrompt *>(screen.rooms->actionFlows()->lastDialog());
        QVERIFY(prompt);
        QVERIFY(!prompt->confirmButton()->isEnabled()); // no one yet
        prompt->findChild<QLineEdit *>(u"inviteeEdit"_s)->setText(u"carol@localhost"_s);
        prompt->findChild<QLineEdit *>(u"reasonEdit"_s)->setText(u"Join us"_s);
        prompt->confirmButton()->click();
        // Mediated: through the room (§7.8.2).
        QTRY_COMPARE(feed.sent(u"message"_s).size(), 1);
        const Element mediated = feed.sent(u"message"_s).constFirst();
        QCOMPARE(mediated.attribute(u"to"), RoomJid);
        QCOMPARE(mediated.firstChild(u"x", ns::MucUser)
                     .firstChild(u"invite", ns::MucUser)
                     .attribute(u"to"),
                 u"carol@localhost"_s);

        feed.stream.sent.clear();
        page->inviteAction()->trigger();
        prompt = qobject_cast<RoomPrompt *>(screen.rooms->actionFlows()->lastDialog());
        prompt->findChild<QLineEdit *>(u"inviteeEdit"_s)->setText(u"dave@localhost"_s);
        prompt->findChild<QCheckBox *>(u"directInviteCheck"_s)->setChecked(true);
        prompt->confirmButton()->click();
        // Direct (XEP-0249): to the invitee.
        QTRY_COMPARE(feed.sent(u"message"_s).size(), 1);
        QCOMPARE(feed.sent(u"message"_s).constFirst().attribute(u"to"), u"dave@localhost"_s);
    }

    void moderatorChangesTheSubject()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"member"_s, u"moderator"_s);
        QTRY_VERIFY(page->changeSubjectAction()->isEnabled());
        feed.stream.sent.clear();
        page->subjectBar()->editButton()->click();
        auto *prompt = qobject_cast<RoomPrompt *>(screen.rooms->actionFlows()->lastDialog());
        QVERIFY(prompt);
        auto *subject = prompt->findChild<QLineEdit *>(u"subjectEdit"_s);
        QCOMPARE(subject->text(), u"Fire and ice"_s);
        subject->setText(u"Cauldron talk"_s);
        prompt->confirmButton()->click();
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &m) {
                return m.name() == u"message" && m.attribute(u"type") == u"groupchat" &&
                       m.firstChild(u"subject", ns::Client).text() == u"Cauldron talk";
            }));
    }
};

QTEST_MAIN(ModerationTest)
#include "tst_moderation.moc"
