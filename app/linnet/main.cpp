// linnet: the desktop client. This file only wires an AccountStore, a PasswordStore, the
// AccountController and the MainWindow together.
//
// Start-up: the first account in accounts.ini with autoConnect=true signs in at once (with
// its stored password); without one, the sign-in dialog opens.
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
#include "AccountController.h"
#include "DesktopIdleSource.h"
#include "MainWindow.h"
#include "account/Account.h"
#include "account/AccountServices.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"

#include <QApplication>
#include <QTextStream>
#include <cstring>

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
            QTextStream(stdout) << "Usage: linnet [--version] [Qt options]\n\n"
                                   "Linnet, a desktop chat client for XMPP.\n"
                                   "Accounts are read from $XDG_CONFIG_HOME/Linnet/linnet/"
                                   "accounts.ini.\n"
                                   "LINNET_PASSWORD_STORE=file keeps passwords in a file "
                                   "instead of the system keyring.\n";
            return 0;
        }
    }
    return -1;
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
    QApplication::setDesktopFileName(u"linnet"_s);

    // After the names are set: they choose the folders.
    Linnet::AccountStore accounts;
    Linnet::PasswordStore passwords;
    Linnet::MainWindow window;
    Linnet::AccountController controller(&accounts, &passwords, &window);
    Linnet::DesktopIdleSource idle;

    QObject::connect(&controller, &Linnet::AccountController::accountChanged, &window,
                     &Linnet::MainWindow::setAccount);
    QObject::connect(&controller, &Linnet::AccountController::accountChanged, &idle,
                     [&idle](Linnet::Account *account) {
                         if (account)
                             account->services()->setIdleSource(&idle);
                     });
    QObject::connect(&window, &Linnet::MainWindow::signInRequested, &controller,
                     &Linnet::AccountController::showSignInDialog);
    QObject::connect(&window, &Linnet::MainWindow::signOutRequested, &controller,
                     &Linnet::AccountController::signOut);

    window.show();
    controller.start();
    return app.exec();
}
