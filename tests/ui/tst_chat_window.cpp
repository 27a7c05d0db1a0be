// The chat windows as a user sees them, offscreen, over a real HistoryStore (a temporary
// database) and a ChatManager on a recording stream: received messages in their tabs, sending
// with Enter, new lines with Shift+Enter, correcting with Up, unread counts on tabs, contacts
// and the title, the typing indicator, search, detached windows and notifications.
#include "ContactDelegate.h"
#include "ContactListPanel.h"
#include "ContactListView.h"
#include "ContactsTestXml.h"
#include "MainWindow.h"
#include "RecordingStream.h"
#include "UiTestProfile.h"
#include "chat/ChatController.h"
#include "chat/ChatWindow.h"
#include "chat/Composer.h"
#include "chat/ConversationView.h"
#include "chat/ConversationWidget.h"
#include "chat/MessageDelegate.h"
#include "chat/MessageSearchPanel.h"
#include "chat/MessageSearchWindow.h"
#include "chat/Notifier.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Linnet;
using namespace Linnet::Test;
using namespace Qt::StringLiterals;

namespace {
const QString Alice = u"alice@localhost"_s;
const QString Bob = u"bob@localhost"_s;

// One account's chat services on a recording stream and a database file.
struct ChatFeed
{
    explicit ChatFeed(const QString &databasePath)
        : stream(Jid::parse(u"me@localhost/desk")), roster(stream), presence(&stream),
          carbons(stream), archive(stream)
    {
        opened = database.open(databasePath).result().ok;
        history = std::make_unique<HistoryStore>(database);
        chats = std::make_unique<ChatManager>(stream, *history, carbons, archive);
        conversations = std::make_unique<ConversationListModel>(*history);
        roster.fetch();
        const QString id = stream.sent.takeLast().attribute(u"id");
        stream.receive(stanzaFromXml(
            u"<iq type='result' id='%1'><query xmlns='jabber:iq:roster' ver='1'>"
            "<item jid='alice@localhost' name='Alice' subscription='both'/>"
            "<item jid='bob@localhost' name='Bob' subscription='both'/></query></iq>"_s.arg(id)));
    }

    ChatServices services() { return {chats.get(), history.get(), conversations.get(), &roster}; }
    ContactManagers managers() { return {&roster, &presence, nullptr, nullptr, nullptr}; }
    void receive(const QString &xml) { stream.receive(stanzaFromXml(xml)); }
    void receiveBody(const QString &from, const QString &body, const QString &id)
    {
        receive(u"<message type='chat' from='%1' to='me@localhost/desk' id='%2'><body>%3</body>"
                "<markable xmlns='urn:xmpp:chat-markers:0'/></message>"_s.arg(from, id, body));
    }
    // The <message/>s with a body we sent.
    QList<Element> sentMessages() const
    {
        QList<Element> found;
        for (const Element &stanza : stream.sent) {
            if (stanza.name() == u"message" && stanza.firstChild(u"body", ns::Client))
                found.append(stanza);
        }
        return found;
    }
    bool sentChild(const QString &name, QStringView xmlns) const
    {
        return std::any_of(stream.sent.cbegin(), stream.sent.cend(), [&](const Element &stanza) {
            return stanza.name() == u"message" && stanza.firstChild(name, xmlns);
        });
    }

    RecordingStream stream;
    Roster roster;
    PresenceManager presence;
    Carbons carbons;
    Archive archive;
    Database database;
    bool opened = false;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<ChatManager> chats;
    std::unique_ptr<ConversationListModel> conversations;
};

class RecordingNotifier : public Notifier
{
public:
    void notify(const ChatNotification &notification) override { shown.append(notification); }
    void withdraw(const QString &conversation) override { withdrawn.append(conversation); }

    QList<ChatNotification> shown;
    QStringList withdrawn;
};

// The main window with its chat window over a feed, notifications recorded.
struct Screen
{
    explicit Screen(ChatFeed &feed)
    {
        window.setContactManagers(feed.managers());
        window.setChatServices(feed.services());
        chats = window.chatController();
        chats->setNotifier(&notifier);
        chats->setUrlOpener([this](const QUrl &url) { opened.append(url); });
        chatWindow = window.chatWindow();
    }

    ConversationWidget *open(const QString &jid)
    {
        chats->openChat(Jid::parse(jid));
        ConversationWidget *page = chats->conversationWidget(jid);
        if (page && !QTest::qWaitFor([&] { return chats->messageModel(jid)->isLoaded(); }))
            qWarning() << "The messages of" << jid << "did not load";
        return page;
    }
    QString tabText(const QString &jid) const
    {
        QTabWidget *tabs = chatWindow->tabWidget();
        return tabs->tabText(tabs->indexOf(chats->conversationWidget(jid)));
    }

    RecordingNotifier notifier;
    MainWindow window;
    ChatController *chats = nullptr;
    ChatWindow *chatWindow = nullptr;
    QList<QUrl> opened;
};

// "Sender: text" for every message a conversation shows, as the delegate names them.
QStringList shownMessages(ConversationWidget *page)
{
    QStringList rows;
    if (!page)
        return rows;
    const QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        rows.append(page->view()->messageDelegate()->senderName(index) + u": "_s +
                    index.data(MessageModel::BodyRole).toString());
    }
    return rows;
}

QModelIndex lastRow(ConversationWidget *page)
{
    const QAbstractItemModel *model = page->view()->model();
    return model->index(model->rowCount() - 1, 0);
}

QModelIndex contactRow(ContactListView *view, const QString &jid)
{
    const QAbstractItemModel *model = view->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(RosterModel::JidRole).toString() == jid)
                return index;
        }
    }
    return {};
}
} // namespace

class ChatWindowTest : public QObject
{
    Q_OBJECT
private:
    Linnet::Test::UiTestProfile profile{u"chat"_s};
    QString freshDatabase() { return profile.freshDatabase(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(profile.setUp()); }

    void receivedMessageShowsInItsTab()
    {
        ChatFeed feed(freshDatabase());
        QVERIFY(feed.opened);
        Screen screen(feed);
        feed.receiveBody(u"alice@localhost/x"_s, u"Hello there"_s, u"a1"_s);
        QTRY_VERIFY(screen.chats->conversationWidget(Alice));
        ConversationWidget *alice = screen.chats->conversationWidget(Alice);
        QVERIFY(screen.chatWindow->tabWidget()->indexOf(alice) >= 0);
        QTRY_COMPARE(shownMessages(alice), QStringList{u"Alice: Hello there"_s});
        QVERIFY(MessageDelegate::bodyHtml(lastRow(alice)).contains(u"Hello there"_s));
        QVERIFY(MessageDelegate::dayText(lastRow(alice)) == u"Today"_s);
        QCOMPARE(screen.notifier.shown.size(), 1);
        QCOMPARE(screen.notifier.shown.constFirst().title, u"Alice"_s);
        QCOMPARE(screen.notifier.shown.constFirst().body, u"Hello there"_s);
        QCOMPARE(screen.notifier.shown.constFirst().conversation, Alice);

        // Another contact's message goes to another tab.
        feed.receiveBody(u"bob@localhost/phone"_s, u"Hi, it's Bob"_s, u"b1"_s);
        QTRY_VERIFY(screen.chats->conversationWidget(Bob));
        QTRY_COMPARE(shownMessages(screen.chats->conversationWidget(Bob)),
                     QStringList{u"Bob: Hi, it's Bob"_s});
        QCOMPARE(shownMessages(alice), QStringList{u"Alice: Hello there"_s});
        QCOMPARE(screen.chatWindow->tabWidget()->count(), 2);

        // Clicking the notification opens the conversation.
        Q_EMIT screen.notifier.activated(Bob);
        QCOMPARE(screen.chatWindow->currentConversation()->conversation(), Bob);
    }

    void enterSendsAndShowsDelivery()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        ConversationWidget *page = screen.open(Alice);
        QVERIFY(page);
        Composer *composer = page->composer();
        QTest::keyClicks(composer, u"Hi Alice"_s);
        QVERIFY(feed.sentChild(u"composing"_s, ns::ChatStates));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE(feed.sentMessages().size(), 1);
        const Element sent = feed.sentMessages().constFirst();
        QCOMPARE(sent.attribute(u"to"), Alice);
        QCOMPARE(sent.childText(u"body", ns::Client), u"Hi Alice"_s);
        QCOMPARE(composer->toPlainText(), QString());
        QTRY_COMPARE(shownMessages(page), QStringList{u"Me: Hi Alice"_s});
        QTRY_COMPARE(MessageDelegate::deliveryIconName(lastRow(page)), u"sent"_s);

        const QString id = sent.attribute(u"id");
        feed.receive(u"<message from='alice@localhost/x' id='r1'>"
                     "<received xmlns='urn:xmpp:receipts' id='%1'/></message>"_s.arg(id));
        QTRY_COMPARE(MessageDelegate::deliveryIconName(lastRow(page)), u"delivered"_s);
        feed.receive(u"<message from='alice@localhost/x' id='d1' type='chat'>"
                     "<displayed xmlns='urn:xmpp:chat-markers:0' id='%1'/></message>"_s.arg(id));
        QTRY_COMPARE(MessageDelegate::deliveryIconName(lastRow(page)), u"displayed"_s);

        // A failed message shows why, and "Retry" sends it again.
        QTest::keyClicks(composer, u"Are you there?"_s);
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE(feed.sentMessages().size(), 2);
        const QString second = feed.sentMessages().constLast().attribute(u"id");
        QTRY_COMPARE(shownMessages(page).size(), 2);
        feed.receive(u"<message type='error' from='alice@localhost' id='%1'><error type='cancel'>"
                     "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                     "</error></message>"_s.arg(second));
        QTRY_COMPARE(MessageDelegate::deliveryIconName(lastRow(page)), u"failed"_s);
        QVERIFY(MessageDelegate::deliveryToolTip(lastRow(page)).startsWith(u"Not delivered"_s));
        QObject owner;
        const QList<QAction *> actions = page->view()->actionsFor(lastRow(page), QString(), &owner);
        QAction *retry = owner.findChild<QAction *>(u"retryAction"_s);
        QVERIFY(retry);
        QVERIFY(actions.contains(retry));
        retry->trigger();
        QTRY_COMPARE(feed.sentMessages().size(), 3);
        QCOMPARE(feed.sentMessages().constLast().attribute(u"id"), second);
        QTRY_COMPARE(MessageDelegate::deliveryIconName(lastRow(page)), u"sent"_s);
    }

    void shiftEnterAddsLineAndBlankIsNotSent()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        ConversationWidget *page = screen.open(Alice);
        Composer *composer = page->composer();
        QTest::keyClicks(composer, u"line one"_s);
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer, u"line two"_s);
        QCOMPARE(composer->toPlainText(), u"line one\nline two"_s);
        QVERIFY(feed.sentMessages().isEmpty());
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE(feed.sentMessages().size(), 1);
        QCOMPARE(feed.sentMessages().constFirst().childText(u"body", ns::Client),
                 u"line one\nline two"_s);

        QTest::keyClicks(composer, u"   "_s);
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(composer, Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(feed.sentMessages().size(), 1);
        QCOMPARE(composer->toPlainText(), u"   \n"_s); // nothing was sent, nothing is lost
    }

    void upCorrectsTheLastMessage()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        ConversationWidget *page = screen.open(Alice);
        Composer *composer = page->composer();
        QTest::keyClicks(composer, u"See you at nine"_s);
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE(shownMessages(page), QStringList{u"Me: See you at nine"_s});
        const QString original = feed.sentMessages().constFirst().attribute(u"id");

        QTest::keyClick(composer, Qt::Key_Up);
        QTRY_COMPARE(composer->toPlainText(), u"See you at nine"_s);
        QVERIFY(page->isCorrecting());
        QVERIFY(!page->correctionBar()->isHidden());
        QTest::keyClick(composer, Qt::Key_Escape);
        QVERIFY(!page->isCorrecting());
        QVERIFY(page->correctionBar()->isHidden());
        QCOMPARE(composer->toPlainText(), QString());

        QTest::keyClick(composer, Qt::Key_Up);
        QTRY_VERIFY(page->isCorrecting());
        composer->selectAll();
        QTest::keyClicks(composer, u"See you at ten"_s);
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(page->correctionBar()->isHidden());
        QTRY_COMPARE(feed.sentMessages().size(), 2);
        const Element correction = feed.sentMessages().constLast();
        QCOMPARE(correction.childText(u"body", ns::Client), u"See you at ten"_s);
        QCOMPARE(correction.firstChild(u"replace", ns::MessageCorrect).attribute(u"id"), original);
        QTRY_COMPARE(shownMessages(page), QStringList{u"Me: See you at ten"_s});
        QTRY_VERIFY(lastRow(page).data(MessageModel::EditedRole).toBool());
        QVERIFY(MessageDelegate::editedToolTip(lastRow(page)).contains(u"See you at nine"_s));
    }

    void unreadCountsOnTabsContactsAndTitle()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        screen.window.show();
        ConversationWidget *alice = screen.open(Alice);
        QVERIFY(QTest::qWaitForWindowActive(screen.chatWindow));
        QCOMPARE(screen.chatWindow->frontConversation(), Alice);

        // In front: shown, marked displayed, not counted, no notification.
        feed.receiveBody(u"alice@localhost/x"_s, u"Are you reading this?"_s, u"a1"_s);
        QTRY_COMPARE(shownMessages(alice), QStringList{u"Alice: Are you reading this?"_s});
        QTRY_VERIFY(feed.sentChild(u"displayed"_s, ns::ChatMarkers));
        QTRY_COMPARE(feed.conversations->unreadCount(Alice), 0);
        QCOMPARE(screen.tabText(Alice), u"Alice"_s);
        QVERIFY(screen.notifier.shown.isEmpty());

        // In the background: counted on its tab, its contact and the title; notified.
        feed.receiveBody(u"bob@localhost/phone"_s, u"Psst"_s, u"b1"_s);
        feed.receiveBody(u"bob@localhost/phone"_s, u"Over here"_s, u"b2"_s);
        QTRY_COMPARE(screen.tabText(Bob), u"Bob (2)"_s);
        QCOMPARE(screen.chatWindow->currentConversation(), alice);
        QCOMPARE(screen.notifier.shown.size(), 2);
        QCOMPARE(screen.notifier.shown.constLast().title, u"Bob"_s);
        ContactListView *contacts = screen.window.contactList()->view();
        auto *delegate = qobject_cast<ContactDelegate *>(contacts->itemDelegate());
        QVERIFY(delegate);
        QCOMPARE(delegate->unreadCount(contactRow(contacts, Bob)), 2);
        QCOMPARE(delegate->unreadCount(contactRow(contacts, Alice)), 0);
        QTRY_VERIFY(screen.window.windowTitle().startsWith(u"(2) "_s));
        QVERIFY(!contacts->grab().isNull()); // the badge paints
        QVERIFY(!screen.chatWindow->grab().isNull());

        // LINNET_CHAT_SCREENSHOT=file.png saves the chat window as it is now (documentation).
        if (const QString path = qEnvironmentVariable("LINNET_CHAT_SCREENSHOT"); !path.isEmpty()) {
            QTest::keyClicks(alice->composer(), u"*Sure*, see https://example.org & `code`"_s);
            QTest::keyClick(alice->composer(), Qt::Key_Return);
            feed.receiveBody(u"alice@localhost/x"_s, u"&gt; quoted\n_fine_ ~not~"_s, u"a2"_s);
            alice->composer()->insertPlainText(u"Then…"_s);
            screen.chatWindow->resize(520, 460);
            QTest::qWait(300);
            QVERIFY(screen.chatWindow->grab().save(path));
            QVERIFY(screen.window.grab().save(path + u".main.png"_s));
        }

        // Switching to the tab reads it.
        QTest::keyClick(screen.chatWindow, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(screen.chatWindow->currentConversation()->conversation(), Bob);
        QTRY_COMPARE(screen.tabText(Bob), u"Bob"_s);
        QCOMPARE(delegate->unreadCount(contactRow(contacts, Bob)), 0);
        QTRY_VERIFY(!screen.window.windowTitle().startsWith(u"("_s));
        QVERIFY(screen.notifier.withdrawn.contains(Bob));
        QTest::keyClick(screen.chatWindow, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(screen.chatWindow->currentConversation(), alice);
    }

    void typingIndicator()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        ConversationWidget *page = screen.open(Alice);
        QLabel *typing = page->typingLabel();
        QCOMPARE(typing->text(), QString());
        feed.receive(u"<message type='chat' from='alice@localhost/x'>"
                     "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>"_s);
        QCOMPARE(typing->text(), u"Alice is typing…"_s);
        feed.receive(u"<message type='chat' from='alice@localhost/x'>"
                     "<paused xmlns='http://jabber.org/protocol/chatstates'/></message>"_s);
        QCOMPARE(typing->text(), u"Alice has stopped typing"_s);
        feed.receiveBody(u"alice@localhost/x"_s, u"Done"_s, u"a9"_s);
        QCOMPARE(typing->text(), QString());
    }

    void searchFindsAndOpensTheConversation()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        feed.receiveBody(u"alice@localhost/x"_s, u"nothing to see"_s, u"a1"_s);
        feed.receiveBody(u"alice@localhost/x"_s, u"the hidden needle is here"_s, u"a2"_s);
        feed.receiveBody(u"alice@localhost/x"_s, u"more chatter"_s, u"a3"_s);
        feed.receiveBody(u"bob@localhost/phone"_s, u"another needle &lt;b&gt;"_s, u"b1"_s);
        QTRY_COMPARE(feed.conversations->rowCount(), 2);
        QTRY_COMPARE(feed.conversations->unreadCount(Bob), 1);

        screen.window.searchMessagesAction()->trigger();
        MessageSearchWindow *search = screen.chats->searchWindow();
        QVERIFY(search && search->isVisible());
        MessageSearchPanel *panel = search->panel();
        QTest::keyClicks(panel->searchEdit(), u"needle"_s);
        QTest::keyClick(panel->searchEdit(), Qt::Key_Return);
        QStandardItemModel *results = panel->resultsModel();
        QAbstractItemModelTester tester(results,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(results->rowCount(), 2);
        int aliceRow = -1;
        for (int row = 0; row < results->rowCount(); ++row) {
            const QModelIndex index = results->index(row, 0);
            const QString snippet = index.data(MessageSearchPanel::SnippetRole).toString();
            QVERIFY(snippet.contains(u"needle</b>"_s));
            QVERIFY(!snippet.contains(u"<b>"_s)); // the body's own markup stays text
            if (index.data(MessageSearchPanel::ConversationRole).toString() == Alice) {
                aliceRow = row;
                QVERIFY(index.data(MessageSearchPanel::HeaderRole)
                            .toString()
                            .startsWith(u"Alice · "_s));
            }
        }
        QVERIFY(aliceRow >= 0);

        QListView *list = panel->resultsView();
        list->setCurrentIndex(results->index(aliceRow, 0));
        QTest::keyClick(list, Qt::Key_Return);
        ConversationWidget *alice = screen.chats->conversationWidget(Alice);
        QVERIFY(alice);
        QCOMPARE(screen.chatWindow->currentConversation(), alice);
        QTRY_COMPARE(alice->view()->currentIndex().data(MessageModel::BodyRole).toString(),
                     u"the hidden needle is here"_s);

        // Ctrl+F searches this conversation only.
        alice->findChild<QAction *>(u"findInConversationAction"_s)->trigger();
        QVERIFY(!alice->searchPanel()->isHidden());
        QTest::keyClicks(alice->searchPanel()->searchEdit(), u"needle"_s);
        QTest::keyClick(alice->searchPanel()->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(alice->searchPanel()->resultsModel()->rowCount(), 1);
        QTest::keyClick(alice->searchPanel()->searchEdit(), Qt::Key_Escape);
        QVERIFY(alice->searchPanel()->isHidden());
    }

    void detachAttachAndClose()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        ConversationWidget *alice = screen.open(Alice);
        ConversationWidget *bob = screen.open(Bob);
        QCOMPARE(screen.chatWindow->currentConversation(), bob);
        screen.chatWindow->detachAction()->trigger();
        QVERIFY(screen.chatWindow->isDetached(bob));
        QCOMPARE(screen.chatWindow->tabWidget()->count(), 1);
        QVERIFY(bob->window() != screen.chatWindow);
        QVERIFY(bob->window()->isVisible());
        QCOMPARE(bob->window()->windowTitle(), u"Bob"_s);
        bob->window()->findChild<QToolButton *>(u"moveToTabsButton"_s)->click();
        QVERIFY(!screen.chatWindow->isDetached(bob));
        QCOMPARE(screen.chatWindow->tabWidget()->count(), 2);
        QCOMPARE(bob->window(), screen.chatWindow);

        // With the setting on, new conversations open in their own windows.
        screen.chatWindow->separateWindowsAction()->setChecked(true);
        ConversationWidget *carol = screen.open(u"carol@localhost"_s);
        QVERIFY(screen.chatWindow->isDetached(carol));
        QCOMPARE(carol->window()->windowTitle(), u"carol@localhost"_s);
        screen.chatWindow->separateWindowsAction()->setChecked(false);
        carol->window()->close();
        QVERIFY(!screen.chats->conversationWidget(u"carol@localhost"_s));

        // Ctrl+W closes the current tab.
        QCOMPARE(screen.chatWindow->currentConversation(), bob);
        screen.chatWindow->closeTabAction()->trigger();
        QVERIFY(!screen.chats->conversationWidget(Bob));
        QCOMPARE(screen.chatWindow->currentConversation(), alice);
    }

    void scrollingKeepsThePlaceAndPagesInOlderMessages()
    {
        ChatFeed feed(freshDatabase());
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 130; ++i) {
            HistoryMessage message;
            message.conversation = Alice;
            message.senderJid = u"alice@localhost/x"_s;
            message.body = u"message %1"_s.arg(i);
            message.timestamp = start.addSecs(i * 10);
            message.messageId = u"old%1"_s.arg(i);
            feed.history->add(message);
        }
        feed.history->flush().waitForFinished();
        Screen screen(feed);
        ConversationWidget *page = screen.open(Alice);
        screen.chatWindow->resize(500, 420);
        QVERIFY(QTest::qWaitForWindowExposed(screen.chatWindow));
        ConversationView *view = page->view();
        QAbstractItemModel *model = view->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), MessageModel::PageSize);
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        QTRY_VERIFY(view->isAtBottom());

        // At the bottom, new messages keep it there.
        feed.receiveBody(u"alice@localhost/x"_s, u"newest"_s, u"n1"_s);
        QTRY_COMPARE(model->rowCount(), MessageModel::PageSize + 1);
        QTest::qWait(20);
        QTRY_VERIFY(view->isAtBottom());

        // Scrolled up, a new message does not move what the user reads.
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const QPersistentModelIndex reading = view->indexAt(QPoint(10, 10));
        const int readingTop = view->visualRect(reading).top();
        feed.receiveBody(u"alice@localhost/x"_s, u"while reading"_s, u"n2"_s);
        QTRY_COMPARE(model->rowCount(), MessageModel::PageSize + 2);
        QTest::qWait(20);
        QCOMPARE(view->visualRect(reading).top(), readingTop);
        QVERIFY(!view->isAtBottom());

        // At the top the previous page comes in above, and the first message stays in place.
        bar->setValue(0);
        const QPersistentModelIndex first = model->index(0, 0);
        QCOMPARE(first.data(MessageModel::BodyRole).toString(), u"message 80"_s);
        const int firstTop = view->visualRect(first).top();
        QTRY_COMPARE(model->rowCount(), 2 * MessageModel::PageSize + 2);
        QTest::qWait(20);
        QCOMPARE(view->visualRect(first).top(), firstTop);
        QVERIFY(bar->value() > 0);

        // Once the stored history is exhausted, the archive is asked for older messages.
        feed.stream.sent.clear();
        bar->setValue(0);
        QTRY_COMPARE(model->rowCount(), 132);
        QTRY_VERIFY(std::any_of(
            feed.stream.sent.cbegin(), feed.stream.sent.cend(), [](const Element &stanza) {
                return stanza.name() == u"iq" && stanza.firstChild(u"query", ns::Mam);
            }));
        QCOMPARE(model->index(0, 0).data(MessageModel::BodyRole).toString(), u"message 0"_s);
    }

    void clickingALinkAndCopyingText()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        ConversationWidget *page = screen.open(Alice);
        QVERIFY(QTest::qWaitForWindowExposed(screen.chatWindow));
        feed.receiveBody(u"alice@localhost/x"_s,
                         u"read https://example.org/x now, not javascript:alert(1)"_s, u"l1"_s);
        QTRY_COMPARE(shownMessages(page).size(), 1);
        ConversationView *view = page->view();
        const QModelIndex index = lastRow(page);
        QTest::qWait(20);
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.widget = view;
        option.rect = view->visualRect(index);
        QPoint onLink;
        for (int y = option.rect.top(); y < option.rect.bottom() && onLink.isNull(); y += 2) {
            for (int x = option.rect.left(); x < option.rect.right(); x += 3) {
                if (!view->messageDelegate()->anchorAt(option, index, {x, y}).isEmpty()) {
                    onLink = {x, y};
                    break;
                }
            }
        }
        QVERIFY(!onLink.isNull());
        QCOMPARE(view->messageDelegate()->anchorAt(option, index, onLink),
                 u"https://example.org/x"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLink);
        QCOMPARE(screen.opened, QList<QUrl>{QUrl(u"https://example.org/x"_s)});

        view->setCurrentIndex(index);
        QObject owner;
        view->actionsFor(index, QString(), &owner);
        owner.findChild<QAction *>(u"copyTextAction"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"read https://example.org/x now, not javascript:alert(1)"_s);
    }

    void servicesGoingAwayCloseTheConversations()
    {
        auto feed = std::make_unique<ChatFeed>(freshDatabase());
        Screen screen(*feed);
        screen.open(Alice);
        feed->receiveBody(u"bob@localhost/phone"_s, u"still there?"_s, u"b1"_s);
        QTRY_VERIFY(screen.chats->conversationWidget(Bob));
        // In the order an account takes them down.
        feed->conversations.reset();
        feed->chats.reset();
        QVERIFY(!screen.chats->hasServices());
        QVERIFY(!screen.chats->conversationWidget(Alice));
        QCOMPARE(screen.chatWindow->tabWidget()->count(), 0);
        QCOMPARE(screen.window.windowTitle(), u"Linnet"_s);
        QVERIFY(!screen.window.contactList()->view()->grab().isNull());
        screen.chats->openChat(Jid::parse(Alice)); // nothing to open it with: nothing happens
        QCOMPARE(screen.chatWindow->tabWidget()->count(), 0);
    }

    void linksOpen()
    {
        ChatFeed feed(freshDatabase());
        Screen screen(feed);
        ConversationWidget *alice = screen.open(Alice);
        Q_EMIT alice->linkActivated(QUrl(u"https://example.org/page"_s));
        QCOMPARE(screen.opened, QList<QUrl>{QUrl(u"https://example.org/page"_s)});
        // xmpp: addresses open their conversation here.
        Q_EMIT alice->linkActivated(QUrl(u"xmpp:bob@localhost"_s));
        QVERIFY(screen.chats->conversationWidget(Bob));
        QCOMPARE(screen.chatWindow->currentConversation()->conversation(), Bob);
        QCOMPARE(screen.opened.size(), 1);
    }
};

QTEST_MAIN(ChatWindowTest)
#include "tst_chat_window.moc"
