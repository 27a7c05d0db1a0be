// The sign-in dialog, the certificate dialog, the status line and the main window's actions,
// offscreen: what the user sees and what their clicks turn into.
#include "AccountController.h"
#include "CertificateDialog.h"
#include "ConnectionStatusWidget.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "account/Account.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"
#include "accounts/AccountsMenu.h"
#include "stream/Client.h"
#include "stream/Session.h" // Client.h's inline session() needs the full type

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {
// A throwaway self-signed certificate, only displayed here.
const char TestCertificatePem[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBiDCCAS2gAwIBAgIULSlPlMTs59qqEJQUu7o1LlmCmm0wCgYIKoZIzj0EAwIw\n"
    "GTEXMBUGA1UEAwwOTGlubmV0IFRlc3QgQ0EwHhcNMjYxMTI4MTgwODI5WhcNMzYx\n"
    "MTI1MTgwODI5WjAZMRcwFQYDVQQDDA5MaW5uZXQgVGVzdCBDQTBZMBMGByqGSM49\n"
    "AgEGCCqGSM49AwEHA0IABCigjHzhDDVcgTww2Dr2AQq8c0AedikcUYozrimcA5Ic\n"
    "uHapFu/lJ/tGDs/8109v5mQVDIiIHsGJPjexa8WqAY6jUzBRMB0GA1UdDgQWBBRu\n"
    "6T5IaFgsKhP5KKPcrc9XGPv2FTAfBgNVHSMEGDAWgBRu6T5IaFgsKhP5KKPcrc9X\n"
    "GPv2FTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQDFZ+3zE0D2\n"
    "JqhAcnvTr8mD9nIfocM/2kcTF352rUBIlQIhAIwL1DBGL691ySHvAC2YH0kwKK0W\n"
    "9QhldXv5XHEeQj52\n"
    "-----END CERTIFICATE-----\n";

QSslCertificate testCertificate()
{
    return QSslCertificate::fromData(TestCertificatePem, QSsl::Pem).value(0);
}

// The fingerprint as a certificate viewer shows it, computed here independently.
QString expectedColonFingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    QStringList bytes;
    for (const char byte : digest)
        bytes.append(u"%1"_s.arg(uint(quint8(byte)), 2, 16, QChar(u'0')).toUpper());
    return bytes.join(u':');
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LINNET_PASSWORD_STORE", "file");
    }

    void invalidAddressShowsWhyAndDisablesSignIn()
    {
        SignInDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *jid = child<QLineEdit>(&dialog, u"jidEdit"_s);
        auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
        auto *error = child<QLabel>(&dialog, u"jidErrorLabel"_s);
        auto *signIn = child<QPushButton>(&dialog, u"signInButton"_s);
        QVERIFY(jid && password && error && signIn);
        QCOMPARE(jid->accessibleName(), u"Chat address"_s);

        // Nothing typed yet: no complaint, but nothing to sign in with either.
        QVERIFY(!error->isVisible());
        QVERIFY(!signIn->isEnabled());

        QTest::keyClicks(password, u"secret"_s);
        QTest::keyClicks(jid, u"demo@@localhost"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!signIn->isEnabled());

        jid->clear();
        QTest::keyClicks(jid, u"localhost"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Enter your whole address, like name@localhost."_s);
        QVERIFY(!signIn->isEnabled());

        jid->clear();
        QTest::keyClicks(jid, u"demo@localhost"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(signIn->isEnabled());

        // An empty password cannot sign in either.
        password->clear();
        QVERIFY(!signIn->isEnabled());
    }

    void allowUnencryptedShowsAWarning()
    {
        SignInDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *advanced = child<QToolButton>(&dialog, u"advancedButton"_s);
        auto *combo = child<QComboBox>(&dialog, u"tlsModeCombo"_s);
        auto *warning = child<QLabel>(&dialog, u"unencryptedWarning"_s);
        QVERIFY(advanced && combo && warning);
        QVERIFY(!combo->isVisible());
        QTest::mouseClick(advanced, Qt::LeftButton);
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(0), u"Automatic"_s);
        QCOMPARE(combo->itemText(1), u"STARTTLS"_s);
        QCOMPARE(combo->itemText(2), u"Direct TLS"_s);
        QCOMPARE(combo->itemText(3), u"Allow unencrypted"_s);
        QVERIFY(!warning->isVisible());

        combo->setCurrentIndex(3);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"anyone on the network can read"_s),
                 qPrintable(warning->text()));

        combo->setCurrentIndex(1);
        QVERIFY(!warning->isVisible());
    }

    void formBecomesAccountSettings()
    {
        AccountSettings saved = AccountSettings::forJid(Jid::parse(u"demo@localhost"));
        saved.pinCertificate(u"aa00000000000000000000000000000000000000000000000000000000000001"_s);
        saved.connection.host = u"127.0.0.1"_s;
        saved.connection.port = 5222;
        saved.connection.tlsMode = TlsMode::StartTls;

        SignInDialog dialog;
        dialog.setAccountSettings(saved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *host = child<QLineEdit>(&dialog, u"hostEdit"_s);
        auto *port = child<QSpinBox>(&dialog, u"portSpin"_s);
        auto *combo = child<QComboBox>(&dialog, u"tlsModeCombo"_s);
        QVERIFY(host && port && combo);
        QVERIFY(host->isVisible()); // customised settings open the advanced section
        QCOMPARE(host->text(), u"127.0.0.1"_s);
        QCOMPARE(port->value(), 5222);
        QCOMPARE(combo->currentText(), u"STARTTLS"_s);

        combo->setCurrentIndex(2);
        port->setValue(5223);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"passwordEdit"_s), u"pw"_s);
        QVERIFY(dialog.isInputValid());
        AccountSettings settings = dialog.accountSettings();
        QCOMPARE(settings.id, u"demo@localhost"_s);
        QCOMPARE(settings.connection.tlsMode, TlsMode::DirectTls);
        QCOMPARE(settings.connection.port, quint16(5223));
        QCOMPARE(settings.connection.pinnedCertificates, saved.connection.pinnedCertificates);
        QCOMPARE(dialog.password(), u"pw"_s);

        // Another address is another account: nothing carried over from the old one.
        auto *jid = child<QLineEdit>(&dialog, u"jidEdit"_s);
        jid->setText(u"alice@example.org/desk"_s);
        settings = dialog.accountSettings();
        QCOMPARE(settings.id, u"alice@example.org"_s);
        QCOMPARE(settings.connection.resource, u"desk"_s);
        QVERIFY(settings.connection.pinnedCertificates.isEmpty());
    }

    void certificateDialogShowsTheCertificate()
    {
        const QSslCertificate certificate = testCertificate();
        QVERIFY(!certificate.isNull());
        CertificateDialog dialog(u"localhost"_s, {certificate},
                                 {QSslError(QSslError::SelfSignedCertificate, certificate),
                                  QSslError(QSslError::HostNameMismatch, certificate)});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *fingerprint = child<QLabel>(&dialog, u"fingerprintLabel"_s);
        QVERIFY(fingerprint && fingerprint->isVisible());
        const QString expected = expectedColonFingerprint(certificate);
        QCOMPARE(expected.size(), 32 * 3 - 1);
        QCOMPARE(fingerprint->text().replace(u'\n', u':'), expected);
        QCOMPARE(child<QLabel>(&dialog, u"subjectLabel"_s)->text(), u"Linnet Test CA"_s);
        QCOMPARE(child<QLabel>(&dialog, u"issuerLabel"_s)->text(), u"Linnet Test CA"_s);
        QVERIFY(child<QLabel>(&dialog, u"notBeforeLabel"_s)->text().contains(u"2026"_s));
        QVERIFY(child<QLabel>(&dialog, u"notAfterLabel"_s)->text().contains(u"2036"_s));
        const QString errors = child<QLabel>(&dialog, u"errorsLabel"_s)->text();
        QVERIFY2(errors.contains(u"self-signed"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"does not belong to localhost"_s), qPrintable(errors));

        QSignalSpy chosen(&dialog, &CertificateDialog::choiceMade);
        QTest::mouseClick(child<QPushButton>(&dialog, u"trustAlwaysButton"_s), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(0).value<CertificateDialog::Choice>(),
                 CertificateDialog::Choice::TrustAlways);
        QCOMPARE(chosen.first().at(1).toString(),
                 QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void statusLineShowsEveryState_data()
    {
        QTest::addColumn<ConnectionState>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("offline") << ConnectionState::Disconnected << u"Offline"_s << u"Offline"_s;
        QTest::newRow("failed") << ConnectionState::Disconnected
                                << u"The server refused the password."_s
                                << u"Offline — The server refused the password."_s;
        QTest::newRow("connecting")
            << ConnectionState::Connecting << u"Connecting to 127.0.0.1:5222"_s
            << u"Connecting — Connecting to 127.0.0.1:5222"_s;
        QTest::newRow("securing") << ConnectionState::Securing << u"Encrypted with TLSv1.3"_s
                                  << u"Securing the connection — Encrypted with TLSv1.3"_s;
        QTest::newRow("authenticating")
            << ConnectionState::Authenticating << u"Signing in as demo@localhost"_s
            << u"Signing in — Signing in as demo@localhost"_s;
        QTest::newRow("binding") << ConnectionState::Binding << QString()
                                 << u"Starting the session"_s;
        QTest::newRow("online") << ConnectionState::Online
                                << u"Signed in as demo@localhost/linnet"_s
                                << u"Online — Signed in as demo@localhost/linnet"_s;
        QTest::newRow("reconnecting")
            << ConnectionState::Reconnecting
            << u"The connection was lost. Trying again in 4 seconds."_s
            << u"Reconnecting — The connection was lost. Trying again in 4 seconds."_s;
    }

    void statusLineShowsEveryState()
    {
        QFETCH(ConnectionState, state);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        ConnectionStatusWidget status;
        status.show();
        QVERIFY(QTest::qWaitForWindowExposed(&status));
        status.setState(state, reason);
        QCOMPARE(status.text(), expected);
        auto *text = child<QLabel>(&status, u"connectionStatusText"_s);
        QVERIFY(text && text->isVisible());
        QCOMPARE(text->text(), expected);
    }

    void mainWindowActionsFollowTheState()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.ini"_s));
        PasswordStore passwords(PasswordStore::Backend::File, dir.filePath(u"passwords.json"_s));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.signInAction()->isEnabled());
        QVERIFY(!window.signOutAction()->isEnabled());
        QCOMPARE(window.statusWidget()->text(), u"Offline — Not signed in"_s);

        // A server that accepts the connection and never answers: the account stays on its
        // way online.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        AccountSettings settings = AccountSettings::forJid(Jid::parse(u"demo@localhost"));
        settings.connection.host = u"127.0.0.1"_s;
        settings.connection.port = silent.serverPort();
        settings.connection.tlsMode = TlsMode::StartTls;
        Account account(settings, &passwords, &store);
        window.setAccount(&account);
        QCOMPARE(window.windowTitle(), u"demo@localhost — Linnet"_s);
        QVERIFY(window.signInAction()->isEnabled());
        QVERIFY(!window.signOutAction()->isEnabled());
        QCOMPARE(child<QLabel>(&window, u"accountJidLabel"_s)->text(), u"demo@localhost"_s);

        QSignalSpy signOut(&window, &MainWindow::signOutRequested);
        account.signIn(u"pw"_s, false);
        QTRY_VERIFY(account.state() != ConnectionState::Disconnected);
        QVERIFY(!window.signInAction()->isEnabled());
        QVERIFY(window.signOutAction()->isEnabled());
        const ConnectionStatePresentation shown{account.state(), account.stateReason(), false};
        QCOMPARE(window.statusWidget()->text(), shown.text());
        QVERIFY(window.statusWidget()->text().contains(u" — "_s));
        window.signOutAction()->trigger();
        QCOMPARE(signOut.size(), 1);
        account.signOut();
        QTRY_COMPARE(window.statusWidget()->text(), u"Offline"_s);
        QVERIFY(window.signInAction()->isEnabled());
        QVERIFY(!window.signOutAction()->isEnabled());
        window.setAccount(nullptr);
    }

    void controllerAsksAndAccountActs()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.ini"_s));
        PasswordStore passwords(PasswordStore::Backend::File, dir.filePath(u"passwords.json"_s));
        MainWindow window;
        AccountController controller(&store, &passwords, &window);
        connect(&controller, &AccountController::accountChanged, &window, &MainWindow::setAccount);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // No account yet: start() asks for one.
        controller.start();
        QVERIFY(controller.signInDialog() && controller.signInDialog()->isVisible());
        QVERIFY(!controller.account());
        SignInDialog *dialog = controller.signInDialog();
        QVERIFY(child<QLabel>(dialog, u"passwordStorageNote"_s)
                    ->text()
                    .contains(u"stored unencrypted"_s));
        QTest::keyClicks(child<QLineEdit>(dialog, u"jidEdit"_s), u"demo@localhost"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"passwordEdit"_s), u"pw"_s);
        QTest::mouseClick(child<QToolButton>(dialog, u"advancedButton"_s), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, u"hostEdit"_s), u"127.0.0.1"_s);
        child<QSpinBox>(dialog, u"portSpin"_s)->setValue(1);
        QTest::mouseClick(child<QPushButton>(dialog, u"signInButton"_s), Qt::LeftButton);
        QVERIFY(controller.account());
        QCOMPARE(window.account(), controller.account());
        QCOMPARE(store.account(u"demo@localhost"_s).connection.port, quint16(1));
        QVERIFY(store.account(u"demo@localhost"_s).autoConnect);

        // The certificate is rejected: the dialog asks, "Trust always" pins it.
        const QSslCertificate certificate = testCertificate();
        SessionError rejected = SessionError::make(SessionError::Kind::CertificateUntrusted,
                                                   u"The server's certificate is not trusted."_s);
        rejected.certificateChain = {certificate};
        rejected.sslErrors = {QSslError(QSslError::SelfSignedCertificate, certificate)};
        Q_EMIT controller.account()->client()->errorOccurred(rejected);
        QVERIFY(controller.certificateDialog() && controller.certificateDialog()->isVisible());
        QTest::mouseClick(
            child<QPushButton>(controller.certificateDialog(), u"trustAlwaysButton"_s),
            Qt::LeftButton);
        const QString pin =
            QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
        QCOMPARE(store.account(u"demo@localhost"_s).connection.pinnedCertificates,
                 QStringList{pin});

        // The server refuses the password: the sign-in dialog comes back and says why.
        Q_EMIT controller.account()->client()->errorOccurred(SessionError::make(
            SessionError::Kind::AuthenticationFailed, u"The server refused the password."_s));
        QTRY_VERIFY(controller.signInDialog() && controller.signInDialog()->isVisible());
        auto *error = child<QLabel>(controller.signInDialog(), u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The server refused the password."_s);
        QCOMPARE(child<QLineEdit>(controller.signInDialog(), u"jidEdit"_s)->text(),
                 u"demo@localhost"_s);
        controller.signInDialog()->reject();
        controller.signOut();
    }

    void addAccountOpensASecondOneBesideTheFirst()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(u"accounts.ini"_s));
        PasswordStore passwords(PasswordStore::Backend::File, dir.filePath(u"passwords.json"_s));
        MainWindow window;
        AccountController controller(&store, &passwords, &window);
        connect(&controller, &AccountController::accountAdded, &window, &MainWindow::addAccount);
        connect(&controller, &AccountController::accountChanged, &window,
                &MainWindow::setCurrentAccount);
        connect(&window, &MainWindow::addAccountRequested, &controller,
                &AccountController::showAddAccountDialog);
        connect(&window, &MainWindow::currentAccountRequested, &controller,
                &AccountController::setCurrentAccount);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Servers that accept connections and never answer: the accounts stay on their way.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const auto fillIn = [&](const QString &jid) {
            SignInDialog *dialog = controller.signInDialog();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(child<QLineEdit>(dialog, u"jidEdit"_s)->text(), QString()); // empty form
            QTest::keyClicks(child<QLineEdit>(dialog, u"jidEdit"_s), jid);
            QTest::keyClicks(child<QLineEdit>(dialog, u"passwordEdit"_s), u"pw"_s);
            QTest::mouseClick(child<QToolButton>(dialog, u"advancedButton"_s), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(dialog, u"hostEdit"_s), u"127.0.0.1"_s);
            child<QSpinBox>(dialog, u"portSpin"_s)->setValue(silent.serverPort());
            QTest::mouseClick(child<QPushButton>(dialog, u"signInButton"_s), Qt::LeftButton);
        };

        QAction *add = window.accountsMenu()->addAccountAction();
        QVERIFY(add->isEnabled());
        add->trigger();
        fillIn(u"first@localhost"_s);
        Account *first = controller.account();
        QVERIFY(first);
        QTRY_VERIFY(first->state() != ConnectionState::Disconnected);

        add->trigger();
        fillIn(u"second@localhost"_s);
        Account *second = controller.account();
        QVERIFY(second && second != first);
        QCOMPARE(controller.accounts(), (QList<Account *>{first, second}));
        QCOMPARE(window.accounts(), (QList<Account *>{first, second}));
        QVERIFY(first->state() != ConnectionState::Disconnected); // not signed out
        QCOMPARE(window.account(), second);
        QCOMPARE(window.windowTitle(), u"second@localhost — Linnet"_s);
        QVERIFY(store.contains(u"first@localhost"_s) && store.contains(u"second@localhost"_s));

        // Account > Accounts names both; choosing the first makes it current again.
        auto *pickFirst =
            window.accountsMenu()->findChild<QAction *>(u"accountAction:first@localhost"_s);
        QVERIFY(pickFirst);
        QVERIFY(!pickFirst->isChecked());
        pickFirst->trigger();
        QCOMPARE(controller.account(), first);
        QCOMPARE(window.windowTitle(), u"first@localhost — Linnet"_s);
        QVERIFY(window.accountsMenu()
                    ->findChild<QAction *>(u"accountAction:first@localhost"_s)
                    ->isChecked());
        controller.signOutAll();
        QTRY_VERIFY(first->state() == ConnectionState::Disconnected &&
                    second->state() == ConnectionState::Disconnected);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signin_dialog.moc"
