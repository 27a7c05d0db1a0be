#pragma once

#include "im/Jid.h"
#include "xml/Element.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The stanzas of XEP-0084 (avatar data and metadata in PEP) and of XEP-0054/XEP-0153
// (the PHOTO of a vCard-temp). Values in, elements out, and the reverse; nothing is sent here.
namespace Linnet::AvatarStanzas {

// One <info/> of XEP-0084 metadata: an image of the avatar, by the SHA-1 of its bytes.
struct AvatarInfo
{
    QString id; // lowercase hex SHA-1 of the image bytes
    qint64 bytes = 0;
    QString type; // MIME type
    int width = 0;
    int height = 0;
    QString url; // set when the image is hosted elsewhere (we fetch only PEP-hosted data)
    friend bool operator==(const AvatarInfo &, const AvatarInfo &) = default;
};

// Metadata with no <info/> means the contact has disabled their avatar (XEP-0084 §4.2).
struct AvatarMetadata
{
    QList<AvatarInfo> infos;
    bool isDisabled() const { return infos.isEmpty(); }
};

// <metadata xmlns='urn:xmpp:avatar:metadata'/>; nothing when it is not one.
std::optional<AvatarMetadata> metadataFromElement(const Element &metadata);
Element metadataElement(const AvatarMetadata &metadata);
// The metadata a PEP notification message carries (the last item of the metadata node).
std::optional<AvatarMetadata> metadataEventOf(const Element &message);
// The info worth fetching: PEP-hosted, a well-formed id, at most maxBytes; image/png first.
std::optional<AvatarInfo> pickPepInfo(const AvatarMetadata &metadata, qint64 maxBytes);

// <iq type='get' to=owner><pubsub><items node='urn:xmpp:avatar:data'><item id=id/>…
Element dataRequest(const Jid &owner, const QString &id);
// The bytes of the data item with this id in a pubsub items result; nothing when the item is
// missing, is not base64, or decodes to more than maxBytes.
std::optional<QByteArray> dataFromResult(const Element &iq, const QString &id, qint64 maxBytes);
Element publishData(const QString &id, const QByteArray &data);
Element publishMetadata(const AvatarMetadata &metadata);

// vCard-temp.
struct VCardPhoto
{
    enum class State { None, Valid, Invalid };
    State state = State::None;
    QString type;
    QByteArray data;
};
// <iq type='get'><vCard xmlns='vcard-temp'/></iq> to 'to', or to our own account when invalid.
Element vCardRequest(const Jid &to);
// The PHOTO/BINVAL of a <vCard/>: None without one, Invalid when it is not base64 or is larger
// than maxBytes.
VCardPhoto photoFromVCard(const Element &vcard, qint64 maxBytes);
// The vCard with its PHOTO replaced (removed when photo.data is empty); the rest is kept.
Element vCardWithPhoto(const Element &vcard, const VCardPhoto &photo);
Element vCardSet(const Element &vcard);

// XEP-0153 §3.1: the lowercase hex SHA-1 of the image bytes.
QString sha1Hex(const QByteArray &data);
bool isWellFormedHash(QStringView hash);
// Strict base64 (whitespace allowed between characters, as vCards wrap lines); nothing when the
// text is not base64 or would decode to more than maxBytes.
std::optional<QByteArray> decodeBase64(const QString &text, qint64 maxBytes);

} // namespace Linnet::AvatarStanzas
