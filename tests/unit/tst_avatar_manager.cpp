// AvatarManager and OwnAvatarPublisher over a recording stream: hashes from presence and from
// PEP notifications, fetches only for what the cache lacks, answers taken only from whom we
// asked, bytes stored only when they hash to the announced id, and our own avatar published
// through PEP, the vCard and presence.
#include "AvatarTestSupport.h"
#include "RecordingStream.h"
#include "avatars/AvatarCache.h"
#include "avatars/AvatarManager.h"
#include "avatars/OwnAvatarPublisher.h"
#include "im/PresenceManager.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
const QString Juliet = u"juliet@capulet.lit"_s;
const QByteArray Image = "\x89PNG\r\n\x1a\n juliet's picture";
const QString ImageHash = AvatarStanzas::sha1Hex(Image);
} // namespace

class AvatarManagerTest : public QObject
{
    Q_OBJECT
private:
    struct Fixture
    {
        RecordingStream stream{Jid::parse(u"romeo@montague.lit/home")};
        PresenceManager presence{&stream};
        AvatarCache cache;
        AvatarManager avatars{stream, &presence, &cache};
    };

    static Element lastIq(const RecordingStream &stream)
    {
        for (qsizetype i = stream.sent.size() - 1; i >= 0; --i) {
            if (stream.sent.at(i).is(u"iq", ns::Client))
                return stream.sent.at(i);
        }
        return {};
    }
    static int iqCount(const RecordingStream &stream)
    {
        return int(std::count_if(stream.sent.cbegin(), stream.sent.cend(),
                                 [](const Element &e) { return e.is(u"iq", ns::Client); }));
    }

private Q_SLOTS:
    void vCardHashInPresenceFetchesThatContactsVCard()
    {
        Fixture f;
        QSignalSpy changed(&f.avatars, &AvatarManager::avatarChanged);
        f.stream.receive(presenceWithPhoto(Juliet + u"/balcony"_s, ImageHash.toUpper()));
        const Element request = lastIq(f.stream);
        QCOMPARE(request.attribute(u"to"), Juliet);
        QVERIFY(!request.firstChild(u"vCard", ns::VCardTemp).isNull());

        f.stream.receive(avatarResult(request, Juliet, vCardPayload(Image)));
        QCOMPARE(f.avatars.hashFor(Juliet), ImageHash);
        QCOMPARE(f.avatars.avatarFor(Juliet), Image);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), Juliet);

        // Known now: the next presence with it asks nothing.
        f.stream.sent.clear();
        f.stream.receive(presenceWithPhoto(Juliet + u"/phone"_s, ImageHash));
        QCOMPARE(iqCount(f.stream), 0);
    }

    void contactsAvatarsAreRememberedForTheNextStart()
    {
        AvatarCache cache;
        {
            RecordingStream stream;
            PresenceManager presence(&stream);
            AvatarManager avatars(stream, &presence, &cache);
            stream.receive(presenceWithPhoto(Juliet + u"/balcony"_s, ImageHash));
            stream.receive(avatarResult(stream.sent.constLast(), Juliet, vCardPayload(Image)));
            QCOMPARE(avatars.avatarFor(Juliet), Image);
        } // written at the latest when the manager goes
        RecordingStream stream;
        AvatarManager again(stream, nullptr, &cache);
        QCOMPARE(again.avatarFor(Juliet), Image);
        QCOMPARE(stream.sent.size(), 0);
    }

    void anAnswerFromSomeoneElseIsNotTaken()
    {
        Fixture f;
        f.stream.receive(presenceWithPhoto(Juliet + u"/balcony"_s, ImageHash));
        const Element request = lastIq(f.stream);
        const QByteArray evil = "mallory's picture";
        f.stream.receive(avatarResult(request, u"mallory@evil.example"_s, vCardPayload(evil)));
        QVERIFY(f.avatars.hashFor(Juliet).isEmpty());
        QVERIFY(f.avatars.avatarFor(Juliet).isEmpty());
        f.stream.receive(avatarResult(request, Juliet, vCardPayload(Image)));
        QCOMPARE(f.avatars.avatarFor(Juliet), Image);
    }

    void dataThatDoesNotMatchItsHashIsRefused()
    {
        Fixture f;
        QSignalSpy refused(&f.avatars, &AvatarManager::avatarRefused);
        QSignalSpy changed(&f.avatars, &AvatarManager::avatarChanged);
        f.stream.receive(presenceWithPhoto(Juliet + u"/balcony"_s, ImageHash));
        f.stream.receive(
            avatarResult(lastIq(f.stream), Juliet, vCardPayload(QByteArray("something else"))));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!f.cache.contains(ImageHash));
        QVERIFY(!f.cache.contains(AvatarStanzas::sha1Hex("something else")));
        // Not asked again this session.
        f.stream.sent.clear();
        f.stream.receive(presenceWithPhoto(Juliet + u"/balcony"_s, ImageHash));
        QCOMPARE(iqCount(f.stream), 0);
    }

    void pepMetadataFetchesTheDataItemFromTheContact()
    {
        Fixture f;
        QSignalSpy changed(&f.avatars, &AvatarManager::avatarChanged);
        f.stream.receive(metadataEvent(Juliet, {pngInfo(Image)}));
        const Element request = lastIq(f.stream);
        QCOMPARE(request.attribute(u"to"), Juliet);
        const Element item = request.firstChild(u"pubsub", ns::PubSub)
                                 .firstChild(u"items", ns::PubSub)
                                 .firstChild(u"item", ns::PubSub);
        QCOMPARE(item.attribute(u"id"), ImageHash);
        f.stream.receive(avatarResult(request, Juliet, dataItemsPayload(ImageHash, Image)));
        QCOMPARE(f.avatars.avatarFor(Juliet), Image);
        QCOMPARE(changed.size(), 1);
    }

    void aNotificationCountsOnlyForItsSender()
    {
        Fixture f;
        // From an occupant JID (a full JID): ignored, nothing asked.
        f.stream.receive(metadataEvent(u"room@conference.capulet.lit/juliet"_s, {pngInfo(Image)}));
        QCOMPARE(iqCount(f.stream), 0);
        // From mallory about an image: mallory's avatar, never juliet's.
        f.stream.receive(metadataEvent(u"mallory@evil.example"_s, {pngInfo(Image)}));
        const Element request = lastIq(f.stream);
        QCOMPARE(request.attribute(u"to"), u"mallory@evil.example"_s);
        f.stream.receive(
            avatarResult(request, u"mallory@evil.example"_s, dataItemsPayload(ImageHash, Image)));
        QCOMPARE(f.avatars.hashFor(u"mallory@evil.example"_s), ImageHash);
        QVERIFY(f.avatars.hashFor(Juliet).isEmpty());
        // No 'from': our own account.
        f.stream.receive(metadataEvent({}, {pngInfo(Image)}));
        QCOMPARE(f.avatars.hashFor(u"romeo@montague.lit"_s), ImageHash);
    }

    void anOversizedOrMalformedAnnouncementIsNotFetched()
    {
        Fixture f;
        QSignalSpy refused(&f.avatars, &AvatarManager::avatarRefused);
        AvatarStanzas::AvatarInfo huge = pngInfo(Image);
        huge.bytes = 50 * 1024 * 1024;
        f.stream.receive(metadataEvent(Juliet, {huge}));
        f.stream.receive(presenceWithPhoto(u"tybalt@capulet.lit/x"_s, u"../../../etc/passwd"_s));
        QCOMPARE(iqCount(f.stream), 0);
        QCOMPARE(refused.size(), 2);
    }

    void oversizedDataIsRefused()
    {
        Fixture f;
        QSignalSpy refused(&f.avatars, &AvatarManager::avatarRefused);
        const QByteArray big(AvatarCache::MaxBytes + 1, 'x');
        const QString bigHash = AvatarStanzas::sha1Hex(big);
        f.stream.receive(presenceWithPhoto(Juliet + u"/balcony"_s, bigHash));
        f.stream.receive(avatarResult(lastIq(f.stream), Juliet, vCardPayload(big)));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!f.cache.contains(bigHash));
    }

    void pepSpeaksOverTheVCardAndCanDisable()
    {
        Fixture f;
        f.cache.store(ImageHash, Image);
        QSignalSpy changed(&f.avatars, &AvatarManager::avatarChanged);
        f.stream.receive(metadataEvent(Juliet, {pngInfo(Image)}));
        QCOMPARE(iqCount(f.stream), 0); // cached: nothing to fetch
        QCOMPARE(f.avatars.hashFor(Juliet), ImageHash);
        // A vCard hash from an old client of hers does not replace it.
        const QByteArray other = "old picture";
        f.stream.receive(presenceWithPhoto(Juliet + u"/old"_s, AvatarStanzas::sha1Hex(other)));
        QCOMPARE(iqCount(f.stream), 0);
        QCOMPARE(f.avatars.hashFor(Juliet), ImageHash);
        // Empty metadata: no avatar any more.
        f.stream.receive(metadataEvent(Juliet, {}));
        QVERIFY(f.avatars.hashFor(Juliet).isEmpty());
        QVERIFY(f.avatars.avatarFor(Juliet).isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void fetchesRunAFewAtATime()
    {
        Fixture f;
        QList<QByteArray> images;
        for (int i = 0; i < 6; ++i) {
            images.append("picture " + QByteArray::number(i));
            f.stream.receive(presenceWithPhoto(u"c%1@capulet.lit/r"_s.arg(i),
                                               AvatarStanzas::sha1Hex(images.last())));
        }
        QCOMPARE(iqCount(f.stream), AvatarManager::MaxConcurrentFetches);
        QCOMPARE(f.avatars.pendingFetches(), 6);
        const Element first = f.stream.sent.at(0);
        f.stream.receive(avatarResult(first, u"c0@capulet.lit"_s, vCardPayload(images.at(0))));
        QCOMPARE(iqCount(f.stream), AvatarManager::MaxConcurrentFetches + 1);
        QCOMPARE(f.avatars.avatarFor(u"c0@capulet.lit"_s), images.at(0));
    }

    void occupantAvatarsAreKeyedByOccupantJid()
    {
        Fixture f;
        Element presence = presenceWithPhoto(u"room@conference.capulet.lit/nurse"_s, ImageHash);
        presence.addChild(u"x"_s, ns::MucUser.toString());
        f.stream.receive(presence);
        const Element request = lastIq(f.stream);
        QCOMPARE(request.attribute(u"to"), u"room@conference.capulet.lit/nurse"_s);
        f.stream.receive(
            avatarResult(request, u"room@conference.capulet.lit/nurse"_s, vCardPayload(Image)));
        QCOMPARE(f.avatars.avatarFor(u"room@conference.capulet.lit/nurse"_s), Image);
        QVERIFY(f.avatars.hashFor(u"room@conference.capulet.lit"_s).isEmpty());
    }

    void ownHashGoesOutInPresence()
    {
        RecordingStream stream(Jid::parse(u"romeo@montague.lit/home"));
        PresenceManager presence(&stream);
        presence.sendInitialPresence();
        presence.setOwnAvatarHash(ImageHash);
        const auto sent = Presence::fromElement(stream.sent.constLast());
        QVERIFY(sent);
        QCOMPARE(sent->photoHash.value_or(QString()), ImageHash);
        presence.setOwnAvatarHash(QString());
        QCOMPARE(Presence::fromElement(stream.sent.constLast())->photoHash.value_or(u"-"_s),
                 QString());
    }

    void ownVCardIsReadAtSignIn()
    {
        Fixture f;
        OwnAvatarPublisher own(f.stream, &f.presence, &f.avatars);
        Q_EMIT f.stream.onlineChanged(true);
        const Element request = lastIq(f.stream);
        QVERIFY(!request.hasAttribute(u"to"));
        f.stream.receive(avatarResult(request, {}, vCardPayload(Image)));
        QCOMPARE(f.presence.ownAvatarHash().value_or(QString()), ImageHash);
        QCOMPARE(f.avatars.avatarFor(u"romeo@montague.lit"_s), Image);
    }

    void anotherClientOfOursChangesOurPresenceHash()
    {
        Fixture f;
        OwnAvatarPublisher own(f.stream, &f.presence, &f.avatars);
        f.presence.sendInitialPresence();
        // Our PEP node (no 'from': our own account) announces a new avatar.
        f.stream.receive(metadataEvent({}, {pngInfo(Image)}));
        const Element request = lastIq(f.stream);
        QCOMPARE(request.attribute(u"to"), u"romeo@montague.lit"_s);
        QVERIFY(!f.presence.ownAvatarHash()); // not before the picture is verified
        f.stream.receive(
            avatarResult(request, u"romeo@montague.lit"_s, dataItemsPayload(ImageHash, Image)));
        QCOMPARE(f.presence.ownAvatarHash().value_or(QString()), ImageHash);
        QCOMPARE(Presence::fromElement(f.stream.sent.constLast())->photoHash.value_or(QString()),
                 ImageHash);
    }

    void publishingGoesThroughPepVCardAndPresence()
    {
        Fixture f;
        OwnAvatarPublisher own(f.stream, &f.presence, &f.avatars);
        f.presence.sendInitialPresence();
        std::optional<QString> outcome;
        own.publish(Image, u"image/png"_s, 64, 64, [&](const QString &error) { outcome = error; });

        const Element data = lastIq(f.stream);
        QCOMPARE(data.firstChild(u"pubsub", ns::PubSub)
                     .firstChild(u"publish", ns::PubSub)
                     .attribute(u"node"),
                 ns::AvatarData.toString());
        f.stream.receive(avatarResult(data, {}, {}));
        const Element metadata = lastIq(f.stream);
        QCOMPARE(metadata.firstChild(u"pubsub", ns::PubSub)
                     .firstChild(u"publish", ns::PubSub)
                     .attribute(u"node"),
                 ns::AvatarMetadata.toString());
        f.stream.receive(avatarResult(metadata, {}, {}));
        const Element getVCard = lastIq(f.stream);
        QCOMPARE(getVCard.attribute(u"type"), u"get"_s);
        Element existing(u"vCard"_s, ns::VCardTemp.toString());
        existing.addChild(u"NICKNAME"_s, ns::VCardTemp.toString()).setText(u"Romeo"_s);
        f.stream.receive(avatarResult(getVCard, {}, existing));
        const Element setVCard = lastIq(f.stream);
        QCOMPARE(setVCard.attribute(u"type"), u"set"_s);
        const Element vcard = setVCard.firstChild(u"vCard", ns::VCardTemp);
        QCOMPARE(vcard.childText(u"NICKNAME", ns::VCardTemp), u"Romeo"_s);
        QCOMPARE(AvatarStanzas::photoFromVCard(vcard, AvatarCache::MaxBytes).data, Image);
        QVERIFY(!outcome);
        f.stream.receive(avatarResult(setVCard, {}, {}));
        QCOMPARE(outcome.value_or(u"-"_s), QString());
        QCOMPARE(Presence::fromElement(f.stream.sent.constLast())->photoHash.value_or(QString()),
                 ImageHash);
        QCOMPARE(f.avatars.avatarFor(u"romeo@montague.lit"_s), Image);
    }

    void publishingTooLargeAPictureFailsInWords()
    {
        Fixture f;
        OwnAvatarPublisher own(f.stream, &f.presence, &f.avatars);
        QString error;
        own.publish(QByteArray(AvatarCache::MaxBytes + 1, 'x'), u"image/png"_s, 1, 1,
                    [&](const QString &sentence) { error = sentence; });
        QVERIFY(!error.isEmpty());
        QCOMPARE(iqCount(f.stream), 0);
    }
};

QTEST_GUILESS_MAIN(AvatarManagerTest)
#include "tst_avatar_manager.moc"
