// End to end against the test Prosody: two fresh accounts subscribe to each other; one of
// them chooses "Away" with a message in its status selector, and the other sees exactly that.
// The first one's contact list shows the other online meanwhile.
#include "ClientHarness.h"
#include "ContactListPanel.h"
#include "StatusSelector.h"
#include "account/AccountServices.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "models/RosterModel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
// One signed-in account with its managers, approving every subscription request.
struct Side
{
    Side(const TestServerInfo &server, const QString &user)
        : harness(server, user), services(&harness.client(), QString())
    {
        QObject::connect(services.subscriptions(), &Subscriptions::requestReceived,
                         services.subscriptions(), [this](const SubscriptionRequest &request) {
                             services.subscriptions()->approve(request.jid);
                         });
    }
    ContactManagers managers()
    {
        return {services.roster(), services.presence(), services.subscriptions(),
                services.blocking(), services.caps()};
    }
    Jid bare() { return harness.settings().jid; }

    ClientHarness harness;
    AccountServices services;
};
} // namespace

class PresenceOnlineTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
    }

    void statusSelectorChangesWhatTheOtherSees()
    {
        const QString tag = QString::number(QRandomGenerator::global()->bounded(1000000));
        const QString userA = u"uipres-a-"_s + tag;
        const QString userB = u"uipres-b-"_s + tag;
        QString error;
        QVERIFY2(server.registerAccount(userA, server.password, &error), qPrintable(error));
        QVERIFY2(server.registerAccount(userB, server.password, &error), qPrintable(error));

        Side a(server, userA);
        Side b(server, userB);
        ContactListPanel panel;
        panel.setManagers(a.managers());
        panel.show();

        a.harness.connectToServer();
        b.harness.connectToServer();
        QVERIFY(a.harness.waitFor(ConnectionState::Online));
        QVERIFY(b.harness.waitFor(ConnectionState::Online));
        panel.statusSelector()->setOnline(true);
        QTRY_VERIFY_WITH_TIMEOUT(a.services.roster()->isLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(b.services.roster()->isLoaded(), 10000);

        // Each asks for the other's presence; both approve.
        a.services.roster()->add(b.bare(), u"The Other"_s, {u"Test"_s});
        a.services.subscriptions()->request(b.bare());
        b.services.subscriptions()->request(a.bare());
        QTRY_VERIFY_WITH_TIMEOUT(b.services.presence()->isAvailable(a.bare()), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(a.services.presence()->isAvailable(b.bare()), 15000);

        // a's list shows b online under "Test".
        RosterModel *model = panel.model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->contactIndexes(b.bare()).isEmpty(), 10000);
        const QModelIndex row = model->contactIndexes(b.bare()).constFirst();
        QCOMPARE(row.data(RosterModel::NameRole).toString(), u"The Other"_s);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(RosterModel::StateRole).toInt(),
                                  int(RosterModel::State::Online), 10000);
        QCOMPARE(model->groupIndex(u"Test"_s).data(RosterModel::OnlineCountRole).toInt(), 1);

        // "Away" with a message, through the selector's widgets.
        StatusSelector *selector = panel.statusSelector();
        selector->findChild<QComboBox *>(u"statusMessageEdit"_s)
            ->lineEdit()
            ->setText(u"Out for lunch"_s);
        selector->findChild<QToolButton *>(u"stateButton"_s)
            ->menu()
            ->findChild<QAction *>(u"state_away"_s)
            ->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(b.services.presence()->aggregate(a.bare()).show,
                                  Presence::Show::Away, 10000);
        QCOMPARE(b.services.presence()->aggregate(a.bare()).statusFor(), u"Out for lunch"_s);

        // Do not disturb, no message.
        selector->findChild<QComboBox *>(u"statusMessageEdit"_s)->lineEdit()->clear();
        selector->findChild<QToolButton *>(u"stateButton"_s)
            ->menu()
            ->findChild<QAction *>(u"state_dnd"_s)
            ->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(b.services.presence()->aggregate(a.bare()).show,
                                  Presence::Show::Dnd, 10000);
        QCOMPARE(b.services.presence()->aggregate(a.bare()).statusFor(), QString());

        a.harness.client().disconnectFromServer();
        QTRY_VERIFY_WITH_TIMEOUT(!b.services.presence()->isAvailable(a.bare()), 10000);
        b.harness.client().disconnectFromServer();
    }
};

QTEST_MAIN(PresenceOnlineTest)
#include "tst_presence_online.moc"
