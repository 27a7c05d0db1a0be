// Several accounts at once, end to end against the test Prosody and through the windows as
// the app wires them (AccountController + MainWindow): two accounts with autoConnect both sign
// in at start; their contacts share one list, each row naming its account; a message to the
// account that is not the current one appears in that account's tab; the status selector
// acts on all accounts, or on the one chosen beside it.
#include "AccountController.h"
#include "ContactDelegate.h"
#include "ContactListPanel.h"
#include "ContactListView.h"
#include "MainWindow.h"
#include "StatusSelector.h"
#include "TestServerInfo.h"
#include "UiTestProfile.h"
#include "account/Account.h"
#include "account/AccountServices.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"
#include "accounts/AccountsMenu.h"
#include "chat/ChatController.h"
#include "chat/ChatWindow.h"
#include "im/ChatManager.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"
#include "stream/Client.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

// The contact rows the list shows (through its sort/filter proxy): "name|account label".
QStringList contactRows(const ContactListPanel *panel, const QString &group)
{
    const QAbstractItemModel *model = panel->view()->model();
    QStringList rows;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex groupIndex = model->index(g, 0);
        if (groupIndex.data(RosterModel::NameRole).toString() != group)
            continue;
        for (int r = 0; r < model->rowCount(groupIndex); ++r) {
            const QModelIndex row = model->index(r, 0, groupIndex);
            rows.append(row.data(RosterModel::NameRole).toString() + u'|' +
                        row.data(RosterModel::AccountLabelRole).toString());
        }
    }
    rows.sort();
    return rows;
}

QModelIndex contactRow(const ContactListPanel *panel, const QString &jid, const QString &account)
{
    const QAbstractItemModel *model = panel->view()->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex groupIndex = model->index(g, 0);
        for (int r = 0; r < model->rowCount(groupIndex); ++r) {
            const QModelIndex row = model->index(r, 0, groupIndex);
            if (row.data(RosterModel::JidRole).toString() == jid &&
                row.data(RosterModel::AccountRole).toString() == account)
                return row;
        }
    }
    return {};
}

Presence::Show ownShow(const Account *account)
{
    return account->presence()->ownPresence().show;
}

} // namespace

class MultiAccountTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    UiTestProfile profile{u"multi"_s};
    QTemporaryDir dir;
    QString userA, userB, peerUser;

    AccountSettings settingsFor(const QString &user)
    {
        AccountSettings settings = AccountSettings::forJid(Jid::parse(server.jid(user)));
        settings.connection.host = server.host;
        settings.connection.port = server.startTlsPort;
        settings.connection.tlsMode = TlsMode::StartTls;
        settings.connection.pinnedCertificates = {server.certSha256Hex.toLower()};
        settings.autoConnect = true;
        settings.rememberPassword = true;
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(profile.setUp());
        QVERIFY(dir.isValid());
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        userA = u"multia"_s + suffix;
        userB = u"multib"_s + suffix;
        peerUser = u"multipeer"_s + suffix;
        for (const QString &user : {userA, userB, peerUser})
            QVERIFY2(server.registerAccount(user, server.password, &error), qPrintable(error));
    }

    void accountsRunSideBySide()
    {
        AccountStore store(dir.filePath(u"accounts.ini"_s));
        PasswordStore passwords(PasswordStore::Backend::File, dir.filePath(u"passwords.json"_s));
        for (const QString &user : {userA, userB}) {
            QVERIFY(store.save(settingsFor(user)));
            bool written = false;
            passwords.writePassword(server.jid(user), server.password,
                                    [&](const PasswordResult &) { written = true; });
            QTRY_VERIFY(written);
        }

        // Wired as app/linnet/main.cpp does.
        MainWindow window;
        AccountController controller(&store, &passwords, &window);
        connect(&controller, &AccountController::accountAdded, &window, &MainWindow::addAccount);
        connect(&controller, &AccountController::accountChanged, &window,
                &MainWindow::setCurrentAccount);
        connect(&window, &MainWindow::currentAccountRequested, &controller,
                &AccountController::setCurrentAccount);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        controller.start();
        QVERIFY(!controller.signInDialog());
        QCOMPARE(controller.accounts().size(), 2);
        Account *a = controller.find(server.jid(userA));
        Account *b = controller.find(server.jid(userB));
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->state() == ConnectionState::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(b->state() == ConnectionState::Online, 20000);
        QCOMPARE(window.account(), a); // the first one is current
        QCOMPARE(window.accounts(), (QList<Account *>{a, b}));

        // One list: the peer is a contact of both (two rows, each naming its account), the
        // group is merged; someone only B knows is there too.
        const QString peer = server.jid(peerUser);
        a->roster()->add(Jid::parse(peer), u"Pat"_s, {u"Friends"_s});
        b->roster()->add(Jid::parse(peer), u"Pat"_s, {u"Friends"_s});
        b->roster()->add(Jid::parse(server.jid(u"alice"_s)), u"Alice"_s, {u"Work"_s});
        ContactListPanel *panel = window.contactList();
        QTRY_COMPARE_WITH_TIMEOUT(contactRows(panel, u"Friends"_s),
                                  (QStringList{u"Pat|"_s + a->id(), u"Pat|"_s + b->id()}), 10000);
        QTRY_COMPARE(contactRows(panel, u"Work"_s), QStringList{u"Alice|"_s + b->id()});

        // The status box offers all accounts and each one.
        QComboBox *scope = panel->statusScopeBox();
        QVERIFY(scope->isVisible());
        QCOMPARE(scope->count(), 3);
        QCOMPARE(scope->itemText(1), a->id());
        QCOMPARE(scope->itemText(2), b->id());

        // The Accounts menu lists both, the current one checked; choosing B makes it current.
        QAction *chooseB =
            window.accountsMenu()->findChild<QAction *>(u"accountAction:"_s + b->id());
        QAction *chooseA =
            window.accountsMenu()->findChild<QAction *>(u"accountAction:"_s + a->id());
        QVERIFY(chooseA && chooseB);
        QVERIFY(chooseA->isChecked());
        QVERIFY(chooseB->text().startsWith(b->id()));

        // A message to B (not the current account) opens in B's conversation.
        Client peerClient;
        ConnectionSettings peerSettings = settingsFor(peerUser).connection;
        peerSettings.jid = peerSettings.jid.withResource(u"peer"_s);
        peerSettings.pinnedCertificates.clear();
        peerSettings.extraCaCertificates = server.caCertificates();
        peerClient.setSettings(peerSettings);
        peerClient.setPassword(server.password);
        peerClient.setAutoReconnect(false);
        AccountServices peerServices(&peerClient, QString());
        peerClient.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(peerClient.isOnline(), 20000);
        peerServices.chats()->sendMessage(Jid::parse(b->id()), u"Hello B from Pat"_s);
        ChatController *chatsB = window.chatController(b);
        ChatController *chatsA = window.chatController(a);
        QVERIFY(chatsA && chatsB && chatsA != chatsB);
        QTRY_VERIFY_WITH_TIMEOUT(
            chatsB->messageModel(peer) && chatsB->messageModel(peer)->rowCount() > 0, 10000);
        const MessageModel *messages = chatsB->messageModel(peer);
        QCOMPARE(
            messages->index(messages->rowCount() - 1, 0).data(MessageModel::BodyRole).toString(),
            u"Hello B from Pat"_s);
        QVERIFY(!chatsA->messageModel(peer)); // A has no conversation with the peer
        QCOMPARE(window.totalUnread(), chatsA->totalUnread() + chatsB->totalUnread());

        // Opening the peer's row of account A opens A's conversation, in the same window.
        const QModelIndex rowA = contactRow(panel, peer, a->id());
        QVERIFY(rowA.isValid());
        QVERIFY(ContactDelegate::contactToolTip(rowA).contains(u"via "_s + a->id()));
        Q_EMIT panel->view()->activated(rowA);
        QTRY_VERIFY(chatsA->conversationWidget(peer));
        QVERIFY(window.chatWindow()->conversations().contains(chatsA->conversationWidget(peer)));
        QVERIFY(window.chatWindow()->conversations().contains(chatsB->conversationWidget(peer)));

        // "All accounts": Away goes to both.
        StatusSelector *selector = panel->statusSelector();
        scope->setCurrentIndex(0);
        selector->choose(RosterModel::State::Away, u"Lunch"_s);
        QTRY_COMPARE(ownShow(a), Presence::Show::Away);
        QTRY_COMPARE(ownShow(b), Presence::Show::Away);
        QCOMPARE(b->presence()->ownPresence().statusFor(), u"Lunch"_s);

        // Only B: Do Not Disturb for B, A stays away.
        scope->setCurrentIndex(scope->findData(b->id()));
        QCOMPARE(selector->currentState(), RosterModel::State::Away);
        selector->choose(RosterModel::State::Dnd, QString());
        QTRY_COMPARE(ownShow(b), Presence::Show::Dnd);
        QCOMPARE(ownShow(a), Presence::Show::Away);

        // Only B: Offline signs B out and leaves A online.
        selector->choose(RosterModel::State::Offline, QString());
        QTRY_VERIFY_WITH_TIMEOUT(b->state() == ConnectionState::Disconnected, 10000);
        QCOMPARE(a->state(), ConnectionState::Online);
        QCOMPARE(selector->currentState(), RosterModel::State::Offline);

        // All accounts again: choosing Online signs B back in, A goes from Away to Online.
        scope->setCurrentIndex(0);
        selector->choose(RosterModel::State::Online, QString());
        QTRY_VERIFY_WITH_TIMEOUT(b->state() == ConnectionState::Online, 20000);
        QTRY_COMPARE(ownShow(a), Presence::Show::Online);

        // Choosing B in the Accounts menu makes it the current account of the window.
        chooseB = window.accountsMenu()->findChild<QAction *>(u"accountAction:"_s + b->id());
        chooseB->trigger();
        QCOMPARE(controller.account(), b);
        QCOMPARE(window.account(), b);
        QVERIFY(window.windowTitle().contains(b->id()));
        QCOMPARE(window.chatController(), chatsB);

        peerClient.disconnectFromServer();
        controller.signOutAll();
        QTRY_VERIFY(a->state() == ConnectionState::Disconnected &&
                    b->state() == ConnectionState::Disconnected);
    }
};

QTEST_MAIN(MultiAccountTest)
#include "tst_multi_account.moc"
