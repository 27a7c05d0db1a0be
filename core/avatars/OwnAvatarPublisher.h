#pragma once

#include <QObject>
#include <functional>

namespace Linnet {

class AvatarManager;
class PresenceManager;
class XmppStream;

// Our own avatar. After every sign-in it reads our vCard-temp, so our presence carries the
// XEP-0153 hash of our PHOTO (an empty <photo/> when there is none). publish() takes image
// bytes the UI has already checked and encoded, and publishes them everywhere: the XEP-0084
// data item, then the metadata that points to it, then the PHOTO of our vCard (the rest of
// the vCard kept), then the new hash in our presence. When another client of ours changes
// the avatar, the hash in our presence follows it.
class OwnAvatarPublisher : public QObject
{
    Q_OBJECT
public:
    // An empty sentence: published.
    using Done = std::function<void(const QString &errorSentence)>;

    OwnAvatarPublisher(XmppStream &stream, PresenceManager *presence, AvatarManager *avatars,
                       QObject *parent = nullptr);

    void publish(const QByteArray &data, const QString &mimeType, int width, int height, Done done);
    bool isPublishing() const { return m_publishing; }

private:
    void readOwnVCard();
    void publishVCard(const QByteArray &data, const QString &mimeType, const Done &done);
    void finish(const QByteArray &data, const Done &done, const QString &error);

    XmppStream &m_stream;
    PresenceManager *m_presence;
    AvatarManager *m_avatars;
    bool m_publishing = false;
};

} // namespace Linnet
