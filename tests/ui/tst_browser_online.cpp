// The service browser and the XML console over a real session with the test Prosody: the
// tree finds the MUC, pubsub and upload components and says what they are; the console shows
// what was sent and received and sends a raw stanza whose answer it then shows.
#include "ClientHarness.h"
#include "browser/ServiceBrowser.h"
#include "browser/ServiceDetails.h"
#include "console/ConsoleLogView.h"
#include "console/XmlConsole.h"
#include "console/XmlConsoleWindow.h"
#include "models/DiscoModel.h"
#include "models/DiscoServices.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class BrowserOnlineTest : public QObject
{
    Q_OBJECT

private:
    TestServerInfo server;

    static QModelIndex childWithJid(const QAbstractItemModel *model, const QModelIndex &parent,
                                    const QString &jid)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(DiscoModel::JidRole).toString() == jid)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void browserFindsTheComponents()
    {
        ClientHarness alice(server, u"alice"_s);
        alice.connectToServer();
        QVERIFY2(alice.waitFor(ConnectionState::Online), qPrintable(alice.lastReason()));
        DiscoServices services(&alice.client());
        ServiceBrowser browser({services.disco(), services.commands(), services.registration()});
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.browse(Jid::parse(server.domain));

        const QAbstractItemModel *model = browser.tree()->model();
        const QModelIndex root = model->index(0, 0);
        const QList<std::pair<QString, QString>> expected{
            {server.muc, u"Multi-user chat service"_s},
            {server.pubsub, u"Publish-subscribe service"_s},
            {server.upload, u"HTTP file upload"_s}};
        for (const auto &[jid, kind] : expected) {
            QTRY_VERIFY_WITH_TIMEOUT(childWithJid(model, root, jid).isValid(), 10000);
            const QModelIndex component = childWithJid(model, root, jid);
            QTRY_COMPARE_WITH_TIMEOUT(
                component.siblingAtColumn(DiscoModel::KindColumn).data().toString(), kind, 10000);
        }

        const QModelIndex muc = childWithJid(model, root, server.muc);
        browser.tree()->setCurrentIndex(muc);
        const auto *identities = browser.details()->findChild<QWidget *>(u"identityList"_s);
        const auto lines = [identities] {
            return identities->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
        };
        QTRY_VERIFY(!lines().isEmpty());
        QVERIFY(lines().first()->text().startsWith(u"Multi-user chat service (XEP-0045)"));
        QVERIFY(
            browser.details()->actionButton(ServiceCatalogue::Action::BrowseRooms)->isVisible());
    }

    void consoleShowsTrafficAndSendsRawXml()
    {
        ClientHarness bob(server, u"bob"_s);
        XmlConsole console(&bob.client());
        XmlConsoleWindow window(&console);
        window.show();
        bob.connectToServer();
        QVERIFY2(bob.waitFor(ConnectionState::Online), qPrintable(bob.lastReason()));
        auto *log = window.findChild<ConsoleLogView *>(u"consoleLog"_s);
        QTRY_VERIFY(log->toPlainText().contains(u"<bind"));
        // Signing in went through SASL; none of it is readable.
        QVERIFY(!log->toPlainText().contains(server.passwordOf(u"bob"_s)));
        QVERIFY(log->toPlainText().contains(u"[hidden]"));

        auto *input = window.findChild<QPlainTextEdit *>(u"sendEdit"_s);
        input->setPlainText(u"<iq type='get' id='console-v1' to='%1'>"
                            u"<query xmlns='jabber:iq:version'/></iq>"_s.arg(server.domain));
        window.findChild<QPushButton *>(u"sendButton"_s)->click();
        QVERIFY(input->toPlainText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"Prosody"), 10000);
        QVERIFY(log->toPlainText().contains(u"console-v1"));
    }
};

QTEST_MAIN(BrowserOnlineTest)
#include "tst_browser_online.moc"
