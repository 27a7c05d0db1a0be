// A room's tab as a user sees it, offscreen, over a MucManager on a recording stream that
// plays the room (XEP-0045's own stanzas) and a real HistoryStore on a temporary database:
// joining shows the occupants by role and the subject; messages show with their nicks; Enter
// sends to the room; notices say who came and went; private messages open one-on-one tabs;
// a mention is highlighted and notified; when we are kicked or the room is destroyed the tab
// stays with a banner and a disabled composer.
#include "Banner.h"
#include "GroupChatScreen.h"
#include "UiTestProfile.h"
#include "chat/Composer.h"
#include "chat/ConversationWidget.h"
#include "muc/BookmarksMenu.h"
#include "muc/InvitationPrompt.h"
#include "muc/JoinRoomDialog.h"
#include "muc/RoomPrompt.h"
#include "muc/SubjectBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Linnet;
using namespace Linnet::Test;
using namespace Qt::StringLiterals;

class GroupChatTest : public QObject
{
    Q_OBJECT
private:
    Linnet::Test::UiTestProfile profile{u"room"_s};
    QString freshDatabase() { return profile.freshDatabase(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(profile.setUp()); }

    void joiningOpensATabAndSendsThePresence()
    {
        GroupChatFeed feed(freshDatabase());
        QVERIFY(feed.opened);
        GroupChatScreen screen(feed);
        QVERIFY(screen.window.joinRoomAction()->isEnabled());
        QCOMPARE(screen.window.joinRoomAction()->shortcut(), QKeySequence(u"Ctrl+J"_s));
        RoomPage *page = screen.join();
        QVERIFY(page);
        QVERIFY(screen.chatWindow->tabWidget()->indexOf(page) >= 0);
        QVERIFY(screen.chatWindow->tabWidget()
                    ->tabText(screen.chatWindow->tabWidget()->indexOf(page))
                    .startsWith(u"lounge"_s));
        // The join presence to room/nick with the MUC extension.
        const QList<Element> presences = feed.sent(u"presence"_s);
        const bool joinSent =
            std::any_of(presences.cbegin(), presences.cend(), [](const Element &p) {
                return p.attribute(u"to") == RoomJid + u"/me"_s && p.firstChild(u"x", ns::Muc);
            });
        QVERIFY(joinSent);
    }

    void joiningShowsOccupantsAndSubject()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_COMPARE(screen.occupantTree(),
                     (QStringList{u"Moderators: alice"_s, u"Participants: bob, me"_s}));
        QTRY_COMPARE(page->subjectBar()->subject(), u"Fire and ice"_s);
        // Said once as the room's subject; a later one as a change.
        QTRY_VERIFY(screen.timeline()->notices().contains(
            u"The subject is: Fire and ice (set by alice)"_s));
        feed.subject(u"alice"_s, u"Ice and fire"_s);
        QTRY_VERIFY(
            screen.timeline()->notices().contains(u"alice changed the subject to: Ice and fire"_s));
        QCOMPARE(page->subjectBar()->subject(), u"Ice and fire"_s);
        QVERIFY(page->subjectBar()->label()->toolTip().contains(u"Ice and fire"_s));
        QVERIFY(page->composer()->isEnabled());
        QVERIFY(page->exitBanner()->isHidden());
        QVERIFY(page->occupantCountLabel()->text().contains(u'3'));
        // The tooltip tells the real JID when the room shows it.
        QVERIFY(OccupantDelegate::toolTip(screen.occupantIndex(u"bob"_s))
                    .contains(u"bob@localhost/b"_s));
        QCOMPARE(OccupantDelegate::badge(screen.occupantIndex(u"alice"_s)), u"owner"_s);
        // A participant may not change the subject.
        QVERIFY(page->subjectBar()->editButton()->isHidden());
    }

    void messagesShowWithTheirNicks()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        feed.groupchat(u"alice"_s, u"Hello room"_s, u"m1"_s);
        QTRY_VERIFY(screen.shownMessages().contains(u"alice: Hello room"_s));
        // Colours come from the nick, not from the room's address.
        const QModelIndex row = screen.messageRow(u"Hello room"_s);
        QCOMPARE(MessageDelegate::colourKey(row), u"alice"_s);
    }

    void enterSendsToTheRoom()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(page->composer()->isEnabled());
        feed.stream.sent.clear();
        QTest::keyClicks(page->composer(), u"Hi all"_s);
        QTest::keyClick(page->composer(), Qt::Key_Return);
        QTRY_COMPARE(feed.sent(u"message"_s, u"groupchat"_s).size(), 1);
        const Element message = feed.sent(u"message"_s, u"groupchat"_s).constFirst();
        QCOMPARE(message.attribute(u"to"), RoomJid);
        QCOMPARE(message.firstChild(u"body", ns::Client).text(), u"Hi all"_s);
        QVERIFY(page->composer()->toPlainText().isEmpty());
    }

    void noticesTellWhoCameAndWent()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        QVERIFY(screen.join());
        feed.joinAs(u"none"_s, u"participant"_s);
        feed.occupant(u"carol"_s, u"none"_s, u"participant"_s);
        QTRY_VERIFY(screen.timeline()->notices().contains(u"carol joined the room"_s));
        // Those present when we joined are listed, not announced.
        QVERIFY(!screen.timeline()->notices().contains(u"bob joined the room"_s));
        feed.receive(u"<presence type='unavailable' from='%1/carol' to='me@localhost/desk'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<item affiliation='none' role='none'/></x></presence>"_s.arg(RoomJid));
        const auto carolLeft = [&] {
            const QStringList notices = screen.timeline()->notices();
            return std::any_of(notices.cbegin(), notices.cend(), [](const QString &line) {
                return line.contains(u"carol"_s) && line.contains(u"left"_s);
            });
        };
        QTRY_VERIFY(carolLeft());
        QTRY_COMPARE(screen.occupantTree(),
                     (QStringList{u"Moderators: alice"_s, u"Participants: bob, me"_s}));
    }

    void tabCompletesNicks()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_COMPARE(screen.occupantTree().size(), 2);
        Composer *composer = page->composer();
        QTest::keyClicks(composer, u"bo"_s);
        QTest::keyClick(composer, Qt::Key_Tab);
        QCOMPARE(composer->toPlainText(), u"bob: "_s);
        // Inside a sentence: "nick ", and repeated Tab cycles through the matches.
        feed.occupant(u"alan"_s, u"none"_s, u"participant"_s);
        QTRY_VERIFY(screen.occupantIndex(u"alan"_s).isValid());
        composer->clear();
        QTest::keyClicks(composer, u"thanks a"_s);
        QTest::keyClick(composer, Qt::Key_Tab);
        const QString first = composer->toPlainText();
        QTest::keyClick(composer, Qt::Key_Tab);
        const QString second = composer->toPlainText();
        QCOMPARE((QSet<QString>{first, second}),
                 (QSet<QString>{u"thanks alice "_s, u"thanks alan "_s}));
        QTest::keyClick(composer, Qt::Key_Tab);
        QCOMPARE(composer->toPlainText(), first);
    }

    void mentionIsHighlightedAndNotified()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        screen.window.show();
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(page->composer()->isEnabled());
        QVERIFY(QTest::qWaitForWindowActive(screen.chatWindow));
        QCOMPARE(screen.chatWindow->frontConversation(), RoomJid);
        // In front: highlighted, not notified.
        feed.groupchat(u"bob"_s, u"me: are you there?"_s, u"m2"_s);
        feed.groupchat(u"alice"_s, u"some other talk"_s, u"m3"_s);
        QTRY_VERIFY(screen.messageRow(u"some other talk"_s).isValid());
        QVERIFY(MessageDelegate::isMention(screen.messageRow(u"me: are you there?"_s)));
        QVERIFY(!MessageDelegate::isMention(screen.messageRow(u"some other talk"_s)));
        QVERIFY(screen.notifier.shown.isEmpty());

        // Another conversation in front: the mention is notified, the room's tab counts.
        screen.chats->openChat(Jid::parse(u"carol@localhost"));
        QTRY_COMPARE(screen.chatWindow->frontConversation(), u"carol@localhost"_s);
        feed.groupchat(u"bob"_s, u"ME, look at this"_s, u"m4"_s);
        feed.groupchat(u"alice"_s, u"and this is not for you"_s, u"m5"_s);
        QTRY_COMPARE(screen.notifier.shown.size(), 1);
        QCOMPARE(screen.notifier.shown.constFirst().conversation, RoomJid);
        QCOMPARE(screen.notifier.shown.constFirst().title, u"bob in lounge"_s);
        QCOMPARE(screen.notifier.shown.constFirst().body, u"ME, look at this"_s);
        QTabWidget *tabs = screen.chatWindow->tabWidget();
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"lounge (2)"_s);
        // Back in front: seen, the count goes.
        QVERIFY(screen.rooms->openRoom(Jid::parse(RoomJid)));
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(page)), u"lounge"_s);
    }

    void privateMessageOpensAOneOnOneTab()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(screen.occupantIndex(u"bob"_s).isValid());
        const auto bob = OccupantListView::occupantAt(screen.occupantIndex(u"bob"_s));
        QVERIFY(bob);
        Q_EMIT page->occupantActionRequested(OccupantAction::PrivateMessage, *bob);
        const QString key = RoomJid + u"/bob"_s;
        QTRY_VERIFY(screen.chats->conversationWidget(key));
        ConversationWidget *chat = screen.chats->conversationWidget(key);
        QCOMPARE(chat->title(), u"bob (in lounge)"_s);
        QTest::keyClicks(chat->composer(), u"psst"_s);
        QTest::keyClick(chat->composer(), Qt::Key_Return);
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [&](const Element &m) {
                return m.name() == u"message" && m.attribute(u"to") == key &&
                       m.attribute(u"type") == u"chat";
            }));
    }

    void kickedShowsTheReasonAndDisablesTheComposer()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(page->composer()->isEnabled());
        feed.receive(u"<presence type='unavailable' from='%1/me' to='me@localhost/desk'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<item affiliation='none' role='none'><actor nick='alice'/>"
                     "<reason>Avaunt, you cullion!</reason></item>"
                     "<status code='110'/><status code='307'/></x></presence>"_s.arg(RoomJid));
        QTRY_VERIFY(!page->exitBanner()->isHidden());
        QVERIFY2(page->exitBanner()->text().contains(u"Avaunt, you cullion!"_s),
                 qPrintable(page->exitBanner()->text()));
        QVERIFY(!page->composer()->isEnabled());
        QVERIFY(!page->rejoinButton()->isHidden());
        QVERIFY(page->joinAlternateButton()->isHidden());
        // The tab stays.
        QVERIFY(screen.chatWindow->tabWidget()->indexOf(page) >= 0);
        // Rejoin sends a new join presence.
        feed.stream.sent.clear();
        page->rejoinButton()->click();
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &p) {
                return p.name() == u"presence" && p.attribute(u"to") == RoomJid + u"/me"_s;
            }));
    }

    void destroyedRoomOffersTheNewOne()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(page->composer()->isEnabled());
        feed.receive(u"<presence type='unavailable' from='%1/me' to='me@localhost/desk'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<item affiliation='none' role='none'/>"
                     "<destroy jid='coven@conference.localhost'><reason>Macbeth doth come.</reason>"
                     "</destroy><status code='110'/></x></presence>"_s.arg(RoomJid));
        QTRY_VERIFY(!page->exitBanner()->isHidden());
        QVERIFY(page->exitBanner()->text().contains(u"Macbeth doth come."_s));
        QVERIFY(!page->composer()->isEnabled());
        QVERIFY(page->rejoinButton()->isHidden());
        QVERIFY(!page->joinAlternateButton()->isHidden());
        QVERIFY(page->joinAlternateButton()->text().contains(u"coven@conference.localhost"_s));
        page->joinAlternateButton()->click();
        JoinRoomDialog *dialog = screen.rooms->joinFlow()->joinDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->roomEdit()->text(), u"coven@conference.localhost"_s);
        dialog->close();
    }

    void closingTheTabLeavesTheRoom()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(page->composer()->isEnabled());
        feed.stream.sent.clear();
        Q_EMIT screen.chatWindow->closeRequested(page);
        QVERIFY(!screen.rooms->page(Jid::parse(RoomJid)));
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &p) {
                return p.name() == u"presence" && p.attribute(u"type") == u"unavailable";
            }));
    }

    void nickConflictAsksForAnotherNick()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        QVERIFY(screen.join());
        feed.receive(u"<presence type='error' from='%1/me' to='me@localhost/desk'>"
                     "<x xmlns='http://jabber.org/protocol/muc'/>"
                     "<error by='%1' type='cancel'>"
                     "<conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                     "</presence>"_s.arg(RoomJid));
        QTRY_VERIFY(screen.rooms->joinFlow()->lastPrompt());
        RoomPrompt *prompt = screen.rooms->joinFlow()->lastPrompt();
        auto *nick = prompt->findChild<QLineEdit *>(u"nickEdit"_s);
        QVERIFY(nick);
        QVERIFY(!nick->text().isEmpty()); // the suggestion
        QVERIFY(nick->text() != u"me"_s);
        nick->setText(u"me2"_s);
        feed.stream.sent.clear();
        prompt->confirmButton()->click();
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &p) {
                return p.name() == u"presence" && p.attribute(u"to") == RoomJid + u"/me2"_s;
            }));
    }

    void passwordIsAskedForAndSent()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        QVERIFY(screen.join());
        feed.receive(u"<presence type='error' from='%1/me' to='me@localhost/desk'>"
                     "<x xmlns='http://jabber.org/protocol/muc'/>"
                     "<error by='%1' type='auth'>"
                     "<not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                     "</presence>"_s.arg(RoomJid));
        QTRY_VERIFY(screen.rooms->joinFlow()->lastPrompt());
        RoomPrompt *prompt = screen.rooms->joinFlow()->lastPrompt();
        auto *password = prompt->findChild<QLineEdit *>(u"passwordEdit"_s);
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(u"cauldronburn"_s);
        feed.stream.sent.clear();
        prompt->confirmButton()->click();
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &p) {
                return p.name() == u"presence" &&
                       p.firstChild(u"x", ns::Muc).firstChild(u"password", ns::Muc).text() ==
                           u"cauldronburn";
            }));
    }

    void newRoomAsksInstantOrConfigure()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        QVERIFY(screen.join());
        feed.occupant(u"me"_s, u"owner"_s, u"moderator"_s,
                      u"<status code='110'/><status code='201'/>"_s, u"me@localhost/desk"_s);
        QTRY_VERIFY(screen.rooms->joinFlow()->creationPrompt());
        QMessageBox *box = screen.rooms->joinFlow()->creationPrompt();
        QVERIFY(box->findChild<QPushButton *>(u"configureRoomButton"_s));
        feed.stream.sent.clear();
        box->findChild<QPushButton *>(u"instantRoomButton"_s)->click();
        // XEP-0045 §10.1.2: an empty submitted form accepts the defaults.
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &iq) {
                const Element x =
                    iq.firstChild(u"query", ns::MucOwner).firstChild(u"x", ns::DataForms);
                return x && x.attribute(u"type") == u"submit";
            }));
    }

    void invitationPromptsAndJoins()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        feed.receive(u"<message from='%1' to='me@localhost/desk' id='inv1'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<invite from='alice@localhost/desk'><reason>Come in</reason></invite>"
                     "<password>cauldronburn</password></x></message>"_s.arg(RoomJid));
        QTRY_VERIFY(screen.rooms->joinFlow()->lastInvitation());
        InvitationPrompt *prompt = screen.rooms->joinFlow()->lastInvitation();
        QCOMPARE(prompt->textLabel()->text(),
                 u"The room %1 says alice@localhost invites you: Come in"_s.arg(RoomJid));
        feed.stream.sent.clear();
        prompt->joinButton()->click();
        QTRY_VERIFY(screen.page());
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &p) {
                return p.name() == u"presence" && p.attribute(u"to") == RoomJid + u"/me"_s &&
                       p.firstChild(u"x", ns::Muc).firstChild(u"password", ns::Muc).text() ==
                           u"cauldronburn";
            }));
    }

    void bookmarkToggleAndRoomsMenu()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        BookmarksMenu *menu = screen.window.bookmarksMenu();
        QVERIFY(menu->bookmarkActions().isEmpty());
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(page->composer()->isEnabled());
        QVERIFY(!page->bookmarkAction()->isChecked());
        page->bookmarkAction()->trigger();
        QTRY_VERIFY(feed.bookmarks.bookmark(Jid::parse(RoomJid)).has_value());
        QVERIFY(feed.bookmarks.bookmark(Jid::parse(RoomJid))->autojoin);
        QCOMPARE(feed.bookmarks.bookmark(Jid::parse(RoomJid))->nick, u"me"_s);
        QVERIFY(page->bookmarkAction()->isChecked());
        QTRY_COMPARE(menu->bookmarkActions().size(), 1);

        // Leaving, then the menu joins again.
        Q_EMIT screen.chatWindow->closeRequested(page);
        QVERIFY(!screen.page());
        feed.receive(u"<presence type='unavailable' from='%1/me' to='me@localhost/desk'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<item affiliation='none' role='none'/><status code='110'/></x>"
                     "</presence>"_s.arg(RoomJid));
        QTRY_VERIFY(!feed.muc->isRoom(Jid::parse(RoomJid)));
        feed.stream.sent.clear();
        menu->bookmarkActions().constFirst()->trigger();
        QTRY_VERIFY(
            std::any_of(feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &p) {
                return p.name() == u"presence" && p.attribute(u"to") == RoomJid + u"/me"_s &&
                       p.attribute(u"type").isEmpty();
            }));
        QTRY_VERIFY(screen.page());
    }

    // Paints the whole tab (delegates, notices, the occupant list); with LINNET_UI_SHOTS set
    // to a folder the picture is saved there for a person to look at.
    void theTabPaints()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        screen.window.show();
        RoomPage *page = screen.join();
        QVERIFY(page);
        feed.joinAs(u"owner"_s, u"moderator"_s);
        feed.occupant(u"carol"_s, u"none"_s, u"visitor"_s);
        feed.groupchat(u"alice"_s, u"Welcome to the lounge, everyone"_s, u"p1"_s);
        feed.groupchat(u"bob"_s, u"me: did you see the *news*?"_s, u"p2"_s);
        feed.groupchat(u"bob"_s, u"https://example.org/news"_s, u"p3"_s);
        QTRY_VERIFY(screen.messageRow(u"https://example.org/news"_s).isValid());
        screen.chatWindow->resize(820, 560);
        QVERIFY(QTest::qWaitForWindowExposed(screen.chatWindow));
        const QImage image = screen.chatWindow->grab().toImage();
        QVERIFY(!image.isNull());
        const QString folder = qEnvironmentVariable("LINNET_UI_SHOTS");
        if (!folder.isEmpty())
            QVERIFY(image.save(folder + u"/room-tab.png"_s));
        // Kicked: the banner over the messages.
        feed.receive(u"<presence type='unavailable' from='%1/me' to='me@localhost/desk'>"
                     "<x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<item affiliation='none' role='none'><actor nick='alice'/>"
                     "<reason>Too loud</reason></item>"
                     "<status code='110'/><status code='307'/></x></presence>"_s.arg(RoomJid));
        QTRY_VERIFY(!page->exitBanner()->isHidden());
        const QImage kicked = screen.chatWindow->grab().toImage();
        QVERIFY(!kicked.isNull());
        if (!folder.isEmpty())
            QVERIFY(kicked.save(folder + u"/room-tab-kicked.png"_s));
    }

    // A room in the conversation list (or the bookmarks) that we are not in opens the Join
    // Room dialog, never a one-on-one chat with the room's address.
    void openingARoomWeLeftOffersToJoin()
    {
        GroupChatFeed feed(freshDatabase());
        GroupChatScreen screen(feed);
        Bookmark bookmark;
        bookmark.room = Jid::parse(RoomJid);
        bookmark.nick = u"witch"_s;
        feed.bookmarks.set(bookmark);
        screen.chats->openChat(Jid::parse(RoomJid));
        QVERIFY(!screen.chats->conversationWidget(RoomJid));
        JoinRoomDialog *dialog = screen.rooms->joinFlow()->joinDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->roomEdit()->text(), RoomJid);
        QCOMPARE(dialog->nickEdit()->text(), u"witch"_s);
        dialog->close();
        // Anyone else is a one-on-one chat.
        screen.chats->openChat(Jid::parse(u"alice@localhost"));
        QVERIFY(screen.chats->conversationWidget(u"alice@localhost"_s));
    }
};

QTEST_MAIN(GroupChatTest)
#include "tst_groupchat.moc"
