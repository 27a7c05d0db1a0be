// The status selector, offscreen: it shows the current state, choosing "Away" with a message
// makes PresenceManager send <show>away</show>, recent messages are remembered, Offline asks
// to sign out and a state chosen while offline asks to sign in.
#include "PresenceIcons.h"
#include "RosterFeed.h"
#include "StatusSelector.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Linnet;
using namespace Linnet::Test;

class StatusSelectorTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;

    static QToolButton *stateButton(StatusSelector &selector)
    {
        return selector.findChild<QToolButton *>(u"stateButton"_s);
    }
    static QAction *stateAction(StatusSelector &selector, const QString &name)
    {
        return stateButton(selector)->menu()->findChild<QAction *>(u"state_"_s + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings().remove(u"presence"_s);
    }

    void choosingAwaySendsAwayPresence()
    {
        RosterFeed feed;
        feed.presence.sendInitialPresence();
        StatusSelector selector;
        selector.setPresenceManager(&feed.presence);
        selector.setOnline(true);
        selector.show();
        QCOMPARE(stateButton(selector)->text(), u"Online"_s);
        QCOMPARE(selector.currentState(), RosterModel::State::Online);

        feed.stream.sent.clear();
        auto *message = selector.findChild<QComboBox *>(u"statusMessageEdit"_s);
        message->lineEdit()->setText(u"Lunch"_s);
        QCOMPARE(stateAction(selector, u"away"_s)->text(), u"Away"_s);
        stateAction(selector, u"away"_s)->trigger();

        QCOMPARE(feed.stream.sent.size(), 1);
        const Element sent = feed.stream.sent.constFirst();
        QCOMPARE(sent.name(), u"presence"_s);
        QCOMPARE(sent.childText(u"show", u"jabber:client"), u"away"_s);
        QCOMPARE(sent.childText(u"status", u"jabber:client"), u"Lunch"_s);
        QCOMPARE(stateButton(selector)->text(), u"Away"_s);
        QCOMPARE(selector.recentMessages().value(0), u"Lunch"_s);

        // A new message with Return keeps the state; the priority comes from the popup.
        selector.findChild<QSpinBox *>(u"prioritySpin"_s)->setValue(7);
        message->lineEdit()->selectAll();
        QTest::keyClicks(message->lineEdit(), u"Back soon"_s);
        QTest::keyClick(message->lineEdit(), Qt::Key_Return);
        const Element second = feed.stream.sent.constLast();
        QCOMPARE(second.childText(u"show", u"jabber:client"), u"away"_s);
        QCOMPARE(second.childText(u"status", u"jabber:client"), u"Back soon"_s);
        QCOMPARE(second.childText(u"priority", u"jabber:client"), u"7"_s);
        QCOMPARE(selector.recentMessages().mid(0, 2), (QStringList{u"Back soon"_s, u"Lunch"_s}));
        QCOMPARE(message->count(), 2);

        // Another selector (the next start) offers the remembered messages.
        StatusSelector next;
        QCOMPARE(next.findChild<QComboBox *>(u"statusMessageEdit"_s)->itemText(1), u"Lunch"_s);

        // A change made elsewhere (auto-away, say) shows too.
        feed.presence.setOwnPresence(Presence::Show::Dnd, u"Busy"_s);
        QCOMPARE(stateButton(selector)->text(), u"Do not disturb"_s);
        QCOMPARE(message->currentText(), u"Busy"_s);
    }

    void offlineSignsOutAndAStateSignsIn()
    {
        RosterFeed feed;
        StatusSelector selector;
        selector.setPresenceManager(&feed.presence);
        QSignalSpy signIn(&selector, &StatusSelector::signInRequested);
        QSignalSpy signOut(&selector, &StatusSelector::signOutRequested);
        QCOMPARE(stateButton(selector)->text(), u"Offline"_s);

        stateAction(selector, u"chat"_s)->trigger();
        QCOMPARE(signIn.size(), 1);
        QCOMPARE(feed.presence.ownPresence().show, Presence::Show::Chat);
        QCOMPARE(stateButton(selector)->text(), u"Offline"_s); // until signed in
        selector.setOnline(true);
        QCOMPARE(stateButton(selector)->text(), u"Free for chat"_s);

        stateAction(selector, u"offline"_s)->trigger();
        QCOMPARE(signOut.size(), 1);
        selector.setOnline(false);
        QCOMPARE(stateButton(selector)->text(), u"Offline"_s);
        QCOMPARE(stateButton(selector)->menu()->actions().size(), 7); // six states, a separator
    }
};

QTEST_MAIN(StatusSelectorTest)
#include "tst_status_selector.moc"
