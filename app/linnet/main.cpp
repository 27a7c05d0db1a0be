// linnet: the desktop client. This file only wires an AccountStore, a PasswordStore, the
// AccountController and the MainWindow together.
//
// Start-up: every account in accounts.ini with autoConnect=true signs in at once (with its
// stored password), side by side in one window; without one, the sign-in dialog opens.
// Account > Accounts > Add Account… opens another.
//
// What a demo (or any pre-made profile) writes before starting linnet, with XDG_CONFIG_HOME
// pointing at a private folder C and LINNET_PASSWORD_STORE=file in the environment:
//
//   C/Linnet/linnet/accounts.ini   (QSettings INI; the full key list is in AccountStore.h)
//       [demo@localhost]
//       jid=demo@localhost
//       resource=linnet
//       host=127.0.0.1
//       port=<LINNET_TEST_STARTTLS_PORT>
//       tlsMode=starttls
//       pinnedCertificates=<LINNET_TEST_CERT_SHA256>   (hex; colons and case do not matter)
//       autoConnect=true
//       rememberPassword=true
//
//   C/Linnet/linnet/passwords.json (mode 0600; JSON object: account id -> password)
//       {"demo@localhost": "<password>"}
//
// LINNET_PASSWORD_STORE=file makes Linnet read passwords.json instead of the system keyring
// (it also falls back to that file by itself when no keyring answers). rememberPassword=true
// is what makes Linnet look for a stored password at all.
//
// Preferences (theme, notifications, privacy, …; keys in core/preferences/Preferences.cpp)
// live in C/Linnet/linnet.conf under [preferences]. One Linnet runs per user and C: a second
// start raises the first and exits 0 (ui/desktop/SingleInstance).
#include "AccountController.h"
#include "DesktopIdleSource.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "Translations.h"
#include "account/Account.h"
#include "account/AccountServices.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"
#include "desktop/DesktopIntegration.h"
#include "desktop/SingleInstance.h"
#include "preferences/Preferences.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Answers --version and --help without a display; returns -1 to go on starting the GUI.
int answerWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            QTextStream(stdout) << "linnet " << LINNET_VERSION << Qt::endl;
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            QTextStream(stdout)
                << "Usage: linnet [--version] [Qt options]\n"
                   "       linnet --screenshots DIR --screenshot-chat JID --screenshot-room "
                   "ROOM\n\n"
                   "Linnet, a desktop chat client for XMPP.\n"
                   "Accounts are read from $XDG_CONFIG_HOME/Linnet/linnet/accounts.ini.\n"
                   "One Linnet runs per user and configuration folder: starting it again\n"
                   "brings the running one to the front.\n"
                   "LINNET_PASSWORD_STORE=file keeps passwords in a file instead of the system "
                   "keyring.\n\n"
                   "--screenshots DIR (for the documentation; installer/screenshots.sh uses it):\n"
                   "once the account is online, show the main window, the chat with JID, the\n"
                   "group chat ROOM (joined) and the service browser, save each as a PNG in DIR\n"
                   "(main-window.png, chat.png, group-chat.png, service-browser.png) and quit.\n";
            return 0;
        }
    }
    return -1;
}

// The value after `name` on the command line (Qt's own options already removed), or empty.
QString optionValue(const QStringList &arguments, QStringView name)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : QString();
}

std::unique_ptr<Linnet::ScreenshotTour> screenshotTour(Linnet::MainWindow *window)
{
    const QStringList arguments = QApplication::arguments();
    Linnet::ScreenshotTour::Options options;
    options.directory = optionValue(arguments, u"--screenshots");
    if (options.directory.isEmpty())
        return nullptr;
    options.chat = Linnet::Jid::parse(optionValue(arguments, u"--screenshot-chat"));
    options.room = Linnet::Jid::parse(optionValue(arguments, u"--screenshot-room"));
    if (!options.chat.isValid() || !options.room.isValid()) {
        QTextStream(stderr) << "linnet: --screenshots needs --screenshot-chat JID and "
                               "--screenshot-room ROOM"
                            << Qt::endl;
        std::exit(2);
    }
    return std::make_unique<Linnet::ScreenshotTour>(options, window);
}
} // namespace

int main(int argc, char *argv[])
{
    if (const int answered = answerWithoutDisplay(argc, argv); answered >= 0)
        return answered;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Linnet"_s);
    QApplication::setApplicationName(u"linnet"_s);
    QApplication::setApplicationDisplayName(u"Linnet"_s);
    QApplication::setApplicationVersion(QStringLiteral(LINNET_VERSION));
    // The installed im.linnet.Linnet.desktop (installer/Packaging.cmake); also the icon's name.
    QApplication::setDesktopFileName(u"im.linnet.Linnet"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"im.linnet.Linnet"_s, QIcon(u":/icons/app/im.linnet.Linnet.svg"_s)));

    // Before any window exists: windows take their texts when they are built.
    Linnet::Translations translations;
    translations.load();

    // One Linnet per user and profile: a second start brings the first one forward and ends.
    // (Screenshot runs are instances of their own.)
    const bool screenshots = QApplication::arguments().contains(u"--screenshots"_s);
    Linnet::SingleInstance instance(Linnet::SingleInstance::defaultKey());
    if (!screenshots && instance.start() == Linnet::SingleInstance::Role::Secondary)
        return 0;

    // After the names are set: they choose the folders.
    Linnet::Preferences preferences;
    Linnet::AccountStore accounts;
    Linnet::PasswordStore passwords;
    Linnet::MainWindow window;
    Linnet::AccountController controller(&accounts, &passwords, &window);
    Linnet::DesktopIdleSource idle;
    Linnet::DesktopIntegration desktop(&window, &preferences);
    // The main window's close and the tray's Quit decide when Linnet ends (DesktopIntegration),
    // not the last visible window: the main window may be in the tray.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&desktop, &Linnet::DesktopIntegration::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&instance, &Linnet::SingleInstance::raiseRequested, &desktop,
                     &Linnet::DesktopIntegration::raiseWindow);

    // Every account runs at once: its contacts join the one list, its chats and rooms the one
    // chat window. The current one is what the Account and Tools menus act on.
    QObject::connect(&controller, &Linnet::AccountController::accountAdded, &window,
                     [&idle, &desktop, &window](Linnet::Account *account) {
                         account->services()->setIdleSource(&idle);
                         desktop.addAccount(account); // after the idle source: auto-away
                         window.addAccount(account);
                     });
    QObject::connect(&controller, &Linnet::AccountController::accountChanged, &window,
                     &Linnet::MainWindow::setCurrentAccount);
    QObject::connect(&window, &Linnet::MainWindow::currentAccountRequested, &controller,
                     &Linnet::AccountController::setCurrentAccount);
    QObject::connect(&window, &Linnet::MainWindow::addAccountRequested, &controller,
                     &Linnet::AccountController::showAddAccountDialog);
    QObject::connect(&window, &Linnet::MainWindow::signInRequested, &controller,
                     &Linnet::AccountController::showSignInDialog);
    QObject::connect(&window, &Linnet::MainWindow::signOutRequested, &controller,
                     &Linnet::AccountController::signOut);

    const std::unique_ptr<Linnet::ScreenshotTour> tour = screenshotTour(&window);
    if (tour)
        QObject::connect(&controller, &Linnet::AccountController::accountChanged, tour.get(),
                         &Linnet::ScreenshotTour::setAccount);

    window.show();
    controller.start();
    return app.exec();
}
