#pragma once

#include "im/Presence.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <optional>

namespace Linnet {

class XmppStream;

// Our own presence and everybody else's (RFC 6121 §4).
//
// Own presence: setOwnPresence() records what the user chose and, once initial presence went
// out (sendInitialPresence(), called by the account after the roster arrived), broadcasts it.
// Our caps <c/> (setOwnCaps) and avatar hash (setOwnAvatarHash) are attached to every available
// presence we send, broadcast or directed. Going offline is the account's business; unavailable
// presence only says so.
//
// Others' presence is kept per resource: bare JID -> resource -> last available Presence.
// Presence from our own other resources is tracked the same way under our own bare JID; the
// server's echo of our own broadcast (from our bound full JID) is not.
// The aggregate of a contact is the available resource with the highest priority; among
// equal priorities the most available show (chat > online > away > xa > dnd); among equal
// shows the resource whose presence arrived last. With no available resource the aggregate
// is the last unavailable presence received (status kept), or an empty unavailable one.
// A type='error' presence is kept on the contact (presenceError) and signalled; from the
// bare JID it ends all resources, from a full JID that resource; the next available
// presence clears it.
// MUC occupant presence (with <x xmlns='…muc#user'/>) is left to the MUC layer.
class PresenceManager : public QObject
{
    Q_OBJECT
public:
    explicit PresenceManager(XmppStream *stream, QObject *parent = nullptr);

    // Own presence.
    Presence ownPresence() const { return m_own; }
    bool initialPresenceSent() const { return m_initialSent; }
    void sendInitialPresence();
    void setOwnPresence(Presence::Show show, const QString &status = {}, int priority = 0);
    // The general form (type Available or Unavailable; 'to' is ignored). Used by AutoAway to
    // set <idle/>.
    void setOwnPresence(const Presence &presence);
    // Sends unavailable presence with an optional status; the session stays up.
    void setOwnUnavailable(const QString &status = {});
    void setOwnCaps(const CapsInfo &caps);
    CapsInfo ownCaps() const { return m_caps; }
    // XEP-0153: the hash of our vCard photo ("" for none) on every available presence we
    // send, like the caps; nothing leaves the <x/> out.
    void setOwnAvatarHash(const std::optional<QString> &hash);
    std::optional<QString> ownAvatarHash() const { return m_photoHash; }
    // Sends our current presence (or unavailable) to one entity, e.g. a MUC room or a
    // contact without subscription.
    void sendDirectedPresence(const Jid &to);
    void sendDirectedPresence(const Jid &to, const Presence &presence);

    // Others.
    QList<Jid> contacts() const; // bare JIDs with any tracked presence or error
    // resource -> presence of the available resources of a bare JID.
    QMap<QString, Presence> resources(const Jid &bare) const;
    // The presence of one full JID: available, or an empty unavailable one.
    Presence presence(const Jid &fullJid) const;
    Presence aggregate(const Jid &bare) const;
    bool isAvailable(const Jid &bare) const { return aggregate(bare).isAvailable(); }
    std::optional<StanzaError> presenceError(const Jid &bare) const;

Q_SIGNALS:
    void ownPresenceChanged();
    void contactPresenceChanged(const Linnet::Jid &bare);
    // Each presence taken in, after the tracking above was updated (for CapsManager).
    void presenceReceived(const Linnet::Presence &presence);
    void presenceErrorReceived(const Linnet::Jid &bare, const Linnet::StanzaError &error);
    void allPresenceCleared();

private:
    struct Contact
    {
        QHash<QString, Presence> available; // by resource
        QHash<QString, quint64> arrival;    // by resource, for the tie order
        Presence lastUnavailable = Presence::unavailable();
        std::optional<StanzaError> error;
    };

    void onStanza(const Element &stanza);
    void onOnlineChanged(bool online);
    void take(const Presence &presence);
    void broadcastOwn();
    Presence outbound(const Presence &presence) const;

    XmppStream *m_stream;
    Presence m_own;
    CapsInfo m_caps;
    std::optional<QString> m_photoHash;
    bool m_initialSent = false;
    QHash<Jid, Contact> m_contacts;
    quint64 m_arrivals = 0;
};

} // namespace Linnet
