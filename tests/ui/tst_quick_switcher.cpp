// The quick switcher (Ctrl+K) and New Chat (Ctrl+N), offscreen, over the main window with a
// roster, a real HistoryStore and a MucManager on recording streams: recent conversations come
// first, then contacts, then bookmarked rooms; typing filters by name and address ignoring
// case; Up and Down move; Enter opens the chosen conversation in the chat window (a chat
// through the ChatController, a room through the RoomController, a bookmarked room by joining
// it); Escape closes without opening anything; a typed address starts a new chat.
#include "GroupChatScreen.h"
#include "RosterFeed.h"
#include "UiTestProfile.h"
#include "chat/ConversationWidget.h"
#include "im/Roster.h"
#include "keyboard/QuickSwitcher.h"
#include "keyboard/QuickSwitcherModel.h"
#include "keyboard/SwitcherEntries.h"
#include "muc/RoomPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Linnet;
using namespace Linnet::Test;
using namespace Qt::StringLiterals;

namespace {
const QString TeaRoom = u"tea@conference.localhost"_s;

// The main window over chat and room services with a roster of three and a bookmarked room.
struct Desk
{
    explicit Desk(const QString &databasePath) : feed(databasePath), screen(feed)
    {
        contacts.loadRoster(u"<item jid='alice@localhost' name='Alice' subscription='both'/>"
                            u"<item jid='bob@localhost' name='Bob Builder' subscription='both'/>"
                            u"<item jid='carol@localhost' subscription='both'/>"_s);
        ChatServices services = feed.chatServices();
        services.roster = &contacts.roster;
        screen.window.setContactManagers(contacts.managers());
        screen.window.setChatServices(services);
        Bookmark tea;
        tea.room = Jid::parse(TeaRoom);
        tea.name = u"Tea Room"_s;
        tea.nick = u"sipper"_s;
        feed.bookmarks.set(tea);
    }

    SwitcherSources sources()
    {
        return {feed.conversations.get(), &contacts.roster, &feed.bookmarks, feed.muc.get()};
    }
    // A chat message from someone, stored and in the conversation list.
    bool receiveChat(const QString &from, const QString &body)
    {
        feed.receive(u"<message type='chat' from='%1/res' to='me@localhost/desk' id='%2'>"
                     "<body>%2</body></message>"_s.arg(from, body));
        return QTest::qWaitFor([&] { return feed.conversations->unreadCount(from) > 0; });
    }
    // Presses keys in widget (a window's focus widget) and waits for the switcher to be active.
    QuickSwitcher *openWithKeys(QWidget *widget, QKeyCombination keys)
    {
        if (!QTest::qWaitFor([this] { return !screen.window.quickSwitcher(); }))
            return nullptr; // the previous one is still there
        QTest::keyClick(widget, keys.key(), keys.keyboardModifiers());
        QuickSwitcher *switcher = screen.window.quickSwitcher();
        if (switcher &&
            !QTest::qWaitFor([switcher] { return QApplication::activeWindow() == switcher; }))
            qWarning() << "The quick switcher did not become active";
        return switcher;
    }
    QStringList rows(QuickSwitcher *switcher) const
    {
        QStringList names;
        const QAbstractItemModel *model = switcher->list()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data().toString());
        return names;
    }

    GroupChatFeed feed;
    RosterFeed contacts;
    GroupChatScreen screen;
};

QStringList jids(const QList<SwitcherEntry> &entries)
{
    QStringList list;
    for (const SwitcherEntry &entry : entries)
        list.append(entry.jid);
    return list;
}
} // namespace

class QuickSwitcherTest : public QObject
{
    Q_OBJECT
private:
    Linnet::Test::UiTestProfile profile{u"switcher"_s};
    QString freshDatabase() { return profile.freshDatabase(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(profile.setUp()); }

    void recentConversationsComeFirstThenContactsThenRooms()
    {
        Desk desk(freshDatabase());
        QVERIFY(desk.feed.opened);
        QVERIFY(desk.receiveChat(u"carol@localhost"_s, u"first"_s));
        QVERIFY(desk.receiveChat(u"zed@localhost"_s, u"second"_s));
        const QList<SwitcherEntry> entries = collectSwitcherEntries(desk.sources());
        // Most recent conversation first; contacts without one by name; then the room. Carol
        // is once, as a conversation.
        QCOMPARE(jids(entries), (QStringList{u"zed@localhost"_s, u"carol@localhost"_s,
                                             u"alice@localhost"_s, u"bob@localhost"_s, TeaRoom}));
        QCOMPARE(entries.at(0).unread, 1);
        QCOMPARE(entries.at(2).name, u"Alice"_s);
        QCOMPARE(entries.at(3).name, u"Bob Builder"_s);
        QCOMPARE(entries.at(4).name, u"Tea Room"_s);
        QCOMPARE(entries.at(4).kind, SwitcherEntry::Kind::Room);
        QCOMPARE(entries.at(0).kind, SwitcherEntry::Kind::Chat);
        // Without any source there is nothing.
        QVERIFY(collectSwitcherEntries({}).isEmpty());
    }

    void typingFiltersByNameAndAddressIgnoringCase()
    {
        const QList<SwitcherEntry> entries{
            {u"alice@localhost"_s, u"Alice"_s, SwitcherEntry::Kind::Chat, 0},
            {u"bob@localhost"_s, u"Bob Builder"_s, SwitcherEntry::Kind::Chat, 2},
            {TeaRoom, u"Tea Room"_s, SwitcherEntry::Kind::Room, 0},
        };
        QuickSwitcherModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(), u"Bob Builder (2 unread)"_s);
        model.setFilter(u"BUILD"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(QuickSwitcherModel::JidRole).toString(),
                 u"bob@localhost"_s);
        // By address; and what is typed is an address too, so a new chat with it is offered.
        model.setFilter(u"ALICE@loc"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).name, u"Alice"_s);
        QCOMPARE(model.entry(1).kind, SwitcherEntry::Kind::NewAddress);
        QCOMPARE(model.entry(1).jid, u"alice@loc"_s);
        model.setFilter(u"room tea"_s); // every word, in any order
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).kind, SwitcherEntry::Kind::Room);
        model.setFilter(u"localhost"_s);
        QCOMPARE(model.rowCount(), 3);
        model.setFilter(u"nobody"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!switcherEntryMatches(entries.at(0), u"alice bob"_s));
    }

    void aTypedAddressOffersANewChat()
    {
        QuickSwitcherModel model;
        model.setEntries({{u"bob@localhost"_s, u"Bob"_s, SwitcherEntry::Kind::Chat, 0}});
        model.setFilter(u"zoe@example.org"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).kind, SwitcherEntry::Kind::NewAddress);
        QCOMPARE(model.index(0, 0).data().toString(), u"Chat with zoe@example.org"_s);
        // An address we know is offered as itself, once.
        model.setFilter(u"BOB@localhost"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).kind, SwitcherEntry::Kind::Chat);
        // Not an address: a word, a domain, something invalid.
        for (const QString &text : {u"zoe"_s, u"example.org"_s, u"a@b@c"_s, u"zoe @x.org"_s}) {
            model.setFilter(text);
            QVERIFY2(model.rowCount() == 0, qPrintable(text));
        }
    }

    // The GUI test of issue 7: Ctrl+K, a few letters, Enter, and the conversation is open.
    void quickSwitcherOpensAConversation()
    {
        Desk desk(freshDatabase());
        QVERIFY(desk.feed.opened);
        MainWindow &window = desk.screen.window;
        QVERIFY(window.quickSwitcherAction()->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QuickSwitcher *switcher = desk.openWithKeys(&window, Qt::CTRL | Qt::Key_K);
        QVERIFY(switcher);
        QCOMPARE(switcher->mode(), QuickSwitcher::Mode::Switch);
        QVERIFY(switcher->isVisible());
        QCOMPARE(QApplication::focusWidget(), switcher->filterEdit());
        QCOMPARE(desk.rows(switcher),
                 (QStringList{u"Alice"_s, u"Bob Builder"_s, u"carol@localhost"_s, u"Tea Room"_s}));
        QTest::keyClicks(QApplication::focusWidget(), u"CAR"_s);
        QCOMPARE(desk.rows(switcher), QStringList{u"carol@localhost"_s});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        ConversationWidget *page = desk.screen.chats->conversationWidget(u"carol@localhost"_s);
        QVERIFY(page);
        QCOMPARE(desk.screen.chatWindow->currentConversation(), page);
        QVERIFY(desk.screen.chatWindow->isVisible());
        QTRY_VERIFY(!window.quickSwitcher()); // closed and gone
    }

    void upAndDownMoveEscapeCloses()
    {
        Desk desk(freshDatabase());
        MainWindow &window = desk.screen.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QuickSwitcher *switcher = desk.openWithKeys(&window, Qt::CTRL | Qt::Key_K);
        QVERIFY(switcher);
        QListView *list = switcher->list();
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Down);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Up);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Up); // stays on the first row
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_PageDown);
        QCOMPARE(list->currentIndex().row(), 3);     // the last row at most
        QVERIFY(switcher->filterEdit()->hasFocus()); // the focus stays in the filter
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Up);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return); // the row chosen, not the first
        QTRY_VERIFY(desk.screen.chats->conversationWidget(u"carol@localhost"_s));
        QVERIFY(!desk.screen.chats->conversationWidget(u"alice@localhost"_s));

        // From the chat window, which the chosen conversation brought to the front.
        QTRY_COMPARE(QApplication::activeWindow(), desk.screen.chatWindow);
        switcher = desk.openWithKeys(QApplication::focusWidget(), Qt::CTRL | Qt::Key_K);
        QVERIFY(switcher);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!window.quickSwitcher());
        QCOMPARE(desk.screen.chatWindow->conversations().size(), 1);
    }

    void aRoomOpensItsTab()
    {
        Desk desk(freshDatabase());
        RoomPage *room = desk.screen.join();
        QVERIFY(room);
        desk.feed.joinAs(u"none"_s, u"participant"_s);
        desk.screen.chats->openChat(Jid::parse(u"alice@localhost"_s));
        ChatWindow *chatWindow = desk.screen.chatWindow;
        QVERIFY(QTest::qWaitForWindowActive(chatWindow));
        QVERIFY(chatWindow->currentConversation() != room);
        // Ctrl+K works in the chat window too, and opens over it.
        QuickSwitcher *switcher =
            desk.openWithKeys(QApplication::focusWidget(), Qt::CTRL | Qt::Key_K);
        QVERIFY(switcher);
        QCOMPARE(switcher->parentWidget(), chatWindow);
        QTest::keyClicks(switcher->filterEdit(), u"lounge"_s);
        QCOMPARE(switcher->model()->entry(0).kind, SwitcherEntry::Kind::Room);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Enter);
        QCOMPARE(chatWindow->currentConversation(), room);
        QVERIFY(!desk.screen.chats->conversationWidget(RoomJid)); // no one-on-one tab
    }

    void aBookmarkedRoomIsJoined()
    {
        Desk desk(freshDatabase());
        desk.screen.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&desk.screen.window));
        QuickSwitcher *switcher = desk.openWithKeys(&desk.screen.window, Qt::CTRL | Qt::Key_K);
        QVERIFY(switcher);
        desk.feed.stream.sent.clear();
        QTest::keyClicks(switcher->filterEdit(), u"tea"_s);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return);
        // Joined with the bookmark's nick; the room's tab is open.
        const QList<Element> presences = desk.feed.sent(u"presence"_s);
        QVERIFY(std::any_of(presences.cbegin(), presences.cend(), [](const Element &presence) {
            return presence.attribute(u"to") == TeaRoom + u"/sipper"_s;
        }));
        QVERIFY(desk.screen.rooms->page(Jid::parse(TeaRoom)));
    }

    void newChatStartsOneWithATypedAddress()
    {
        Desk desk(freshDatabase());
        MainWindow &window = desk.screen.window;
        QCOMPARE(window.newChatAction()->shortcut(), QKeySequence(QKeySequence::New));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QuickSwitcher *switcher = desk.openWithKeys(&window, Qt::CTRL | Qt::Key_N);
        QVERIFY(switcher);
        QCOMPARE(switcher->mode(), QuickSwitcher::Mode::NewChat);
        QCOMPARE(switcher->windowTitle(), QuickSwitcher::tr("New Chat"));
        QTest::keyClicks(switcher->filterEdit(), u"zoe@example.org"_s);
        QCOMPARE(desk.rows(switcher), QStringList{u"Chat with zoe@example.org"_s});
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return);
        ConversationWidget *page = desk.screen.chats->conversationWidget(u"zoe@example.org"_s);
        QVERIFY(page);
        QCOMPARE(desk.screen.chatWindow->currentConversation(), page);
        // Enter with nothing to choose does nothing.
        // Again from the chat window: Ctrl+N works there too.
        QTRY_COMPARE(QApplication::activeWindow(), desk.screen.chatWindow);
        switcher = desk.openWithKeys(QApplication::focusWidget(), Qt::CTRL | Qt::Key_N);
        QVERIFY(switcher);
        QTest::keyClicks(switcher->filterEdit(), u"nobody"_s);
        QTest::keyClick(switcher->filterEdit(), Qt::Key_Return);
        QVERIFY(switcher->isVisible());
        QCOMPARE(desk.screen.chatWindow->conversations().size(), 1);
    }

    void signedOutItSaysSo()
    {
        MainWindow window;
        QVERIFY(!window.quickSwitcherAction()->isEnabled());
        QVERIFY(!window.newChatAction()->isEnabled());
        window.showQuickSwitcher();
        QVERIFY(!window.quickSwitcher());
    }
};

QTEST_MAIN(QuickSwitcherTest)
#include "tst_quick_switcher.moc"
