#include "avatars/AvatarStanzas.h"

#include "xml/namespaces.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Linnet::AvatarStanzas {

namespace {

Element iq(const QString &type)
{
    Element stanza(u"iq"_s, ns::Client.toString());
    stanza.setAttribute(u"type"_s, type);
    return stanza;
}

int dimension(const Element &info, QStringView name)
{
    bool ok = false;
    const int value = info.attribute(name).toInt(&ok);
    return ok && value > 0 ? value : 0;
}

Element publish(const QString &node, const QString &itemId, const Element &payload)
{
    Element stanza = iq(u"set"_s);
    Element &pubsub = stanza.addChild(u"pubsub"_s, ns::PubSub.toString());
    Element &publish = pubsub.addChild(u"publish"_s, ns::PubSub.toString());
    publish.setAttribute(u"node"_s, node);
    Element &item = publish.addChild(u"item"_s, ns::PubSub.toString());
    if (!itemId.isEmpty())
        item.setAttribute(u"id"_s, itemId);
    item.appendChild(payload);
    return stanza;
}

} // namespace

std::optional<AvatarMetadata> metadataFromElement(const Element &metadata)
{
    if (!metadata.is(u"metadata", ns::AvatarMetadata))
        return std::nullopt;
    AvatarMetadata result;
    for (const Element &info : metadata.childrenNamed(u"info", ns::AvatarMetadata)) {
        AvatarInfo value;
        value.id = info.attribute(u"id").trimmed().toLower();
        value.bytes = info.attribute(u"bytes").toLongLong();
        value.type = info.attribute(u"type");
        value.width = dimension(info, u"width");
        value.height = dimension(info, u"height");
        value.url = info.attribute(u"url");
        result.infos.append(value);
    }
    return result;
}

Element metadataElement(const AvatarMetadata &metadata)
{
    Element element(u"metadata"_s, ns::AvatarMetadata.toString());
    for (const AvatarInfo &value : metadata.infos) {
        Element &info = element.addChild(u"info"_s, ns::AvatarMetadata.toString());
        info.setAttribute(u"bytes"_s, QString::number(value.bytes));
        info.setAttribute(u"id"_s, value.id);
        info.setAttribute(u"type"_s, value.type);
        if (value.width > 0)
            info.setAttribute(u"width"_s, QString::number(value.width));
        if (value.height > 0)
            info.setAttribute(u"height"_s, QString::number(value.height));
        if (!value.url.isEmpty())
            info.setAttribute(u"url"_s, value.url);
    }
    return element;
}

std::optional<AvatarMetadata> metadataEventOf(const Element &message)
{
    const Element items =
        message.firstChild(u"event", ns::PubSubEvent).firstChild(u"items", ns::PubSubEvent);
    if (items.isNull() || items.attribute(u"node") != ns::AvatarMetadata)
        return std::nullopt;
    const QList<Element> published = items.childrenNamed(u"item", ns::PubSubEvent);
    if (published.isEmpty())
        return std::nullopt;
    return metadataFromElement(published.constLast().firstChild(u"metadata", ns::AvatarMetadata));
}

std::optional<AvatarInfo> pickPepInfo(const AvatarMetadata &metadata, qint64 maxBytes)
{
    std::optional<AvatarInfo> chosen;
    for (const AvatarInfo &info : metadata.infos) {
        if (!info.url.isEmpty() || !isWellFormedHash(info.id) || info.bytes <= 0 ||
            info.bytes > maxBytes)
            continue;
        if (info.type == u"image/png")
            return info; // XEP-0084 §4.2.1: every publisher offers PNG
        if (!chosen)
            chosen = info;
    }
    return chosen;
}

Element dataRequest(const Jid &owner, const QString &id)
{
    Element stanza = iq(u"get"_s);
    stanza.setAttribute(u"to"_s, owner.bare().toString());
    Element &pubsub = stanza.addChild(u"pubsub"_s, ns::PubSub.toString());
    Element &items = pubsub.addChild(u"items"_s, ns::PubSub.toString());
    items.setAttribute(u"node"_s, ns::AvatarData.toString());
    items.addChild(u"item"_s, ns::PubSub.toString()).setAttribute(u"id"_s, id);
    return stanza;
}

std::optional<QByteArray> dataFromResult(const Element &iq, const QString &id, qint64 maxBytes)
{
    const Element items = iq.firstChild(u"pubsub", ns::PubSub).firstChild(u"items", ns::PubSub);
    if (items.attribute(u"node") != ns::AvatarData)
        return std::nullopt;
    for (const Element &item : items.childrenNamed(u"item", ns::PubSub)) {
        if (item.attribute(u"id").compare(id, Qt::CaseInsensitive) != 0)
            continue;
        const Element data = item.firstChild(u"data", ns::AvatarData);
        if (data.isNull())
            return std::nullopt;
        return decodeBase64(data.text(), maxBytes);
    }
    return std::nullopt;
}

Element publishData(const QString &id, const QByteArray &data)
{
    Element payload(u"data"_s, ns::AvatarData.toString());
    payload.setText(QString::fromLatin1(data.toBase64()));
    return publish(ns::AvatarData.toString(), id, payload);
}

Element publishMetadata(const AvatarMetadata &metadata)
{
    const QString id = metadata.infos.isEmpty() ? QString() : metadata.infos.constFirst().id;
    return publish(ns::AvatarMetadata.toString(), id, metadataElement(metadata));
}

Element vCardRequest(const Jid &to)
{
    Element stanza = iq(u"get"_s);
    if (to.isValid())
        stanza.setAttribute(u"to"_s, to.toString());
    stanza.addChild(u"vCard"_s, ns::VCardTemp.toString());
    return stanza;
}

VCardPhoto photoFromVCard(const Element &vcard, qint64 maxBytes)
{
    VCardPhoto photo;
    const Element element = vcard.firstChild(u"PHOTO", ns::VCardTemp);
    const Element binval = element.firstChild(u"BINVAL", ns::VCardTemp);
    if (binval.isNull() || binval.text().trimmed().isEmpty())
        return photo;
    photo.type = element.childText(u"TYPE", ns::VCardTemp).trimmed();
    const auto data = decodeBase64(binval.text(), maxBytes);
    photo.state = data && !data->isEmpty() ? VCardPhoto::State::Valid : VCardPhoto::State::Invalid;
    if (data)
        photo.data = *data;
    return photo;
}

Element vCardWithPhoto(const Element &vcard, const VCardPhoto &photo)
{
    Element result =
        vcard.is(u"vCard", ns::VCardTemp) ? vcard : Element(u"vCard"_s, ns::VCardTemp.toString());
    result.removeChildren(u"PHOTO", ns::VCardTemp);
    if (photo.data.isEmpty())
        return result;
    Element &element = result.addChild(u"PHOTO"_s, ns::VCardTemp.toString());
    element.addChild(u"TYPE"_s, ns::VCardTemp.toString()).setText(photo.type);
    element.addChild(u"BINVAL"_s, ns::VCardTemp.toString())
        .setText(QString::fromLatin1(photo.data.toBase64()));
    return result;
}

Element vCardSet(const Element &vcard)
{
    Element stanza = iq(u"set"_s);
    stanza.appendChild(vcard);
    return stanza;
}

QString sha1Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

bool isWellFormedHash(QStringView hash)
{
    if (hash.size() != 40)
        return false;
    return std::all_of(hash.begin(), hash.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

std::optional<QByteArray> decodeBase64(const QString &text, qint64 maxBytes)
{
    // Four characters carry three bytes; a little slack for padding and line breaks.
    if (text.size() > (maxBytes / 3 + 1) * 4 * 2)
        return std::nullopt;
    QByteArray compact;
    compact.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c.unicode() > 0x7f)
            return std::nullopt;
        compact.append(char(c.unicode()));
    }
    if (compact.size() > (maxBytes / 3 + 1) * 4)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > maxBytes)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace Linnet::AvatarStanzas
