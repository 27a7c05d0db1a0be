// Avatars between real accounts through the test Prosody (mod_pep, mod_vcard_legacy):
// an account publishes its avatar with OwnAvatarPublisher; a contact with +notify in its caps
// gets it through an XEP-0084 notification, a contact without gets it through the XEP-0153
// hash in presence and the vCard. A publisher whose data does not match the id it announced,
// or who announces a huge image, gets nothing stored at the other side.
#include "ClientHarness.h"
#include "account/AccountServices.h"
#include "avatars/AvatarCache.h"
#include "avatars/AvatarManager.h"
#include "avatars/AvatarStanzas.h"
#include "avatars/OwnAvatarPublisher.h"
#include "disco/DiscoResponder.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

Element subscription(const Jid &to, const QString &type)
{
    Element presence(u"presence"_s, ns::Client.toString());
    presence.setAttribute(u"to"_s, to.bareString());
    presence.setAttribute(u"type"_s, type);
    return presence;
}

// Approves every subscription request that reaches a client.
void approveEverySubscription(Client &client, QObject *context)
{
    QObject::connect(&client, &XmppStream::stanzaReceived, context, [&client](const Element &s) {
        if (s.is(u"presence", ns::Client) && s.attribute(u"type") == u"subscribe")
            client.send(subscription(Jid::parse(s.attribute(u"from")), u"subscribed"_s));
    });
}

QByteArray pictureBytes(int seed)
{
    QByteArray bytes = "\x89PNG\r\n\x1a\n";
    for (int i = 0; i < 2000; ++i)
        bytes.append(char((i * 31 + seed * 7) & 0xff));
    return bytes;
}

} // namespace

class AvatarsIntegrationTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;
    QString suffix;
    std::unique_ptr<ClientHarness> publisher; // publishes with the whole account wiring
    std::unique_ptr<AccountServices> publisherServices;
    std::unique_ptr<ClientHarness> modern; // +notify in its caps (AccountServices)
    std::unique_ptr<AccountServices> modernServices;
    std::unique_ptr<ClientHarness> legacy; // no caps: presence and vCard only
    std::unique_ptr<PresenceManager> legacyPresence;
    std::unique_ptr<AvatarCache> legacyCache;
    std::unique_ptr<AvatarManager> legacyAvatars;
    int legacyMetadataEvents = 0;

    QString publisherBare() const { return publisher->client().boundJid().bareString(); }

    std::unique_ptr<ClientHarness> signIn(const QString &user)
    {
        auto harness = std::make_unique<ClientHarness>(server, user);
        harness->settings().resource = u"avatars"_s;
        return harness;
    }

    bool publish(const QByteArray &bytes, QString *error)
    {
        std::optional<QString> outcome;
        publisherServices->ownAvatar()->publish(bytes, u"image/png"_s, 32, 32,
                                                [&](const QString &e) { outcome = e; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000)) {
            *error = u"no answer"_s;
            return false;
        }
        *error = *outcome;
        return outcome->isEmpty();
    }

    void sendIqAndWait(Client &client, const Element &iq)
    {
        bool answered = false;
        bool ok = false;
        client.sendIq(iq, [&](const IqResponse &r) {
            answered = true;
            ok = r.ok();
        });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        QVERIFY(ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        suffix = QString::number(QRandomGenerator::global()->generate(), 16);
        for (const QString &role : {u"pub"_s, u"modern"_s, u"legacy"_s}) {
            QVERIFY2(
                server.registerAccount(u"avatar%1%2"_s.arg(role, suffix), server.password, &error),
                qPrintable(error));
        }
        publisher = signIn(u"avatarpub"_s + suffix);
        publisherServices = std::make_unique<AccountServices>(
            &publisher->client(), QString(), nullptr, dir.filePath(u"publisher"_s));
        modern = signIn(u"avatarmodern"_s + suffix);
        modernServices = std::make_unique<AccountServices>(&modern->client(), QString(), nullptr,
                                                           dir.filePath(u"modern"_s));
        legacy = signIn(u"avatarlegacy"_s + suffix);
        legacyPresence = std::make_unique<PresenceManager>(&legacy->client());
        legacyCache = std::make_unique<AvatarCache>(dir.filePath(u"legacy"_s));
        legacyAvatars = std::make_unique<AvatarManager>(legacy->client(), legacyPresence.get(),
                                                        legacyCache.get());
        connect(&legacy->client(), &XmppStream::stanzaReceived, this, [this](const Element &s) {
            if (AvatarStanzas::metadataEventOf(s))
                ++legacyMetadataEvents;
        });
        for (ClientHarness *h : {publisher.get(), modern.get(), legacy.get()}) {
            approveEverySubscription(h->client(), this);
            h->connectToServer();
            QVERIFY2(h->waitFor(ConnectionState::Online), qPrintable(h->lastReason()));
        }
        // Subscription requests reach only resources that asked for the roster.
        QTRY_VERIFY_WITH_TIMEOUT(publisherServices->presence()->initialPresenceSent(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(modernServices->presence()->initialPresenceSent(), 10000);
        Element rosterGet(u"iq"_s, ns::Client.toString());
        rosterGet.setAttribute(u"type"_s, u"get"_s);
        rosterGet.addChild(u"query"_s, ns::Roster.toString());
        sendIqAndWait(legacy->client(), rosterGet);
        legacyPresence->sendInitialPresence();

        const Jid pub = publisher->client().boundJid().bare();
        for (ClientHarness *viewer : {modern.get(), legacy.get()}) {
            viewer->client().send(subscription(pub, u"subscribe"_s));
            publisher->client().send(subscription(viewer->client().boundJid(), u"subscribe"_s));
        }
        // Both viewers see the publisher's presence once the subscriptions are through.
        QTRY_VERIFY_WITH_TIMEOUT(modernServices->presence()->isAvailable(pub), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(legacyPresence->isAvailable(pub), 15000);
    }

    void bothXepsBringThePublishedAvatar()
    {
        const QByteArray picture = pictureBytes(1);
        const QString hash = AvatarStanzas::sha1Hex(picture);
        QString error;
        QVERIFY2(publish(picture, &error), qPrintable(error));
        QCOMPARE(publisherServices->presence()->ownAvatarHash().value_or(QString()), hash);

        // XEP-0084: the notification, then the data item from the publisher's PEP.
        QTRY_COMPARE_WITH_TIMEOUT(modernServices->avatars()->avatarFor(publisherBare()), picture,
                                  15000);
        QVERIFY(QFile::exists(dir.filePath(u"modern/"_s + hash)));
        // XEP-0153: the hash in presence, then the vCard PHOTO.
        QTRY_COMPARE_WITH_TIMEOUT(legacyAvatars->avatarFor(publisherBare()), picture, 15000);
        QCOMPARE(legacyMetadataEvents, 0); // without +notify it never saw a notification
        QVERIFY(QFile::exists(dir.filePath(u"legacy/"_s + hash)));
    }

    void aNewAvatarReplacesTheOld()
    {
        const QByteArray picture = pictureBytes(2);
        QSignalSpy modernChanged(modernServices->avatars(), &AvatarManager::avatarChanged);
        QString error;
        QVERIFY2(publish(picture, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(modernServices->avatars()->avatarFor(publisherBare()), picture,
                                  15000);
        QTRY_COMPARE_WITH_TIMEOUT(legacyAvatars->avatarFor(publisherBare()), picture, 15000);
        QVERIFY(modernChanged.count() >= 1);
    }

    void dataNotMatchingItsAnnouncedIdIsRefused()
    {
        const QByteArray before = modernServices->avatars()->avatarFor(publisherBare());
        QVERIFY(!before.isEmpty());
        // The publisher stores other bytes under the id of a picture it never publishes.
        const QByteArray announced = pictureBytes(3);
        const QString id = AvatarStanzas::sha1Hex(announced);
        const QByteArray served = pictureBytes(4);
        sendIqAndWait(publisher->client(), AvatarStanzas::publishData(id, served));
        QSignalSpy refused(modernServices->avatars(), &AvatarManager::avatarRefused);
        AvatarStanzas::AvatarInfo info{id, announced.size(), u"image/png"_s, 32, 32, {}};
        sendIqAndWait(publisher->client(), AvatarStanzas::publishMetadata({{info}}));
        QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 1, 15000);
        QCOMPARE(refused.constLast().at(0).toString(), publisherBare());
        QVERIFY(!QFile::exists(dir.filePath(u"modern/"_s + id)));
        QVERIFY(!QFile::exists(dir.filePath(u"modern/"_s + AvatarStanzas::sha1Hex(served))));
        QCOMPARE(modernServices->avatars()->avatarFor(publisherBare()), before);
    }

    void aHugeAnnouncementIsNotFetched()
    {
        const QString id = AvatarStanzas::sha1Hex("never sent");
        QSignalSpy refused(modernServices->avatars(), &AvatarManager::avatarRefused);
        AvatarStanzas::AvatarInfo info{id, 200 * 1024 * 1024, u"image/png"_s, 30000, 30000, {}};
        sendIqAndWait(publisher->client(), AvatarStanzas::publishMetadata({{info}}));
        QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 1, 15000);
        QCOMPARE(modernServices->avatars()->pendingFetches(), 0);
        QVERIFY(!QFile::exists(dir.filePath(u"modern/"_s + id)));
    }
};

QTEST_GUILESS_MAIN(AvatarsIntegrationTest)
#include "tst_avatars.moc"
