// The keyboard, offscreen: every shortcut of issue 7 is on its action and shows in a menu; no
// two actions of one window share a key; Ctrl+Tab, Ctrl+PgDown, Ctrl+PgUp and Ctrl+W move
// between and close tabs; Tab reaches the contact list in the main window and the composer,
// the tabs and the chat menu in the chat window (also with a room's occupants beside); and the
// quick switcher's Ctrl+K wins over a text field that claims the key (as fields do on X11).
#include "ContactListPanel.h"
#include "ContactListView.h"
#include "GroupChatScreen.h"
#include "RosterFeed.h"
#include "UiTestProfile.h"
#include "chat/Composer.h"
#include "chat/ConversationWidget.h"
#include "keyboard/QuickSwitcher.h"
#include "keyboard/ShortcutPriority.h"
#include "muc/OccupantList.h"
#include "muc/RoomPage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Linnet;
using namespace Linnet::Test;
using namespace Qt::StringLiterals;

namespace {
struct Desk
{
    explicit Desk(const QString &databasePath) : feed(databasePath), screen(feed)
    {
        contacts.loadRoster(u"<item jid='alice@localhost' name='Alice' subscription='both'/>"
                            u"<item jid='bob@localhost' name='Bob' subscription='both'/>"
                            u"<item jid='carol@localhost' name='Carol' subscription='both'/>"_s);
        ChatServices services = feed.chatServices();
        services.roster = &contacts.roster;
        screen.window.setContactManagers(contacts.managers());
        screen.window.setChatServices(services);
    }
    ConversationWidget *open(const QString &jid)
    {
        screen.chats->openChat(Jid::parse(jid));
        return screen.chats->conversationWidget(jid);
    }

    GroupChatFeed feed;
    RosterFeed contacts;
    GroupChatScreen screen;
};

// Every action in the menu and its submenus.
QList<QAction *> menuActions(const QList<QAction *> &actions)
{
    QList<QAction *> all;
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        all.append(action);
        if (action->menu())
            all += menuActions(action->menu()->actions());
    }
    return all;
}

QAction *named(const QList<QAction *> &actions, const QString &name)
{
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

// The keys that more than one of the actions answer to.
QStringList sharedKeys(const QList<QAction *> &actions)
{
    QHash<QKeySequence, QString> owner;
    QStringList shared;
    for (QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString previous = owner.value(key);
            if (!previous.isEmpty() && previous != action->objectName())
                shared.append(key.toString() + u": "_s + previous + u", "_s + action->objectName());
            owner.insert(key, action->objectName());
        }
    }
    return shared;
}

// Presses Tab up to limit times from the focus widget; the widgets that had the focus.
QList<QWidget *> tabCycle(int limit)
{
    QList<QWidget *> seen;
    for (int i = 0; i < limit && QApplication::focusWidget(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen.append(QApplication::focusWidget());
    }
    return seen;
}

// A line edit that claims Ctrl+K for itself, as Qt's text fields do on X11 (delete to the end
// of the line).
class ClaimingLineEdit : public QLineEdit
{
public:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->keyCombination() == (Qt::CTRL | Qt::Key_K)) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->keyCombination() == (Qt::CTRL | Qt::Key_K))
            setText(text().left(cursorPosition()));
        else
            QLineEdit::keyPressEvent(event);
    }
};
} // namespace

class KeyboardTest : public QObject
{
    Q_OBJECT
private:
    Linnet::Test::UiTestProfile profile{u"keys"_s};
    QString freshDatabase() { return profile.freshDatabase(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(profile.setUp()); }

    void shortcutsShowInTheMenus()
    {
        Desk desk(freshDatabase());
        MainWindow &window = desk.screen.window;
        const QList<QAction *> menus = menuActions(window.menuBar()->actions());
        const QList<std::pair<QString, QKeySequence>> expected{
            {u"newChatAction"_s, QKeySequence(u"Ctrl+N"_s)},
            {u"quickSwitcherAction"_s, QKeySequence(u"Ctrl+K"_s)},
            {u"joinRoomAction"_s, QKeySequence(u"Ctrl+J"_s)},
            {u"searchMessagesAction"_s, QKeySequence(u"Ctrl+Shift+F"_s)},
            {u"addContactAction"_s, QKeySequence(u"Ctrl+Shift+N"_s)},
            {u"signInAction"_s, QKeySequence(u"Ctrl+Shift+I"_s)},
            {u"signOutAction"_s, QKeySequence(u"Ctrl+Shift+O"_s)},
            {u"serviceBrowserAction"_s, QKeySequence(u"Ctrl+Shift+B"_s)},
            {u"xmlConsoleAction"_s, QKeySequence(u"Ctrl+Shift+X"_s)},
            {u"quitAction"_s, QKeySequence(QKeySequence::Quit)},
        };
        for (const auto &[name, key] : expected) {
            QAction *action = named(menus, name);
            QVERIFY2(action, qPrintable(name));
            QCOMPARE(action->shortcut(), key);
            // Its icon comes from the resources and renders.
            QVERIFY2(!action->icon().pixmap(QSize(32, 32)).isNull(), qPrintable(name));
        }

        // The chat window's menu has its own keys, with Find of the conversation in front.
        ChatWindow *chatWindow = desk.screen.chatWindow;
        QVERIFY(desk.open(u"alice@localhost"_s));
        QMenu *chatMenu = chatWindow->windowMenu();
        Q_EMIT chatMenu->aboutToShow();
        const QList<QAction *> chatActions = menuActions(chatMenu->actions());
        const QList<std::pair<QString, QKeySequence>> chatExpected{
            {u"chatNewChatAction"_s, QKeySequence(u"Ctrl+N"_s)},
            {u"chatQuickSwitcherAction"_s, QKeySequence(u"Ctrl+K"_s)},
            {u"chatJoinRoomAction"_s, QKeySequence(u"Ctrl+J"_s)},
            {u"searchAllAction"_s, QKeySequence(u"Ctrl+Shift+F"_s)},
            {u"findInConversationAction"_s, QKeySequence(QKeySequence::Find)},
            {u"closeTabAction"_s, QKeySequence(u"Ctrl+W"_s)},
            {u"detachTabAction"_s, QKeySequence(u"Ctrl+Shift+D"_s)},
        };
        for (const auto &[name, key] : chatExpected) {
            QAction *action = named(chatActions, name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(action->shortcuts().contains(key), qPrintable(name));
        }
        QAction *next = named(chatActions, u"nextTabAction"_s);
        QAction *previous = named(chatActions, u"previousTabAction"_s);
        QVERIFY(next && previous);
        QVERIFY(next->shortcuts().contains(QKeySequence(u"Ctrl+Tab"_s)));
        QVERIFY(next->shortcuts().contains(QKeySequence(u"Ctrl+PgDown"_s)));
        QVERIFY(previous->shortcuts().contains(QKeySequence(u"Ctrl+PgUp"_s)));
        QVERIFY(
            previous->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)));

        // Find follows the conversation in front, and leaves with it.
        ConversationWidget *bob = desk.open(u"bob@localhost"_s);
        Q_EMIT chatMenu->aboutToShow();
        QAction *find = named(chatMenu->actions(), u"findInConversationAction"_s);
        QVERIFY(find);
        QCOMPARE(find->parent(), bob);
        QCOMPARE(chatMenu->actions().count(find), 1);

        // A room's actions are there, with their keys, while its tab is in front.
        RoomPage *room = desk.screen.join();
        QVERIFY(room);
        chatWindow->tabWidget()->setCurrentWidget(room);
        Q_EMIT chatMenu->aboutToShow();
        QAction *invite = named(chatMenu->actions(), u"inviteAction"_s);
        QVERIFY(invite);
        QCOMPARE(invite->shortcut(), QKeySequence(u"Ctrl+I"_s));
        QVERIFY(named(chatMenu->actions(), u"leaveRoomAction"_s));
        QCOMPARE(named(chatMenu->actions(), u"findInConversationAction"_s)->parent(), room);
        QCOMPARE(chatMenu->actions().count(find), 0);
    }

    void noTwoActionsOfAWindowShareAKey()
    {
        Desk desk(freshDatabase());
        MainWindow &window = desk.screen.window;
        QList<QAction *> mainActions = menuActions(window.menuBar()->actions()) + window.actions();
        QCOMPARE(sharedKeys(mainActions), QStringList());

        // The chat window's keys with those of a chat, then with those of a room.
        ConversationWidget *page = desk.open(u"alice@localhost"_s);
        QVERIFY(page);
        RoomPage *room = desk.screen.join();
        QVERIFY(room);
        for (ConversationWidget *front : {page, static_cast<ConversationWidget *>(room)}) {
            QList<QAction *> chatActions = desk.screen.chatWindow->actions();
            for (QAction *action : front->findChildren<QAction *>()) {
                if (!action->shortcuts().isEmpty())
                    chatActions.append(action);
            }
            QCOMPARE(sharedKeys(chatActions), QStringList());
        }
    }

    void tabKeysSwitchAndCloseTabs()
    {
        Desk desk(freshDatabase());
        ChatWindow *chatWindow = desk.screen.chatWindow;
        ConversationWidget *alice = desk.open(u"alice@localhost"_s);
        ConversationWidget *bob = desk.open(u"bob@localhost"_s);
        ConversationWidget *carol = desk.open(u"carol@localhost"_s);
        QVERIFY(QTest::qWaitForWindowActive(chatWindow));
        QCOMPARE(chatWindow->currentConversation(), carol);
        QCOMPARE(QApplication::focusWidget(), carol->composer());

        const auto press = [](QKeyCombination keys) {
            QTest::keyClick(QApplication::focusWidget(), keys.key(), keys.keyboardModifiers());
        };
        press(Qt::CTRL | Qt::Key_Tab); // wraps around to the first tab
        QCOMPARE(chatWindow->currentConversation(), alice);
        QCOMPARE(QApplication::focusWidget(), alice->composer()); // ready to type
        press(Qt::CTRL | Qt::Key_PageDown);
        QCOMPARE(chatWindow->currentConversation(), bob);
        press(Qt::CTRL | Qt::Key_PageUp);
        QCOMPARE(chatWindow->currentConversation(), alice);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab);
        QCOMPARE(chatWindow->currentConversation(), carol);

        press(Qt::CTRL | Qt::Key_W);
        QVERIFY(!desk.screen.chats->conversationWidget(u"carol@localhost"_s));
        QCOMPARE(chatWindow->conversations().size(), 2);
    }

    void tabReachesTheContactList()
    {
        Desk desk(freshDatabase());
        MainWindow &window = desk.screen.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLineEdit *search = window.contactList()->findChild<QLineEdit *>();
        QVERIFY(search);
        search->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), search);
        const QList<QWidget *> cycle = tabCycle(20);
        QVERIFY(cycle.contains(window.contactList()->view()));
        QVERIFY(cycle.contains(search)); // and round again
    }

    void tabReachesComposerTabsAndMenu()
    {
        Desk desk(freshDatabase());
        ChatWindow *chatWindow = desk.screen.chatWindow;
        ConversationWidget *alice = desk.open(u"alice@localhost"_s);
        QVERIFY(desk.open(u"bob@localhost"_s));
        QVERIFY(QTest::qWaitForWindowActive(chatWindow));
        chatWindow->tabWidget()->setCurrentWidget(alice);
        QCOMPARE(QApplication::focusWidget(), alice->composer());
        const QList<QWidget *> cycle = tabCycle(20);
        QVERIFY(cycle.contains(chatWindow->tabWidget()->tabBar()));
        QVERIFY(cycle.contains(chatWindow->findChild<QToolButton *>(u"chatMenuButton"_s)));
        QVERIFY(cycle.contains(alice->composer()));
        // Every stop is in the chat window and on screen.
        for (QWidget *widget : cycle) {
            QCOMPARE(widget->window(), chatWindow);
            QVERIFY(widget->isVisible());
        }
    }

    void tabInARoomReachesTheOccupants()
    {
        Desk desk(freshDatabase());
        RoomPage *room = desk.screen.join();
        QVERIFY(room);
        desk.feed.joinAs(u"none"_s, u"participant"_s);
        QTRY_VERIFY(room->composer()->isEnabled());
        ChatWindow *chatWindow = desk.screen.chatWindow;
        chatWindow->show();
        chatWindow->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(chatWindow));
        room->composer()->setFocus(Qt::TabFocusReason);
        const QList<QWidget *> cycle = tabCycle(30);
        QVERIFY(cycle.contains(static_cast<QWidget *>(room->occupantList())));
        QVERIFY(cycle.contains(chatWindow->tabWidget()->tabBar()));
        QVERIFY(cycle.contains(room->composer()));
    }

    void ctrlKWinsOverATextFieldThatClaimsIt()
    {
        QWidget window;
        auto *field = new ClaimingLineEdit;
        field->setParent(&window);
        auto *action = new QAction(u"Go to Conversation"_s, &window);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        window.addAction(action);
        QSignalSpy triggered(action, &QAction::triggered);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        field->setText(u"hello world"_s);
        field->setCursorPosition(5);

        // Without priority the field takes the key, as on X11.
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 0);
        QCOMPARE(field->text(), u"hello"_s);

        field->setText(u"hello world"_s);
        field->setCursorPosition(5);
        ShortcutPriority priority;
        priority.add(action);
        qApp->installEventFilter(&priority);
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(field->text(), u"hello world"_s);
        // A disabled action leaves the key to the field.
        action->setEnabled(false);
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(field->text(), u"hello"_s);
        qApp->removeEventFilter(&priority);
    }

    void theMainWindowGivesCtrlKPriority()
    {
        Desk desk(freshDatabase());
        MainWindow &window = desk.screen.window;
        auto *field = new ClaimingLineEdit;
        field->setObjectName(u"claimingField"_s);
        field->setAccessibleName(u"Claiming field"_s);
        window.contactList()->layout()->addWidget(field);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(window.quickSwitcher());
        QCOMPARE(window.quickSwitcher()->mode(), QuickSwitcher::Mode::Switch);
    }
};

QTEST_MAIN(KeyboardTest)
#include "tst_keyboard.moc"
