// Staying connected: the client comes back by itself after the server restarts.
#include "ClientHarness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class ReconnectTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reconnectsAfterServerRestart()
    {
        QString error;
        const auto server = TestServerInfo::load(&error);
        QVERIFY2(server, qPrintable(error));

        ClientHarness dave(*server, u"dave"_s);
        dave.client().reconnectPolicy() = ReconnectPolicy(200, 2000);
        dave.connectToServer();
        QVERIFY2(dave.waitFor(ConnectionState::Online), qPrintable(dave.lastReason()));
        const Jid firstJid = dave.client().boundJid();

        QVERIFY2(server->restartServer(&error), qPrintable(error));
        QVERIFY2(dave.countOf(ConnectionState::Reconnecting) > 0 ||
                     dave.waitFor(ConnectionState::Reconnecting, 10000),
                 qPrintable(dave.lastReason()));
        QVERIFY2(dave.waitFor(ConnectionState::Online, 60000), qPrintable(dave.lastReason()));
        QCOMPARE(dave.client().boundJid().bare(), firstJid.bare());

        // And it is really usable: the server answers a ping.
        bool answered = false;
        Element ping(u"iq"_s, u"jabber:client"_s);
        ping.setAttribute(u"type"_s, u"get"_s);
        ping.addChild(u"ping"_s, u"urn:xmpp:ping"_s);
        dave.client().sendIq(ping, [&](const IqResponse &r) { answered = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    }

    void deadConnectionIsDetected()
    {
        QString error;
        const auto server = TestServerInfo::load(&error);
        QVERIFY2(server, qPrintable(error));
        ClientHarness dave(*server, u"dave"_s);
        dave.client().liveness().setIntervals(300, 2000);
        dave.connectToServer();
        QVERIFY2(dave.waitFor(ConnectionState::Online), qPrintable(dave.lastReason()));
        // Pings every 300 ms of silence are answered: the session stays up.
        QTest::qWait(2000);
        QCOMPARE(dave.client().state(), ConnectionState::Online);
        QCOMPARE(dave.countOf(ConnectionState::Reconnecting), 0);
    }
};

QTEST_GUILESS_MAIN(ReconnectTest)
#include "tst_reconnect.moc"
