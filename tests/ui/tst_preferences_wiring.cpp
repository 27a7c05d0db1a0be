// The preferences through the real windows, as app/linnet wires them (DesktopIntegration on
// a MainWindow): a message arriving in the background plays the message sound and reaches the
// desktop notifier only while each is switched on; the tray follows the unread count; the chat
// font size reaches the conversation that opened for it.
#include "ContactsTestXml.h"
#include "MainWindow.h"
#include "RecordingStream.h"
#include "chat/ChatController.h"
#include "chat/ConversationView.h"
#include "chat/ConversationWidget.h"
#include "chat/Notifier.h"
#include "desktop/DesktopIntegration.h"
#include "desktop/TrayIcon.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "im/Roster.h"
#include "models/ConversationListModel.h"
#include "preferences/Preferences.h"
#include "prefs/MessageSound.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Linnet;
using namespace Linnet::Test;
using namespace Qt::StringLiterals;

namespace {
const QString Alice = u"alice@localhost"_s;

class RecordingNotifier : public Notifier
{
public:
    void notify(const ChatNotification &notification) override { shown.append(notification); }
    QList<ChatNotification> shown;
};

// One account's chat services on a recording stream.
struct ChatFeed
{
    explicit ChatFeed(const QString &databasePath)
        : stream(Jid::parse(u"me@localhost/desk")), roster(stream), carbons(stream), archive(stream)
    {
        opened = database.open(databasePath).result().ok;
        history = std::make_unique<HistoryStore>(database);
        chats = std::make_unique<ChatManager>(stream, *history, carbons, archive);
        conversations = std::make_unique<ConversationListModel>(*history);
    }
    ChatServices services() { return {chats.get(), history.get(), conversations.get(), &roster}; }
    void receiveBody(const QString &from, const QString &body, const QString &id)
    {
        stream.receive(stanzaFromXml(u"<message type='chat' from='%1' to='me@localhost/desk' "
                                     "id='%2'><body>%3</body></message>"_s.arg(from, id, body)));
    }

    RecordingStream stream;
    Roster roster;
    Carbons carbons;
    Archive archive;
    Database database;
    bool opened = false;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<ChatManager> chats;
    std::unique_ptr<ConversationListModel> conversations;
};
} // namespace

class PreferencesWiringTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }

    void messagesFollowTheNotificationSoundAndFontPreferences()
    {
        ChatFeed feed(dir.filePath(u"history.sqlite"_s));
        QVERIFY(feed.opened);
        Preferences preferences(dir.filePath(u"wiring.ini"_s));
        preferences.setChatFontPointSize(17);
        MainWindow window;
        DesktopIntegration desktop(&window, &preferences);
        RecordingNotifier notifier;
        desktop.setDesktopNotifier(&notifier);
        window.setChatServices(feed.services());
        ChatController *chats = window.chatController();

        feed.receiveBody(u"alice@localhost/x"_s, u"one"_s, u"a1"_s);
        QTRY_COMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.constFirst().body, u"one"_s);
        QCOMPARE(desktop.sound()->playCount(), 1);
        // The tray shows the window's unread count over all accounts (the conversation opened
        // in front here, so it is read at once; the counts are ChatController's business).
        QCOMPARE(desktop.tray()->unreadCount(), window.totalUnread());
        Q_EMIT window.totalUnreadChanged(4);
        QCOMPARE(desktop.tray()->unreadCount(), 4);

        // The conversation that opened for it has the preferences' font size.
        QTRY_VERIFY(chats->conversationWidget(Alice));
        ConversationView *view = chats->conversationWidget(Alice)->view();
        view->ensurePolished();
        QCOMPARE(view->font().pointSize(), 17);
        preferences.setChatFontPointSize(9);
        QCOMPARE(view->font().pointSize(), 9);

        preferences.setNotificationsEnabled(false);
        // Each in a conversation of its own, in the background: Alice's is in front now.
        feed.receiveBody(u"bob@localhost/x"_s, u"two"_s, u"b1"_s);
        QTRY_COMPARE(desktop.sound()->playCount(), 2);
        QCOMPARE(notifier.shown.size(), 1);

        preferences.setSoundsEnabled(false);
        preferences.setNotificationsEnabled(true);
        feed.receiveBody(u"carol@localhost/x"_s, u"three"_s, u"c1"_s);
        QTRY_COMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.shown.constLast().body, u"three"_s);
        QCOMPARE(desktop.sound()->playCount(), 2);
    }
};

QTEST_MAIN(PreferencesWiringTest)
#include "tst_preferences_wiring.moc"
