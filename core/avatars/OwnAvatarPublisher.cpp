#include "avatars/OwnAvatarPublisher.h"

#include "Logging.h"
#include "avatars/AvatarCache.h"
#include "avatars/AvatarManager.h"
#include "avatars/AvatarStanzas.h"
#include "im/PresenceManager.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {

OwnAvatarPublisher::OwnAvatarPublisher(XmppStream &stream, PresenceManager *presence,
                                       AvatarManager *avatars, QObject *parent)
    : QObject(parent), m_stream(stream), m_presence(presence), m_avatars(avatars)
{
    connect(&stream, &XmppStream::onlineChanged, this, [this](bool online) {
        m_publishing = false;
        if (online)
            readOwnVCard();
    });
    // XEP-0153 §4.3: another client of ours changed the avatar (its presence or our PEP
    // node says so): our presence follows, once the new picture is verified.
    connect(avatars, &AvatarManager::avatarChanged, this, [this](const QString &key) {
        if (m_stream.isOnline() && key == m_stream.boundJid().bareString())
            m_presence->setOwnAvatarHash(m_avatars->hashFor(key));
    });
}

void OwnAvatarPublisher::readOwnVCard()
{
    QPointer<OwnAvatarPublisher> guard(this);
    m_stream.sendIq(AvatarStanzas::vCardRequest(Jid()), [guard](const IqResponse &response) {
        if (!guard)
            return;
        const auto photo = AvatarStanzas::photoFromVCard(
            response.iq.firstChild(u"vCard", ns::VCardTemp), AvatarCache::MaxBytes);
        // No vCard at all is an error from some servers: it means no photo as well.
        const bool noVCard = response.outcome == IqResponse::Outcome::Error &&
                             response.error.condition == StanzaErrorCondition::ItemNotFound;
        if (photo.state == AvatarStanzas::VCardPhoto::State::Valid) {
            guard->m_avatars->adopt(guard->m_stream.boundJid().bareString(), photo.data);
            guard->m_presence->setOwnAvatarHash(AvatarStanzas::sha1Hex(photo.data));
        } else if ((response.ok() && photo.state == AvatarStanzas::VCardPhoto::State::None) ||
                   noVCard) {
            guard->m_presence->setOwnAvatarHash(QString());
        } else {
            qCInfo(lcIm) << "Our own vCard photo is unknown:" << response.sentence;
        }
    });
}

void OwnAvatarPublisher::publish(const QByteArray &data, const QString &mimeType, int width,
                                 int height, Done done)
{
    if (data.isEmpty() || data.size() > AvatarCache::MaxBytes) {
        done(tr("The picture is too large to publish."));
        return;
    }
    if (!m_stream.isOnline()) {
        done(tr("Sign in to set your avatar."));
        return;
    }
    if (m_publishing) {
        done(tr("An avatar is being published already."));
        return;
    }
    m_publishing = true;
    AvatarStanzas::AvatarInfo info;
    info.id = AvatarStanzas::sha1Hex(data);
    info.bytes = data.size();
    info.type = mimeType;
    info.width = width;
    info.height = height;
    QPointer<OwnAvatarPublisher> guard(this);
    m_stream.sendIq(AvatarStanzas::publishData(info.id, data), [guard, info, data, mimeType,
                                                                done](const IqResponse &response) {
        if (!guard)
            return;
        if (!response.ok()) {
            guard->finish(data, done,
                          tr("The avatar could not be published: %1").arg(response.sentence));
            return;
        }
        guard->m_stream.sendIq(
            AvatarStanzas::publishMetadata({{info}}),
            [guard, data, mimeType, done](const IqResponse &response) {
                if (!guard)
                    return;
                if (!response.ok()) {
                    guard->finish(
                        data, done,
                        tr("The avatar could not be announced: %1").arg(response.sentence));
                    return;
                }
                guard->publishVCard(data, mimeType, done);
            });
    });
}

void OwnAvatarPublisher::publishVCard(const QByteArray &data, const QString &mimeType,
                                      const Done &done)
{
    QPointer<OwnAvatarPublisher> guard(this);
    m_stream.sendIq(
        AvatarStanzas::vCardRequest(Jid()), [guard, data, mimeType, done](const IqResponse &got) {
            if (!guard)
                return;
            const bool noVCard = got.outcome == IqResponse::Outcome::Error &&
                                 got.error.condition == StanzaErrorCondition::ItemNotFound;
            if (!got.ok() && !noVCard) {
                guard->finish(data, done, tr("Your vCard could not be read: %1").arg(got.sentence));
                return;
            }
            const Element vcard = AvatarStanzas::vCardWithPhoto(
                got.iq.firstChild(u"vCard", ns::VCardTemp), {{}, mimeType, data});
            guard->m_stream.sendIq(AvatarStanzas::vCardSet(vcard),
                                   [guard, data, done](const IqResponse &set) {
                                       if (!guard)
                                           return;
                                       guard->finish(data, done,
                                                     set.ok() ? QString()
                                                              : tr("Your vCard could not be "
                                                                   "saved: %1")
                                                                    .arg(set.sentence));
                                   });
        });
}

void OwnAvatarPublisher::finish(const QByteArray &data, const Done &done, const QString &error)
{
    m_publishing = false;
    if (error.isEmpty()) {
        m_avatars->adopt(m_stream.boundJid().bareString(), data);
        m_presence->setOwnAvatarHash(AvatarStanzas::sha1Hex(data));
    } else {
        qCWarning(lcIm) << "Publishing our avatar failed:" << error;
    }
    done(error);
}

} // namespace Linnet
