// An account's managers working together against the real server: the roster arrives
// and is versioned on the next sign-in, served from the account's database.
#include "ClientHarness.h"
#include "account/AccountServices.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class AccountServicesTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QString user;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        user = u"services%1"_s.arg(QRandomGenerator::global()->generate());
        QVERIFY2(server.registerAccount(user, server.password, &error), qPrintable(error));
    }

    void rosterThenPresenceAndVersionedSecondSignIn()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"account.sqlite"_s);
        {
            ClientHarness harness(server, user);
            AccountServices services(&harness.client(), database);
            QSignalSpy loaded(services.roster(), &Roster::loaded);
            harness.connectToServer();
            QVERIFY2(harness.waitFor(ConnectionState::Online), qPrintable(harness.lastReason()));
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
            QCOMPARE(services.roster()->lastFetchKind(), Roster::FetchKind::Full);

            RosterItem friendItem;
            friendItem.jid = Jid::parse(u"friend@localhost"_s);
            friendItem.name = u"Friend"_s;
            friendItem.groups = {u"Tests"_s};
            bool added = false;
            services.roster()->add(friendItem.jid, friendItem.name, friendItem.groups,
                                   [&](const IqResponse &r) { added = r.ok(); });
            QTRY_VERIFY_WITH_TIMEOUT(added && services.roster()->contains(friendItem.jid), 10000);
            QTest::qWait(300); // the push reaches the cache
            harness.client().disconnectFromServer();
            QVERIFY(harness.waitFor(ConnectionState::Disconnected));
        }
        {
            ClientHarness harness(server, user);
            AccountServices services(&harness.client(), database);
            QSignalSpy loaded(services.roster(), &Roster::loaded);
            harness.connectToServer();
            QVERIFY2(harness.waitFor(ConnectionState::Online), qPrintable(harness.lastReason()));
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
            // The server had nothing new: the roster came from the account's database.
            QCOMPARE(services.roster()->lastFetchKind(), Roster::FetchKind::Unchanged);
            QCOMPARE(services.roster()->item(Jid::parse(u"friend@localhost"_s))->name, u"Friend"_s);
        }
    }
};

QTEST_GUILESS_MAIN(AccountServicesTest)
#include "tst_account_services.moc"
