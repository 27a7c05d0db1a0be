// Entity capabilities through the test Prosody: bob fetches and verifies the ver alice
// announces; a client that announces a ver and answers disco#info with other features is
// reported and not cached. Directed presence, so no subscription is needed.
#include "ClientHarness.h"
#include "disco/Caps.h"
#include "disco/CapsManager.h"
#include "disco/DiscoResponder.h"
#include "disco/EntityTimeResponder.h"
#include "disco/SoftwareVersionResponder.h"
#include "im/PresenceManager.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class PresenceCapsIntegrationTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QString suffix;

    std::unique_ptr<ClientHarness> online(const QString &user)
    {
        auto harness = std::make_unique<ClientHarness>(server, user);
        harness->settings().resource = u"caps-"_s + suffix;
        harness->connectToServer();
        if (!harness->waitFor(ConnectionState::Online))
            return nullptr;
        return harness;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        suffix = QString::number(QRandomGenerator::global()->generate(), 16);
    }

    void theOtherSideVerifiesOurVer()
    {
        auto alice = online(u"alice"_s);
        auto bob = online(u"bob"_s);
        QVERIFY(alice && bob);

        PresenceManager alicePresence(&alice->client());
        DiscoResponder aliceDisco(&alice->client());
        SoftwareVersionResponder version(&alice->client(), &aliceDisco);
        EntityTimeResponder time(&alice->client(), &aliceDisco);
        aliceDisco.addFeature(ns::Ping.toString());
        alicePresence.setOwnCaps(aliceDisco.caps());

        PresenceManager bobPresence(&bob->client());
        MemoryCapsCache cache;
        CapsManager bobCaps(&bob->client(), &bobPresence, &cache);
        int failures = 0;
        connect(&bobCaps, &CapsManager::verificationFailed, this, [&] { ++failures; });

        alicePresence.sendDirectedPresence(bob->client().boundJid());
        const Jid aliceFull = alice->client().boundJid();
        QVERIFY(QTest::qWaitFor([&] { return bobCaps.clientInfo(aliceFull).has_value(); }, 15000));
        QCOMPARE(bobCaps.clientName(aliceFull), u"Linnet"_s);
        QVERIFY(bobCaps.clientInfo(aliceFull)->hasFeature(ns::Version));
        QVERIFY(bobCaps.clientInfo(aliceFull)->hasFeature(ns::Time));
        QVERIFY(cache.lookup(u"sha-1"_s, aliceDisco.caps().ver));
        QCOMPARE(failures, 0);
    }

    void aHostileMismatchIsNotCached()
    {
        auto carol = online(u"carol"_s);
        auto bob = online(u"bob"_s);
        QVERIFY(carol && bob);

        // Carol announces the XEP's simple example ver but describes herself differently.
        const QString claimedVer = u"QgayPKawpkPSDYmwT/WM94uAlu0="_s;
        const QString node = u"http://example.org/liar"_s;
        int asked = 0;
        carol->client().iqRouter().addHandler(
            u"get"_s, u"query"_s, ns::DiscoInfo.toString(), [&](const Element &) {
                ++asked;
                DiscoInfo lie;
                lie.node = node + u'#' + claimedVer;
                lie.identities = {{u"client"_s, u"pc"_s, {}, u"Exodus 0.9.1"_s}};
                lie.features = {ns::DiscoInfo.toString(), ns::Caps.toString(),
                                u"urn:xmpp:jingle:1"_s};
                return IqAnswer::result(lie.toElement());
            });

        PresenceManager bobPresence(&bob->client());
        MemoryCapsCache cache;
        CapsManager bobCaps(&bob->client(), &bobPresence, &cache);
        std::optional<QString> failure;
        Jid failedJid;
        connect(&bobCaps, &CapsManager::verificationFailed, this,
                [&](const Jid &jid, const QString &sentence) {
                    failedJid = jid;
                    failure = sentence;
                });

        Element presence(u"presence"_s, ns::Client.toString());
        presence.setAttribute(u"to"_s, bob->client().boundJid().toString());
        Element &c = presence.addChild(u"c"_s, ns::Caps.toString());
        c.setAttribute(u"hash"_s, u"sha-1"_s);
        c.setAttribute(u"node"_s, node);
        c.setAttribute(u"ver"_s, claimedVer);
        carol->client().send(presence);

        QVERIFY(QTest::qWaitFor([&] { return failure.has_value(); }, 15000));
        QCOMPARE(failedJid, carol->client().boundJid());
        QVERIFY(!failure->isEmpty());
        QCOMPARE(asked, 1);
        QVERIFY(!cache.lookup(u"sha-1"_s, claimedVer));
        QVERIFY(!bobCaps.clientInfo(carol->client().boundJid()));

        // Announcing it again does not make bob ask the liar again.
        carol->client().send(presence);
        QTest::qWait(500);
        QCOMPARE(asked, 1);
    }
};

QTEST_GUILESS_MAIN(PresenceCapsIntegrationTest)
#include "tst_presence_caps.moc"
