#pragma once

#include "im/SubscriptionRequest.h"
#include "xml/Element.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Linnet {

class Roster;
class RosterCache;
class XmppStream;

// Presence subscriptions (RFC 6121 §3): asks contacts for their presence, answers their
// requests, cancels either direction. Inbound requests stay pending — across restarts when a
// cache is given — until the user answers them here, the contact withdraws, or the roster shows
// they were approved elsewhere. Requests from addresses that are not valid JIDs are ignored.
class Subscriptions : public QObject
{
    Q_OBJECT
public:
    // cache and roster may be null. The pending requests are loaded from the cache at once.
    explicit Subscriptions(XmppStream &stream, RosterCache *cache = nullptr,
                           Roster *roster = nullptr, QObject *parent = nullptr);

    // Set from the stream feature urn:xmpp:features:pre-approval (RFC 6121 §3.4).
    void setPreApprovalSupported(bool supported) { m_preApproval = supported; }
    bool preApprovalSupported() const { return m_preApproval; }

    // Asks to see the contact's presence (type='subscribe'), with an optional message.
    void request(const Jid &contact, const QString &message = {});
    // Lets the contact see our presence (type='subscribed'): answers their pending request or,
    // with none pending, pre-approves one. Returns false, sending nothing, when there is no
    // pending request and the server does not offer pre-approval.
    bool approve(const Jid &contact);
    // Refuses the contact's pending request (type='unsubscribed').
    void deny(const Jid &contact);
    // Stops the contact seeing our presence, or withdraws a pre-approval (type='unsubscribed').
    void cancel(const Jid &contact);
    // Stops seeing the contact's presence, or withdraws our request (type='unsubscribe').
    void unsubscribe(const Jid &contact);

    // Oldest first.
    QList<SubscriptionRequest> pendingRequests() const;
    bool hasPendingRequest(const Jid &contact) const { return m_pending.contains(contact.bare()); }

Q_SIGNALS:
    void requestReceived(const Linnet::SubscriptionRequest &request);
    void pendingRequestsChanged();
    // The contact approved our request (type='subscribed').
    void approvedByContact(const Linnet::Jid &contact);
    // The contact refused our request or cancelled our subscription (type='unsubscribed').
    void refusedByContact(const Linnet::Jid &contact);

private:
    void onStanza(const Element &stanza);
    void onRosterItem(const Jid &jid);
    void addPending(const SubscriptionRequest &request);
    void dropPending(const Jid &contact);
    void sendPresence(const Jid &contact, const QString &type, const QString &message = {});

    QPointer<XmppStream> m_stream;
    RosterCache *m_cache;
    QPointer<Roster> m_roster;
    QHash<Jid, SubscriptionRequest> m_pending;
    bool m_preApproval = false;
};

} // namespace Linnet
