// Accessibility, offscreen: every control a user can reach with the keyboard has a name a
// screen reader can say (its accessible name as Qt computes it: the set name, the text of a
// button, the label it is the buddy of), and every action has a text. The walk covers the
// main window with a chat and a room open, the chat window on each of its tabs, the quick
// switcher, the service browser, the XML console, the search window and the dialogs, so it
// keeps holding as controls are added.
#include "AddContactDialog.h"
#include "ContactListPanel.h"
#include "DiscoFeed.h"
#include "GroupChatScreen.h"
#include "RosterFeed.h"
#include "SignInDialog.h"
#include "UiTestProfile.h"
#include "browser/ServiceBrowser.h"
#include "chat/Composer.h"
#include "chat/ConversationWidget.h"
#include "chat/MessageSearchWindow.h"
#include "console/XmlConsole.h"
#include "console/XmlConsoleWindow.h"
#include "keyboard/QuickSwitcher.h"
#include "models/DiscoServices.h"
#include "muc/InvitationPrompt.h"
#include "muc/JoinRoomDialog.h"
#include "muc/RoomConfigDialog.h"
#include "muc/RoomPage.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWidgetAction>

using namespace Linnet;
using namespace Linnet::Test;
using namespace Qt::StringLiterals;

namespace {
QString describe(const QObject *object)
{
    if (!object)
        return u"nothing"_s;
    QString path = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        path += u" \""_s + object->objectName() + u'"';
    for (const QObject *parent = object->parent(); parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            path += u" in "_s + parent->objectName();
            break;
        }
    }
    return path;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// The controls of window (not of windows it owns) that a user reaches with Tab or a click and
// that have no accessible name, and the actions shown in its menus, tool bars and buttons (or
// answering a shortcut there) without a text.
QStringList unnamed(QWidget *window)
{
    QStringList missing;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    QSet<QAction *> actions;
    for (QWidget *widget : std::as_const(widgets)) {
        for (QAction *action : widget->actions())
            actions.insert(action);
        if (widget == window || widget->window() != window || !widget->isVisibleTo(window) ||
            widget->focusPolicy() == Qt::NoFocus)
            continue;
        // A label's name is its text: an empty one has nothing to say yet.
        if (const auto *label = qobject_cast<QLabel *>(widget); label && label->text().isEmpty())
            continue;
        if (accessibleName(widget).isEmpty())
            missing.append(describe(widget));
    }
    for (QAction *action : std::as_const(actions)) {
        // Qt's own (a line edit's clear button, the overflow buttons of menu and tool bars),
        // actions that show a widget instead of a text, and the menu of a button (the button
        // is what is named) are not ours to name.
        QObject *shownIn = action->associatedObjects().value(0);
        const auto *button = qobject_cast<QToolButton *>(shownIn);
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action) ||
            action->objectName().startsWith(u"_q_"_s) ||
            (shownIn && shownIn->objectName().startsWith(u"qt_"_s)) ||
            (button && action->menu() && button->menu() == action->menu()))
            continue;
        if (action->text().remove(u'&').trimmed().isEmpty())
            missing.append(u"action "_s + describe(action) + u" shown in "_s +
                           describe(action->associatedObjects().value(0)));
    }
    missing.sort();
    return missing;
}

// Fails with the list of what has no name.
#define VERIFY_NAMED(window)                                                                       \
    do {                                                                                           \
        const QStringList missing = unnamed(window);                                               \
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; "_s)));                            \
    } while (false)

struct Desk
{
    explicit Desk(const QString &databasePath) : feed(databasePath), screen(feed)
    {
        contacts.loadSampleRoster();
        ChatServices services = feed.chatServices();
        services.roster = &contacts.roster;
        screen.window.setContactManagers(contacts.managers());
        screen.window.setChatServices(services);
    }

    GroupChatFeed feed;
    RosterFeed contacts;
    GroupChatScreen screen;
};
} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private:
    Linnet::Test::UiTestProfile profile{u"a11y"_s};

private Q_SLOTS:
    void initTestCase() { QVERIFY(profile.setUp()); }

    // The walk itself finds what it should: a nameless button and an action without text.
    void theWalkFindsNamelessControls()
    {
        QWidget window;
        window.setObjectName(u"probe"_s);
        auto *nameless = new QToolButton(&window);
        nameless->setObjectName(u"nameless"_s);
        nameless->setFocusPolicy(Qt::TabFocus);
        auto *named = new QToolButton(&window);
        named->setText(u"Send"_s);
        auto *blank = new QAction(&window);
        blank->setObjectName(u"blank"_s);
        window.addAction(blank);
        QCOMPARE(unnamed(&window),
                 (QStringList{u"QToolButton \"nameless\" in probe"_s,
                              u"action QAction \"blank\" in probe shown in QWidget \"probe\""_s}));
        nameless->setAccessibleName(u"Attach"_s);
        blank->setText(u"&Blank"_s);
        VERIFY_NAMED(&window);
    }

    void mainAndChatWindowsWithAChatAndARoom()
    {
        Desk desk(profile.freshDatabase());
        QVERIFY(desk.feed.opened);
        MainWindow &window = desk.screen.window;
        RoomPage *room = desk.screen.join();
        QVERIFY(room);
        desk.feed.joinAs(u"owner"_s, u"moderator"_s);
        QTRY_VERIFY(room->composer()->isEnabled());
        desk.screen.chats->openChat(Jid::parse(u"bob@localhost"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        VERIFY_NAMED(&window);
        VERIFY_NAMED(window.accountDialog());

        ChatWindow *chatWindow = desk.screen.chatWindow;
        QVERIFY(QTest::qWaitForWindowExposed(chatWindow));
        for (ConversationWidget *page : chatWindow->conversations()) {
            chatWindow->tabWidget()->setCurrentWidget(page);
            page->showSearch(); // the search bar too
            QVERIFY2(unnamed(chatWindow).isEmpty(), qPrintable(page->conversation() + u": "_s +
                                                               unnamed(chatWindow).join(u"; "_s)));
            page->hideSearch();
        }
        // A detached conversation has its own window.
        ConversationWidget *bob = desk.screen.chats->conversationWidget(u"bob@localhost"_s);
        chatWindow->detach(bob);
        VERIFY_NAMED(bob->window());

        window.showQuickSwitcher();
        QVERIFY(window.quickSwitcher());
        VERIFY_NAMED(window.quickSwitcher());
        window.showNewChat();
        VERIFY_NAMED(window.quickSwitcher());

        desk.screen.chats->showSearchWindow();
        QVERIFY(desk.screen.chats->searchWindow());
        VERIFY_NAMED(desk.screen.chats->searchWindow());

        JoinRoomDialog *join = desk.screen.rooms->joinFlow()->showJoinDialog({}, true);
        QVERIFY(join);
        VERIFY_NAMED(join);
    }

    void toolWindowsAndDialogs()
    {
        RecordingStream stream(Jid::parse(u"me@localhost/desk"));
        DiscoServices services(stream);
        DiscoFeed feed(stream);
        ServiceBrowser browser({services.disco(), services.commands(), services.registration()});
        browser.show();
        VERIFY_NAMED(&browser);

        XmlConsole console(&stream);
        XmlConsoleWindow consoleWindow(&console);
        consoleWindow.show();
        VERIFY_NAMED(&consoleWindow);

        SignInDialog signIn;
        signIn.show();
        VERIFY_NAMED(&signIn);

        AddContactDialog addContact({u"Friends"_s});
        addContact.show();
        VERIFY_NAMED(&addContact);

        RoomConfigDialog config(u"Lounge"_s);
        config.show();
        VERIFY_NAMED(&config);

        MucInvitation invitation;
        invitation.room = Jid::parse(u"lounge@conference.localhost");
        invitation.inviter = Jid::parse(u"alice@localhost");
        invitation.reason = u"Tea?"_s;
        InvitationPrompt invited(invitation);
        invited.show();
        VERIFY_NAMED(&invited);
    }
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
