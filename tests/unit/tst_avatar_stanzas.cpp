// XEP-0084 and XEP-0153 stanzas from the specifications' examples, and the rules for reading
// what others send: ids, sizes and base64.
#include "PresenceTestSupport.h"
#include "avatars/AvatarStanzas.h"
#include "im/Presence.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class AvatarStanzasTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metadataNotificationOfXep0084()
    {
        // XEP-0084 Example 3.
        const Element message = parseClientStanza(
            u"<message to='romeo@montague.lit/home' from='juliet@capulet.lit'>"
            "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
            "<items node='urn:xmpp:avatar:metadata'>"
            "<item id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f'>"
            "<metadata xmlns='urn:xmpp:avatar:metadata'>"
            "<info bytes='12345' id='111f4b3c50d7b0df729d299bc6f8e9ef9066971f' height='64' "
            "type='image/png' width='64'/>"
            "</metadata></item></items></event></message>"_s);
        const auto metadata = AvatarStanzas::metadataEventOf(message);
        QVERIFY(metadata);
        QCOMPARE(metadata->infos.size(), 1);
        const AvatarStanzas::AvatarInfo info = metadata->infos.constFirst();
        QCOMPARE(info.id, u"111f4b3c50d7b0df729d299bc6f8e9ef9066971f"_s);
        QCOMPARE(info.bytes, 12345);
        QCOMPARE(info.type, u"image/png"_s);
        QCOMPARE(info.width, 64);
        QCOMPARE(info.height, 64);
        // Written out again it reads the same.
        const auto again =
            AvatarStanzas::metadataFromElement(AvatarStanzas::metadataElement(*metadata));
        QVERIFY(again);
        QCOMPARE(again->infos, metadata->infos);
    }

    void disabledMetadataHasNoInfo()
    {
        // XEP-0084 Example 9: publishing an empty <metadata/> disables the avatar.
        const Element message = parseClientStanza(
            u"<message from='juliet@capulet.lit'>"
            "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
            "<items node='urn:xmpp:avatar:metadata'><item id='current'>"
            "<metadata xmlns='urn:xmpp:avatar:metadata'/></item></items></event></message>"_s);
        const auto metadata = AvatarStanzas::metadataEventOf(message);
        QVERIFY(metadata);
        QVERIFY(metadata->isDisabled());
    }

    void otherNodesAreNotMetadata()
    {
        const Element message = parseClientStanza(
            u"<message from='juliet@capulet.lit'>"
            "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
            "<items node='urn:xmpp:avatar:data'><item id='x'>"
            "<metadata xmlns='urn:xmpp:avatar:metadata'/></item></items></event></message>"_s);
        QVERIFY(!AvatarStanzas::metadataEventOf(message));
    }

    void pickPrefersPepHostedPngWithinTheLimit()
    {
        const QString a = u"111f4b3c50d7b0df729d299bc6f8e9ef9066971f"_s;
        const QString b = u"e279f80c38f99c1e7e53e262b440993b2f7eea57"_s;
        const QString c = u"357a8123a30844a3aa99861b6349264ba67a5694"_s;
        AvatarStanzas::AvatarMetadata metadata;
        metadata.infos = {
            {a, 23456, u"image/gif"_s, 64, 64, u"http://avatars.example/a.gif"_s}, // elsewhere
            {b, 5000000, u"image/png"_s, 4000, 4000, {}},                          // too big
            {c, 12345, u"image/jpeg"_s, 64, 64, {}},
            {u"../../etc/passwd"_s, 100, u"image/png"_s, 64, 64, {}}, // not a hash
        };
        const auto chosen = AvatarStanzas::pickPepInfo(metadata, 1024 * 1024);
        QVERIFY(chosen);
        QCOMPARE(chosen->id, c);
        metadata.infos.append({a, 100, u"image/png"_s, 32, 32, {}});
        QCOMPARE(AvatarStanzas::pickPepInfo(metadata, 1024 * 1024)->id, a);
    }

    void dataRequestOfXep0084()
    {
        // XEP-0084 Example 5.
        const Element request =
            AvatarStanzas::dataRequest(Jid::parse(u"juliet@capulet.lit/balcony"),
                                       u"111f4b3c50d7b0df729d299bc6f8e9ef9066971f"_s);
        QCOMPARE(request.attribute(u"type"), u"get"_s);
        QCOMPARE(request.attribute(u"to"), u"juliet@capulet.lit"_s); // always the bare JID
        const Element items =
            request.firstChild(u"pubsub", ns::PubSub).firstChild(u"items", ns::PubSub);
        QCOMPARE(items.attribute(u"node"), ns::AvatarData.toString());
        QCOMPARE(items.firstChild(u"item", ns::PubSub).attribute(u"id"),
                 u"111f4b3c50d7b0df729d299bc6f8e9ef9066971f"_s);
    }

    void dataResultIsDecodedStrictly()
    {
        const QByteArray bytes = "\x89PNG\r\n\x1a\n not really";
        Element iq = parseClientStanza(u"<iq type='result' from='juliet@capulet.lit' id='r1'>"
                                       "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                                       "<items node='urn:xmpp:avatar:data'><item id='abc'>"
                                       "<data xmlns='urn:xmpp:avatar:data'>"_s +
                                       QString::fromLatin1(bytes.toBase64()) +
                                       u"</data></item></items></pubsub></iq>"_s);
        QCOMPARE(AvatarStanzas::dataFromResult(iq, u"abc"_s, 1024).value_or(QByteArray()), bytes);
        QVERIFY(!AvatarStanzas::dataFromResult(iq, u"other"_s, 1024));
        QVERIFY(!AvatarStanzas::dataFromResult(iq, u"abc"_s, 4)); // over the limit
        QVERIFY(!AvatarStanzas::decodeBase64(u"not*base64"_s, 1024));
        QCOMPARE(AvatarStanzas::decodeBase64(u"aGVs\n bG8="_s, 1024).value_or(QByteArray()),
                 QByteArray("hello"));
        // A huge text is refused before it is decoded.
        QVERIFY(!AvatarStanzas::decodeBase64(QString(100000, u'A'), 1024));
    }

    void publishStanzasOfXep0084()
    {
        const QByteArray bytes = "image bytes";
        const QString id = AvatarStanzas::sha1Hex(bytes);
        const Element data = AvatarStanzas::publishData(id, bytes);
        const Element publish =
            data.firstChild(u"pubsub", ns::PubSub).firstChild(u"publish", ns::PubSub);
        QCOMPARE(publish.attribute(u"node"), ns::AvatarData.toString());
        const Element item = publish.firstChild(u"item", ns::PubSub);
        QCOMPARE(item.attribute(u"id"), id);
        QCOMPARE(QByteArray::fromBase64(item.childText(u"data", ns::AvatarData).toLatin1()), bytes);

        const Element metadata =
            AvatarStanzas::publishMetadata({{{id, bytes.size(), u"image/png"_s, 64, 64, {}}}});
        const Element metaItem = metadata.firstChild(u"pubsub", ns::PubSub)
                                     .firstChild(u"publish", ns::PubSub)
                                     .firstChild(u"item", ns::PubSub);
        QCOMPARE(metaItem.attribute(u"id"), id);
        const auto read = AvatarStanzas::metadataFromElement(
            metaItem.firstChild(u"metadata", ns::AvatarMetadata));
        QVERIFY(read);
        QCOMPARE(read->infos.constFirst().bytes, bytes.size());
    }

    void vCardPhotoOfXep0153()
    {
        // XEP-0153 Example 2 (the BINVAL shortened to real base64).
        const Element vcard = parseClientStanza(
            u"<vCard xmlns='vcard-temp'><FN>Juliet</FN><PHOTO><TYPE>image/jpeg</TYPE>"
            "<BINVAL>aGVs\nbG8=</BINVAL></PHOTO></vCard>"_s);
        const auto photo = AvatarStanzas::photoFromVCard(vcard, 1024);
        QCOMPARE(photo.state, AvatarStanzas::VCardPhoto::State::Valid);
        QCOMPARE(photo.type, u"image/jpeg"_s);
        QCOMPARE(photo.data, QByteArray("hello"));

        const Element replaced =
            AvatarStanzas::vCardWithPhoto(vcard, {{}, u"image/png"_s, QByteArray("png!")});
        QCOMPARE(replaced.childText(u"FN", ns::VCardTemp), u"Juliet"_s); // the rest is kept
        QCOMPARE(replaced.childrenNamed(u"PHOTO", ns::VCardTemp).size(), 1);
        QCOMPARE(AvatarStanzas::photoFromVCard(replaced, 1024).data, QByteArray("png!"));

        const Element broken = parseClientStanza(
            u"<vCard xmlns='vcard-temp'><PHOTO><BINVAL>@@@</BINVAL></PHOTO></vCard>"_s);
        QCOMPARE(AvatarStanzas::photoFromVCard(broken, 1024).state,
                 AvatarStanzas::VCardPhoto::State::Invalid);
        const Element none = parseClientStanza(u"<vCard xmlns='vcard-temp'/>"_s);
        QCOMPARE(AvatarStanzas::photoFromVCard(none, 1024).state,
                 AvatarStanzas::VCardPhoto::State::None);
    }

    void presenceUpdateOfXep0153()
    {
        // XEP-0153 Example 3.
        const auto p = Presence::fromElement(parseClientStanza(
            u"<presence from='juliet@capulet.com/balcony'>"
            "<x xmlns='vcard-temp:x:update'>"
            "<photo>01B87FCD030B72895FF8F2B2B3A3A6B0C1DB3C9B</photo></x></presence>"_s));
        QVERIFY(p);
        QCOMPARE(p->photoHash.value_or(u"-"_s), u"01b87fcd030b72895ff8f2b2b3a3a6b0c1db3c9b"_s);
        const auto again = Presence::fromElement(p->toElement());
        QCOMPARE(again->photoHash, p->photoHash);

        const auto empty = Presence::fromElement(parseClientStanza(
            u"<presence><x xmlns='vcard-temp:x:update'><photo/></x></presence>"_s));
        QCOMPARE(empty->photoHash.value_or(u"-"_s), QString()); // no avatar
        const auto silent = Presence::fromElement(
            parseClientStanza(u"<presence><x xmlns='vcard-temp:x:update'/></presence>"_s));
        QVERIFY(!silent->photoHash); // not ready to say
    }

    void hashesAreLowercaseHexSha1()
    {
        QCOMPARE(AvatarStanzas::sha1Hex("abc"), u"a9993e364706816aba3e25717850c26c9cd0d89d"_s);
        QVERIFY(AvatarStanzas::isWellFormedHash(u"a9993e364706816aba3e25717850c26c9cd0d89d"));
        QVERIFY(!AvatarStanzas::isWellFormedHash(u"A9993E364706816ABA3E25717850C26C9CD0D89D"));
        QVERIFY(!AvatarStanzas::isWellFormedHash(u"../a9993e364706816aba3e25717850c26c9cd0d"));
    }
};

QTEST_GUILESS_MAIN(AvatarStanzasTest)
#include "tst_avatar_stanzas.moc"
