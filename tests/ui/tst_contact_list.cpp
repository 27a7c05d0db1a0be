// The contact list as a user sees it, offscreen: groups with their counts, names, presence
// icons and status text for a known roster; filtering; the context menu; the request banner.
#include "ContactDelegate.h"
#include "ContactListPanel.h"
#include "ContactListView.h"
#include "MainWindow.h"
#include "PresenceIcons.h"
#include "RosterFeed.h"
#include "SubscriptionRequestPrompt.h"
#include "models/RosterModel.h"
#include "models/RosterSortFilterProxy.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Linnet;
using namespace Linnet::Test;

namespace {
// Every visible row of the view, as "indent|icon|text" lines, top to bottom.
QStringList visibleRows(const ContactListView *view)
{
    QStringList rows;
    for (QModelIndex index = view->model()->index(0, 0); index.isValid();
         index = view->indexBelow(index)) {
        const auto kind = index.data(RosterModel::KindRole).value<RosterModel::Kind>();
        if (kind == RosterModel::Kind::Group) {
            rows.append(ContactDelegate::groupText(index));
            continue;
        }
        QString text = u"  %1 [%2]"_s.arg(index.data(RosterModel::NameRole).toString(),
                                          PresenceIcons::nameForIndex(index));
        const QString status = index.data(RosterModel::StatusTextRole).toString();
        if (!status.isEmpty())
            text += u" "_s + status;
        rows.append(text);
    }
    return rows;
}
} // namespace

class ContactListTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsGroupsNamesIconsAndStatus()
    {
        RosterFeed feed;
        MainWindow window;
        window.setContactManagers(feed.managers());
        feed.loadSampleRoster();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ContactListView *view = window.contactList()->view();
        QCOMPARE(visibleRows(view),
                 (QStringList{u"Friends (2/2)"_s, u"  Carol [online] Reading"_s,
                              u"  Bob Builder [away] Back in ten minutes"_s, u"Work (2/2)"_s,
                              u"  Bob Builder [away] Back in ten minutes"_s,
                              u"  dave [dnd] In a meeting"_s, u"Contacts (0/2)"_s,
                              u"  Erin [pending]"_s, u"  Frank [offline]"_s}));

        // Presence moves a contact within the group, without collapsing anything.
        feed.receivePresence(u"frank@localhost/home"_s, u"<show>chat</show>"_s);
        QCOMPARE(visibleRows(view).mid(6),
                 (QStringList{u"Contacts (1/2)"_s, u"  Frank [chat]"_s, u"  Erin [pending]"_s}));

        // LINNET_SCREENSHOT=file.png saves the window as it is now (for the documentation).
        if (const QString path = qEnvironmentVariable("LINNET_SCREENSHOT"); !path.isEmpty()) {
            window.resize(400, 560);
            QTest::qWait(200);
            QVERIFY(window.grab().save(path));
        }

        // Groups collapse and stay collapsed when rows come and go.
        const QModelIndex work = view->model()->index(1, 0);
        QCOMPARE(work.data(RosterModel::NameRole).toString(), u"Work"_s);
        view->collapse(work);
        feed.receivePresence(u"dave@localhost/work"_s, {}, u"unavailable"_s);
        QVERIFY(!view->isExpanded(view->model()->index(1, 0)));
        QVERIFY(view->isExpanded(view->model()->index(0, 0)));
        // The resource rows show when a contact is expanded.
        const QModelIndex carol = view->model()->index(0, 0, view->model()->index(0, 0));
        view->expand(carol);
        QCOMPARE(ContactDelegate::resourceText(view->indexBelow(carol)), u"phone (3)"_s);

        // Painting every kind of row does not crash, and the rows have a size.
        QVERIFY(view->visualRect(carol).height() > view->fontMetrics().height());
        QVERIFY(!view->grab().isNull());
    }

    void filterAndHideOffline()
    {
        RosterFeed feed;
        ContactListPanel panel;
        panel.setManagers(feed.managers());
        feed.loadSampleRoster();
        panel.show();
        auto *filter = panel.findChild<QLineEdit *>(u"contactFilterEdit"_s);
        QTest::keyClicks(filter, u"bob"_s);
        QCOMPARE(visibleRows(panel.view()),
                 (QStringList{u"Friends (2/2)"_s, u"  Bob Builder [away] Back in ten minutes"_s,
                              u"Work (2/2)"_s, u"  Bob Builder [away] Back in ten minutes"_s}));
        filter->clear();
        panel.findChild<QToolButton *>(u"hideOfflineButton"_s)->click();
        QVERIFY(!visibleRows(panel.view()).contains(u"  Frank [offline]"_s));
        QVERIFY(!visibleRows(panel.view()).contains(u"Contacts (0/2)"_s));
    }

    void doubleClickAndContextMenu()
    {
        RosterFeed feed;
        ContactListPanel panel;
        panel.setManagers(feed.managers());
        feed.loadSampleRoster();
        panel.resize(400, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ContactListView *view = panel.view();
        const QModelIndex carol = view->model()->index(0, 0, view->model()->index(0, 0));
        QSignalSpy chats(&panel, &ContactListPanel::openChatRequested);
        const QPoint centre = view->visualRect(carol).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(chats.size(), 1);
        QCOMPARE(chats.at(0).at(0).value<Jid>(), Jid::parse(u"carol@localhost"));

        // The menu's actions follow the contact's state; choosing one reaches the managers.
        QObject owner;
        QList<QAction *> actions = view->actionsFor(carol, &owner);
        QStringList names;
        for (QAction *action : actions) {
            if (!action->isSeparator())
                names.append(action->objectName());
        }
        QCOMPARE(names, (QStringList{u"infoAction"_s, u"renameAction"_s, u"editGroupsAction"_s,
                                     u"unsubscribeAction"_s, u"cancelAction"_s, u"blockAction"_s,
                                     u"removeAction"_s}));
        feed.stream.sent.clear();
        owner.findChild<QAction *>(u"blockAction"_s)->trigger();
        QCOMPARE(feed.stream.sent.size(), 1);
        QVERIFY(feed.stream.sent.constFirst().toXml().contains(u"<block"_s));

        const QModelIndex erin = view->model()->index(0, 0, view->model()->index(2, 0));
        QCOMPARE(erin.data(RosterModel::NameRole).toString(), u"Erin"_s);
        QObject owner2;
        view->actionsFor(erin, &owner2);
        QVERIFY(owner2.findChild<QAction *>(u"unsubscribeAction"_s)); // withdraw our request
        QVERIFY(!owner2.findChild<QAction *>(u"requestAction"_s));
    }

    void subscriptionRequestBanner()
    {
        RosterFeed feed;
        ContactListPanel panel;
        panel.setManagers(feed.managers());
        feed.loadSampleRoster();
        panel.show();
        SubscriptionRequestPrompt *prompt = panel.requestPrompt();
        QVERIFY(!prompt->isVisible());
        feed.receivePresence(u"gina@localhost"_s, u"<status>Hi, it's Gina</status>"_s,
                             u"subscribe"_s);
        QVERIFY(prompt->isVisible());
        QVERIFY(prompt->text().contains(u"gina@localhost asks to see when you are online."_s));
        QVERIFY(prompt->text().contains(u"Hi, it's Gina"_s));

        // Add back: approve, add to the roster, ask back.
        feed.stream.sent.clear();
        QTest::mouseClick(prompt->findChild<QPushButton *>(u"addBackButton"_s), Qt::LeftButton);
        QStringList sent;
        for (const Element &stanza : std::as_const(feed.stream.sent))
            sent.append(stanza.toXml());
        QCOMPARE(sent.size(), 3);
        QVERIFY(sent.at(0).contains(u"type=\"subscribed\""_s));
        QVERIFY(sent.at(1).contains(u"jabber:iq:roster"_s));
        QVERIFY(sent.at(2).contains(u"type=\"subscribe\""_s));
        QVERIFY(!prompt->isVisible());
    }
};

QTEST_MAIN(ContactListTest)
#include "tst_contact_list.moc"
