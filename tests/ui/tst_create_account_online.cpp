// "Create Account…" in the sign-in dialog against the real test Prosody (in-band
// registration is open there): the server's form appears with the user name and password
// already typed filled in, the account is created, and the sign-in fields hold it.
#include "SignInDialog.h"
#include "TestServerInfo.h"
#include "forms/CreateAccountDialog.h"
#include "forms/DataFormWidget.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class CreateAccountOnlineTest : public QObject
{
    Q_OBJECT

private:
    TestServerInfo server;

    // The dialog as it would be after the user trusted the test server's certificate.
    AccountSettings settingsFor(const QString &jid) const
    {
        AccountSettings settings = AccountSettings::forJid(Jid::parse(jid));
        settings.connection.host = server.host;
        settings.connection.port = server.startTlsPort;
        settings.connection.tlsMode = TlsMode::StartTls;
        settings.connection.pinnedCertificates = {server.certSha256Hex.toLower()};
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void createsAnAccountAndFillsTheSignInFields()
    {
        const QString user = u"ui-new-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const QString jid = server.jid(user);
        SignInDialog dialog;
        dialog.setAccountSettings(settingsFor(jid));
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), u"first-Pass-42"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"createAccountButton"_s),
                          Qt::LeftButton);

        auto *create = dialog.findChild<CreateAccountDialog *>(u"createAccountDialog"_s);
        QVERIFY(create && create->isVisible());
        auto *submit = create->findChild<QPushButton *>(u"submitButton"_s);
        auto *error = create->findChild<QLabel *>(u"errorBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled() || error->isVisible(), 20000);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        auto *username = create->findChild<QLineEdit *>(u"field-username"_s);
        auto *password = create->findChild<QLineEdit *>(u"field-password"_s);
        QVERIFY(username && password);
        QCOMPARE(username->text(), user);
        QCOMPARE(password->text(), u"first-Pass-42"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        QTest::mouseClick(submit, Qt::LeftButton);
        auto *notice = create->findChild<QLabel *>(u"noticeBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() || error->isVisible(), 20000);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QVERIFY(notice->text().contains(jid));
        QCOMPARE(dialog.findChild<QLineEdit *>(u"jidEdit"_s)->text(), jid);
        QCOMPARE(dialog.password(), u"first-Pass-42"_s);
        QVERIFY(dialog.isInputValid());

        // The same name again: the server says it is taken, and the form stays for a retry.
        QTest::mouseClick(create->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"createAccountButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog.findChildren<CreateAccountDialog *>().size() == 1);
        create = dialog.findChild<CreateAccountDialog *>(u"createAccountDialog"_s);
        submit = create->findChild<QPushButton *>(u"submitButton"_s);
        error = create->findChild<QLabel *>(u"errorBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled() || error->isVisible(), 20000);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY(!error->text().isEmpty());
        QVERIFY(submit->isEnabled());
    }
};

QTEST_MAIN(CreateAccountOnlineTest)
#include "tst_create_account_online.moc"
