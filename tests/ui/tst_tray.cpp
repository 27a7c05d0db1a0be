// The tray, offscreen (where QSystemTrayIcon has no tray to show in): its menu changes our
// status through the status selector's own actions; its icon shows our presence and an unread
// marker with the count; Show/Hide and Quit; closing the main window goes to the tray only
// when there is one and the preference says so, and quits otherwise; DesktopIntegration puts
// the status choices, Preferences and the unread count of the main window into the tray.
#include "MainWindow.h"
#include "PresenceIcons.h"
#include "RosterFeed.h"
#include "StatusSelector.h"
#include "desktop/CloseToTray.h"
#include "desktop/DesktopIntegration.h"
#include "desktop/TrayIcon.h"
#include "desktop/TrayIconImage.h"
#include "preferences/Preferences.h"
#include "prefs/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Linnet;
using namespace Linnet::Test;

namespace {
QAction *actionNamed(QMenu *menu, const QString &name)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

QList<QAction *> stateActions(StatusSelector &selector)
{
    return selector.findChild<QMenu *>(u"stateMenu"_s)->actions();
}

// Whether the marker's red is in the image's upper right quarter.
bool hasMarker(const QImage &image)
{
    const QColor red = TrayIconImage::markerColour();
    for (int y = 0; y < image.height() / 2; ++y) {
        for (int x = image.width() / 2; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 255 && c.red() == red.red() && c.green() == red.green() &&
                c.blue() == red.blue())
                return true;
        }
    }
    return false;
}

// What the window manager's close button does: a close event to the window's QWindow, which
// Qt hands to the widget as a spontaneous close. (QWidget::close() and QWindow::close() are
// closes the program asks for: not spontaneous.)
void closeFromWindowManager(QWidget &window)
{
    QVERIFY(window.windowHandle());
    QCloseEvent event;
    QCoreApplication::sendEvent(window.windowHandle(), &event);
}
} // namespace

class TrayTest : public QObject
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

    void trayMenuChangesStatus()
    {
        RosterFeed feed;
        feed.presence.sendInitialPresence();
        StatusSelector selector;
        selector.setPresenceManager(&feed.presence);
        selector.setOnline(true);
        QWidget window;
        TrayIcon tray(&window);
        tray.setStatusActions(stateActions(selector));
        connect(&feed.presence, &PresenceManager::ownPresenceChanged, &tray,
                [&] { tray.setPresenceState(selector.currentState()); });
        tray.setPresenceState(selector.currentState());
        QCOMPARE(tray.presenceState(), RosterModel::State::Online);
        const QImage online = tray.image(32);

        // Show/Hide first, the six choices, Preferences may follow, Quit last.
        const QList<QAction *> entries = tray.menu()->actions();
        QCOMPARE(entries.first(), tray.showHideAction());
        QCOMPARE(entries.last(), tray.quitAction());
        for (const QString &state :
             {u"chat"_s, u"online"_s, u"away"_s, u"xa"_s, u"dnd"_s, u"offline"_s})
            QVERIFY2(actionNamed(tray.menu(), u"state_"_s + state), qPrintable(state));

        feed.stream.sent.clear();
        QAction *away = actionNamed(tray.menu(), u"state_away"_s);
        QCOMPARE(away->text(), PresenceIcons::label(RosterModel::State::Away));
        away->trigger();
        QCOMPARE(feed.stream.sent.size(), 1);
        QCOMPARE(feed.stream.sent.first().name(), u"presence"_s);
        QCOMPARE(feed.stream.sent.first().childText(u"show", u"jabber:client"), u"away"_s);
        QCOMPARE(selector.currentState(), RosterModel::State::Away);
        QCOMPARE(tray.presenceState(), RosterModel::State::Away);
        QVERIFY(tray.image(32) != online);
        QVERIFY(tray.toolTip().contains(PresenceIcons::label(RosterModel::State::Away)));

        // Offline from the tray asks to sign out, as it does in the selector.
        QSignalSpy signOut(&selector, &StatusSelector::signOutRequested);
        actionNamed(tray.menu(), u"state_offline"_s)->trigger();
        QCOMPARE(signOut.count(), 1);
    }

    void iconShowsAnUnreadMarkerWithTheCount()
    {
        QWidget window;
        TrayIcon tray(&window);
        tray.setPresenceState(RosterModel::State::Online);
        QVERIFY(!hasMarker(tray.image(64)));
        QVERIFY(!tray.toolTip().contains(u"unread"_s));

        tray.setUnreadCount(3);
        QCOMPARE(tray.unreadCount(), 3);
        QVERIFY(hasMarker(tray.image(64)));
        QVERIFY(hasMarker(tray.image(16)));
        QVERIFY2(tray.toolTip().contains(u"3 unread"_s), qPrintable(tray.toolTip()));
        QCOMPARE(TrayIconImage::unreadText(3), u"3"_s);
        QCOMPARE(TrayIconImage::unreadText(12), u"9+"_s);
        QCOMPARE(TrayIconImage::unreadText(0), QString());
        // Different counts look different.
        const QImage three = tray.image(64);
        tray.setUnreadCount(12);
        QVERIFY(tray.image(64) != three);

        tray.setUnreadCount(0);
        QVERIFY(!hasMarker(tray.image(64)));
    }

    void showHideAndQuit()
    {
        QWidget window;
        TrayIcon tray(&window);
        QVERIFY(!window.isVisible());
        Q_EMIT tray.menu()->aboutToShow();
        QCOMPARE(tray.showHideAction()->text(), u"&Show Linnet"_s);
        tray.showHideAction()->trigger();
        QVERIFY(window.isVisible());
        Q_EMIT tray.menu()->aboutToShow();
        QCOMPARE(tray.showHideAction()->text(), u"&Hide Linnet"_s);
        tray.showHideAction()->trigger();
        QVERIFY(!window.isVisible());
        // A minimised window comes back.
        window.showMinimized();
        tray.toggleWindow();
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());

        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        tray.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void closingGoesToTheTrayOnlyWithATrayAndThePreference()
    {
        Preferences preferences(dir.filePath(u"close.ini"_s));
        bool trayThere = true;
        QWidget window;
        CloseToTray closing(&window, &preferences, [&trayThere] { return trayThere; });
        QSignalSpy hidden(&closing, &CloseToTray::hiddenToTray);
        QSignalSpy quit(&closing, &CloseToTray::quitRequested);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        closeFromWindowManager(window);
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(quit.count(), 0);
        QVERIFY(!window.isVisible());

        // Quit in a menu closes the window by itself (not the window manager): that quits.
        window.show();
        QVERIFY(window.close());
        QCOMPARE(quit.count(), 1);
        QCOMPARE(hidden.count(), 1);

        // The preference off: the close button quits.
        preferences.setCloseToTray(false);
        window.show();
        closeFromWindowManager(window);
        QCOMPARE(quit.count(), 2);
        QCOMPARE(hidden.count(), 1);
        QVERIFY(!window.isVisible());

        // No tray (as offscreen, or a desktop without one): closing quits, whatever is set.
        preferences.setCloseToTray(true);
        trayThere = false;
        window.show();
        closeFromWindowManager(window);
        QCOMPARE(quit.count(), 3);
        QCOMPARE(hidden.count(), 1);
    }

    void desktopIntegrationFillsTheTray()
    {
        Preferences preferences(dir.filePath(u"desktop.ini"_s));
        MainWindow window;
        DesktopIntegration desktop(&window, &preferences);
        TrayIcon *tray = desktop.tray();
        // Offscreen there is no tray: nothing shows, and closing quits.
        QCOMPARE(TrayIcon::isAvailable(), false);
        QVERIFY(!tray->isVisible());
        QVERIFY(actionNamed(tray->menu(), u"state_away"_s));
        QAction *preferencesAction = actionNamed(tray->menu(), u"preferencesAction"_s);
        QVERIFY(preferencesAction);
        // The window's own Edit > Preferences… carries Ctrl+, (one binding, not two).
        QVERIFY(window.preferencesAction());
        QCOMPARE(window.preferencesAction()->shortcut(), QKeySequence(u"Ctrl+,"_s));
        QVERIFY(preferencesAction->shortcut().isEmpty());
        // Signed out: the tray says Offline.
        QCOMPARE(tray->presenceState(), RosterModel::State::Offline);

        // Ctrl+, in the main window opens Preferences.
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(desktop.preferencesDialog());
        QVERIFY(desktop.preferencesDialog()->isVisible());
        desktop.preferencesDialog()->close();

        QSignalSpy quit(&desktop, &DesktopIntegration::quitRequested);
        closeFromWindowManager(window);
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TrayTest)
#include "tst_tray.moc"
