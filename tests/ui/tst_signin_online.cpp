// The whole sign-in path through the windows, against the real test Prosody: the sign-in
// dialog, the certificate dialog ("Trust always"), the status line saying "Online", and the
// next start signing in by itself from accounts.ini and the password file (as the demo does).
#include "AccountController.h"
#include "AccountOverview.h"
#include "CertificateDialog.h"
#include "ConnectionStatusWidget.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "TestServerInfo.h"
#include "account/Account.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
const QString Resource = u"linnet-ui-test"_s;

// The GUI as main.cpp wires it.
struct Gui
{
    Gui(AccountStore *store, PasswordStore *passwords) : controller(store, passwords, &window)
    {
        QObject::connect(&controller, &AccountController::accountChanged, &window,
                         &MainWindow::setAccount);
        QObject::connect(&window, &MainWindow::signInRequested, &controller,
                         &AccountController::showSignInDialog);
        QObject::connect(&window, &MainWindow::signOutRequested, &controller,
                         &AccountController::signOut);
        window.show();
    }

    QString status() const { return window.statusWidget()->text(); }

    MainWindow window;
    AccountController controller;
};
} // namespace

class TestSignInOnline : public QObject
{
    Q_OBJECT

private:
    TestServerInfo server;
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LINNET_PASSWORD_STORE", "file");
        QVERIFY(dir.isValid());
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void signInThroughTheDialogs()
    {
        AccountStore store(dir.filePath(u"accounts.ini"_s));
        PasswordStore passwords(PasswordStore::Backend::File, dir.filePath(u"passwords.json"_s));
        Gui gui(&store, &passwords);
        QVERIFY(QTest::qWaitForWindowExposed(&gui.window));
        gui.controller.start();

        SignInDialog *dialog = gui.controller.signInDialog();
        QVERIFY(dialog && dialog->isVisible());
        const QString jid = server.jid(u"carol"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"jidEdit"_s), jid + u'/' + Resource);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s),
                         server.passwordOf(u"carol"_s));
        QTest::mouseClick(dialog->findChild<QToolButton *>(u"advancedButton"_s), Qt::LeftButton);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"hostEdit"_s), server.host);
        dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(server.startTlsPort);
        auto *tls = dialog->findChild<QComboBox *>(u"tlsModeCombo"_s);
        tls->setCurrentIndex(tls->findText(u"STARTTLS"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);

        // The test server's certificate is self-signed: Linnet asks before going on.
        QTRY_VERIFY_WITH_TIMEOUT(gui.controller.certificateDialog() &&
                                     gui.controller.certificateDialog()->isVisible(),
                                 20000);
        CertificateDialog *certificate = gui.controller.certificateDialog();
        QCOMPARE(certificate->fingerprint(), server.certSha256Hex.toLower());
        QVERIFY(gui.status().startsWith(u"Offline — "_s));
        QTest::mouseClick(certificate->findChild<QPushButton *>(u"trustAlwaysButton"_s),
                          Qt::LeftButton);

        const QString online = u"Online — Signed in as %1/%2"_s.arg(jid, Resource);
        QTRY_COMPARE_WITH_TIMEOUT(gui.status(), online, 20000);
        QVERIFY(!gui.window.signInAction()->isEnabled());
        QVERIFY(gui.window.signOutAction()->isEnabled());
        const QString security = gui.window.findChild<QLabel *>(u"securityLabel"_s)->text();
        QVERIFY2(security.startsWith(u"Encrypted with TLSv1."_s), qPrintable(security));
        QCOMPARE(gui.window.findChild<QLabel *>(u"boundJidLabel"_s)->text(), jid + u'/' + Resource);

        // Pinned and remembered.
        const AccountSettings saved = store.account(jid);
        QCOMPARE(saved.connection.pinnedCertificates, QStringList{server.certSha256Hex.toLower()});
        QTRY_VERIFY(store.account(jid).rememberPassword);
        QVERIFY(QFile::exists(dir.filePath(u"passwords.json"_s)));

        gui.window.signOutAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(gui.status(), u"Offline"_s, 10000);
        QVERIFY(gui.window.signInAction()->isEnabled());
        QVERIFY(!store.account(jid).autoConnect); // signed out: stays out next time
    }

    void nextStartSignsInByItself()
    {
        // What the demo does: an account with autoConnect, a pinned certificate and a
        // remembered password. No dialog may appear.
        AccountStore store(dir.filePath(u"accounts.ini"_s));
        AccountSettings settings = store.account(server.jid(u"carol"_s));
        QVERIFY(settings.isValid());
        settings.autoConnect = true;
        QVERIFY(store.save(settings));

        PasswordStore passwords(PasswordStore::Backend::File, dir.filePath(u"passwords.json"_s));
        Gui gui(&store, &passwords);
        gui.controller.start();
        QVERIFY(!gui.controller.signInDialog());
        QTRY_VERIFY_WITH_TIMEOUT(gui.status().startsWith(u"Online — Signed in as "_s), 20000);
        QVERIFY(!gui.controller.certificateDialog());
        QVERIFY(!gui.controller.signInDialog());
        gui.controller.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(gui.status(), u"Offline"_s, 10000);
    }
};

QTEST_MAIN(TestSignInOnline)
#include "tst_signin_online.moc"
