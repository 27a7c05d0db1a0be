// End to end against the test Prosody: a fresh account joins a new room through the Join
// Room dialog (creating it as an instant room when the service asks), sees itself in the
// occupant list, sends a message that comes back from the room into the view, and sees a
// second account's message with its nick.
#include "Banner.h"
#include "ClientHarness.h"
#include "GroupChatScreen.h"
#include "account/AccountServices.h"
#include "chat/Composer.h"
#include "muc/JoinRoomDialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class GroupChatOnlineTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;

    static QStringList nicksIn(const QAbstractItemModel *model)
    {
        QStringList nicks;
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QModelIndex group = model->index(row, 0);
            for (int child = 0; child < model->rowCount(group); ++child)
                nicks.append(
                    model->index(child, 0, group).data(OccupantModel::NickRole).toString());
        }
        return nicks;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void joinThroughTheDialogAndTalk()
    {
        const QString tag = QString::number(QRandomGenerator::global()->bounded(1000000));
        const QString userA = u"uimuc-a-"_s + tag;
        const QString userB = u"uimuc-b-"_s + tag;
        QString error;
        QVERIFY2(server.registerAccount(userA, server.password, &error), qPrintable(error));
        QVERIFY2(server.registerAccount(userB, server.password, &error), qPrintable(error));
        ClientHarness a(server, userA);
        ClientHarness b(server, userB);
        AccountServices servicesA(&a.client(), QString());
        AccountServices servicesB(&b.client(), QString());
        a.connectToServer();
        b.connectToServer();
        QVERIFY2(a.waitFor(ConnectionState::Online), qPrintable(a.lastReason()));
        QVERIFY2(b.waitFor(ConnectionState::Online), qPrintable(b.lastReason()));

        MainWindow window;
        window.setChatServices({servicesA.chats(), servicesA.history(),
                                servicesA.conversationList(), servicesA.roster()});
        window.setRoomServices({servicesA.muc(), servicesA.history(), servicesA.bookmarks(),
                                servicesA.conversationList()});
        window.show();
        RoomController *rooms = window.roomController();
        const QString room = u"uiroom-%1@conference.%2"_s.arg(tag, server.domain);

        // The dialog, filled in as a user would.
        window.joinRoomAction()->trigger();
        JoinRoomDialog *dialog = rooms->joinFlow()->joinDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->roomEdit()->setText(room);
        dialog->nickEdit()->setText(u"anna"_s);
        QVERIFY(dialog->joinButton()->isEnabled());
        dialog->joinButton()->click();

        // A new room may wait for its configuration: take the defaults.
        QTRY_VERIFY_WITH_TIMEOUT(rooms->page(Jid::parse(room)), 10000);
        RoomPage *page = rooms->page(Jid::parse(room));
        const bool joined = QTest::qWaitFor(
            [&] {
                if (QMessageBox *box = rooms->joinFlow()->creationPrompt()) {
                    box->findChild<QPushButton *>(u"instantRoomButton"_s)->click();
                }
                return nicksIn(page->occupantList()->model()).contains(u"anna"_s) &&
                       page->composer()->isEnabled();
            },
            15000);
        QVERIFY2(joined, qPrintable(page->exitBanner()->text()));

        // Our message goes out and comes back from the room.
        QTest::keyClicks(page->composer(), u"Hello from the dialog"_s);
        QTest::keyClick(page->composer(), Qt::Key_Return);
        const auto shown = [&](const QString &line) {
            const QAbstractItemModel *model = page->view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (page->view()->messageDelegate()->senderName(index) + u": "_s +
                        index.data(MessageModel::BodyRole).toString() ==
                    line)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(u"anna: Hello from the dialog"_s), 10000);

        // Someone else joins and talks.
        JoinOptions options;
        options.nick = u"bert"_s;
        servicesB.muc()->join(Jid::parse(room), options);
        QTRY_VERIFY_WITH_TIMEOUT(nicksIn(page->occupantList()->model()).contains(u"bert"_s), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            servicesB.muc()->existingRoom(Jid::parse(room))->state() == Room::State::Joined, 10000);
        servicesB.muc()->existingRoom(Jid::parse(room))->sendMessage(u"hi anna"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shown(u"bert: hi anna"_s), 10000);
        QVERIFY(MessageDelegate::isMention(
            page->view()->model()->index(page->view()->model()->rowCount() - 1, 0)));
    }
};

QTEST_MAIN(GroupChatOnlineTest)
#include "tst_groupchat_online.moc"
