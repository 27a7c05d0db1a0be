// Helpers shared by the avatar unit and UI tests: image bytes, their hashes, and the stanzas
// a contact's server would send.
#pragma once

#include "RecordingStream.h"
#include "avatars/AvatarStanzas.h"
#include "xml/namespaces.h"

#include <QString>

namespace Linnet::Test {

using namespace Qt::StringLiterals;

inline Element avatarResult(const Element &request, const QString &from, const Element &payload)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"result"_s);
    iq.setAttribute(u"id"_s, request.attribute(u"id"));
    if (!from.isEmpty())
        iq.setAttribute(u"from"_s, from);
    if (!payload.isNull())
        iq.appendChild(payload);
    return iq;
}

inline Element vCardPayload(const QByteArray &photo, const QString &type = u"image/png"_s)
{
    Element vcard(u"vCard"_s, ns::VCardTemp.toString());
    vcard.addChild(u"FN"_s, ns::VCardTemp.toString()).setText(u"Juliet Capulet"_s);
    return AvatarStanzas::vCardWithPhoto(vcard, {{}, type, photo});
}

inline Element dataItemsPayload(const QString &id, const QByteArray &data)
{
    Element pubsub(u"pubsub"_s, ns::PubSub.toString());
    Element &items = pubsub.addChild(u"items"_s, ns::PubSub.toString());
    items.setAttribute(u"node"_s, ns::AvatarData.toString());
    Element &item = items.addChild(u"item"_s, ns::PubSub.toString());
    item.setAttribute(u"id"_s, id);
    item.addChild(u"data"_s, ns::AvatarData.toString())
        .setText(QString::fromLatin1(data.toBase64()));
    return pubsub;
}

inline Element metadataEvent(const QString &from, const QList<AvatarStanzas::AvatarInfo> &infos)
{
    Element message(u"message"_s, ns::Client.toString());
    if (!from.isEmpty())
        message.setAttribute(u"from"_s, from);
    message.setAttribute(u"type"_s, u"headline"_s);
    Element &items = message.addChild(u"event"_s, ns::PubSubEvent.toString())
                         .addChild(u"items"_s, ns::PubSubEvent.toString());
    items.setAttribute(u"node"_s, ns::AvatarMetadata.toString());
    Element &item = items.addChild(u"item"_s, ns::PubSubEvent.toString());
    if (!infos.isEmpty())
        item.setAttribute(u"id"_s, infos.constFirst().id);
    item.appendChild(AvatarStanzas::metadataElement({infos}));
    return message;
}

inline AvatarStanzas::AvatarInfo pngInfo(const QByteArray &data)
{
    return {AvatarStanzas::sha1Hex(data), data.size(), u"image/png"_s, 64, 64, {}};
}

inline Element presenceWithPhoto(const QString &from, const QString &hash)
{
    Element presence(u"presence"_s, ns::Client.toString());
    presence.setAttribute(u"from"_s, from);
    presence.addChild(u"x"_s, ns::VCardUpdate.toString())
        .addChild(u"photo"_s, ns::VCardUpdate.toString())
        .setText(hash);
    return presence;
}

} // namespace Linnet::Test
