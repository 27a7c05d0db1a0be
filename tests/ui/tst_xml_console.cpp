// The XML console window as a user sees it: a received stanza pretty-printed, filtered out by
// kind and by address, a registration password hidden, pausing, and raw XML refused with the
// reason when it is malformed while a good stanza goes out. And the Tools menu of the main
// window that opens it and the service browser.
#include "MainWindow.h"
#include "RecordingStream.h"
#include "account/Account.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"
#include "browser/ServiceBrowser.h"
#include "console/ConsoleLogView.h"
#include "console/XmlConsole.h"
#include "console/XmlConsoleWindow.h"
#include "models/ConsoleLogModel.h"
#include "models/DiscoModel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

using Direction = ConsoleEntry::Direction;

struct Fixture
{
    Fixture() : console(&stream), window(&console)
    {
        window.show();
        log = window.findChild<ConsoleLogView *>(u"consoleLog"_s);
    }

    QString shown() const
    {
        QCoreApplication::processEvents(); // rebuilds are coalesced through the event loop
        return log->toPlainText();
    }

    RecordingStream stream;
    XmlConsole console;
    XmlConsoleWindow window;
    ConsoleLogView *log = nullptr;
};

const QString Message =
    u"<message from='bob@localhost/phone' to='alice@localhost/desk' type='chat' id='m1'>"
    u"<body>Are you there?</body></message>"_s;

} // namespace

class XmlConsoleTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void toolsMenuOpensTheWindowsOfTheAccount()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AccountStore store(dir.filePath(u"accounts.ini"_s));
        PasswordStore passwords(PasswordStore::Backend::File, dir.filePath(u"passwords.json"_s));
        MainWindow window;
        QVERIFY(!window.xmlConsoleAction()->isEnabled());
        QVERIFY(!window.serviceBrowserAction()->isEnabled());
        {
            Account account(AccountSettings::forJid(Jid::parse(u"alice@example.org")), &passwords,
                            &store);
            window.setAccount(&account);
            QVERIFY(window.xmlConsoleAction()->isEnabled());
            window.xmlConsoleAction()->trigger();
            QVERIFY(window.xmlConsoleWindow() && window.xmlConsoleWindow()->isVisible());
            QVERIFY(!window.serviceBrowserAction()->isEnabled()); // only online
            window.showServiceBrowser();
            QVERIFY(window.serviceBrowser() && window.serviceBrowser()->isVisible());
            QCOMPARE(window.serviceBrowser()->model()->rootJid(), Jid::parse(u"example.org"));
        }
        // The account went, and its tool windows with it.
        QVERIFY(!window.xmlConsoleWindow());
        QVERIFY(!window.serviceBrowser());
        QVERIFY(!window.xmlConsoleAction()->isEnabled());
    }

    void showsAReceivedStanzaPrettyPrinted()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.console.record(Direction::Incoming, Message);
        const QString text = f.shown();
        QVERIFY2(text.contains(u"← "), qPrintable(text));
        QVERIFY(text.contains(u"from bob@localhost/phone"));
        QVERIFY(text.contains(u"\n  <body>Are you there?</body>\n</message>"));
        f.console.record(Direction::Outgoing, u"<presence/>"_s);
        QVERIFY(f.shown().contains(u"→ "));
    }

    void filtersByKindAndAddress()
    {
        Fixture f;
        f.console.record(Direction::Incoming, Message);
        f.console.record(Direction::Incoming, u"<presence from='carol@localhost/x'/>"_s);
        QVERIFY(f.shown().contains(u"Are you there?"));

        auto *messages =
            f.window.findChild<QCheckBox *>(u"kind%1"_s.arg(int(ConsoleEntry::Kind::Message)));
        QCOMPARE(messages->text(), XmlConsoleWindow::tr("&Messages"));
        messages->click();
        QVERIFY(!f.shown().contains(u"Are you there?"));
        QVERIFY(f.shown().contains(u"carol@localhost/x"));
        // While filtered out, new messages stay out; they come back with the filter.
        f.console.record(Direction::Incoming, Message);
        QVERIFY(!f.shown().contains(u"Are you there?"));
        messages->click();
        QCOMPARE(f.shown().count(u"Are you there?"), 2);

        QTest::keyClicks(f.window.findChild<QLineEdit *>(u"jidFilterEdit"_s), u"carol"_s);
        QVERIFY(!f.shown().contains(u"Are you there?"));
        QVERIFY(f.shown().contains(u"carol@localhost/x"));
        f.window.findChild<QLineEdit *>(u"jidFilterEdit"_s)->clear();

        QTest::keyClicks(f.window.findChild<QLineEdit *>(u"searchEdit"_s), u"you there"_s);
        QVERIFY(!f.shown().contains(u"carol@localhost/x"));
        QCOMPARE(f.shown().count(u"Are you there?"), 2);
    }

    void hidesARegistrationPassword()
    {
        Fixture f;
        f.console.record(
            Direction::Outgoing,
            u"<iq type='set' id='reg2' to='localhost'><query xmlns='jabber:iq:register'>"
            u"<username>bill</username><password>Calliope</password></query></iq>"_s);
        f.console.record(Direction::Outgoing,
                         u"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
                         u"AGJpbGwAQ2FsbGlvcGU=</auth>"_s);
        const QString text = f.shown();
        QVERIFY(text.contains(u"<username>bill</username>"));
        QVERIFY(text.contains(u"[hidden]"));
        QVERIFY(!text.contains(u"Calliope"));
        QVERIFY(!text.contains(u"AGJpbGwAQ2FsbGlvcGU="));
        QTest::keyClicks(f.window.findChild<QLineEdit *>(u"searchEdit"_s), u"Calliope"_s);
        QVERIFY(f.shown().isEmpty()); // not even findable
    }

    void pauseHoldsTrafficBack()
    {
        Fixture f;
        auto *pause = f.window.findChild<QPushButton *>(u"pauseButton"_s);
        pause->click();
        f.console.record(Direction::Incoming, Message);
        QVERIFY(!f.shown().contains(u"Are you there?"));
        QVERIFY(pause->text().contains(u"1"));
        pause->click();
        QVERIFY(f.shown().contains(u"Are you there?"));
        f.window.findChild<QPushButton *>(u"clearButton"_s)->click();
        QVERIFY(f.shown().isEmpty());
    }

    void refusesMalformedXmlAndSendsAStanza()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        auto *input = f.window.findChild<QPlainTextEdit *>(u"sendEdit"_s);
        auto *send = f.window.findChild<QPushButton *>(u"sendButton"_s);
        auto *error = f.window.findChild<QLabel *>(u"sendError"_s);
        QVERIFY(!error->isVisible());

        input->setFocus();
        QTest::keyClicks(input, u"<message to='bob@localhost'><body>hi</message>"_s);
        send->click();
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"not well-formed"), qPrintable(error->text()));
        QVERIFY(f.stream.sent.isEmpty());
        QCOMPARE(input->toPlainText(), u"<message to='bob@localhost'><body>hi</message>"_s);

        input->clear();
        QVERIFY(!error->isVisible()); // editing clears the complaint
        QTest::keyClicks(input, u"<presence/><presence/>"_s);
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(error->isVisible());
        QVERIFY(f.stream.sent.isEmpty());

        input->setPlainText(u"<message to='bob@localhost'><body>hi</body></message>"_s);
        send->click();
        QVERIFY(!error->isVisible());
        QCOMPARE(f.stream.sent.size(), 1);
        QCOMPARE(f.stream.sent.first().name(), u"message"_s);
        QCOMPARE(f.stream.sent.first().attribute(u"to"), u"bob@localhost"_s);
        QVERIFY(input->toPlainText().isEmpty());
    }

    void keepsOnlyTheLatestEntries()
    {
        Fixture f;
        f.console.log()->setMaxEntries(3);
        for (int i = 0; i < 6; ++i)
            f.console.record(Direction::Incoming, u"<message id='n%1'/>"_s.arg(i));
        const QString text = f.shown();
        QVERIFY(!text.contains(u"n2"));
        QVERIFY(text.contains(u"n3"));
        QVERIFY(text.contains(u"n5"));
        QCOMPARE(text.count(u"← "), 3);
    }
};

QTEST_MAIN(XmlConsoleTest)
#include "tst_xml_console.moc"
