#include "im/Subscriptions.h"

#include "Logging.h"
#include "im/Roster.h"
#include "storage/Database.h"
#include "storage/RosterCache.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

Subscriptions::Subscriptions(XmppStream &stream, RosterCache *cache, Roster *roster,
                             QObject *parent)
    : QObject(parent), m_stream(&stream), m_cache(cache), m_roster(roster)
{
    connect(&stream, &XmppStream::stanzaReceived, this, &Subscriptions::onStanza);
    if (roster) {
        connect(roster, &Roster::itemAdded, this, &Subscriptions::onRosterItem);
        connect(roster, &Roster::itemChanged, this, &Subscriptions::onRosterItem);
    }
    if (m_cache) {
        auto merge = [this](const QList<SubscriptionRequest> &stored) {
            bool changed = false;
            for (const SubscriptionRequest &request : stored) {
                if (!m_pending.contains(request.jid)) {
                    m_pending.insert(request.jid, request);
                    changed = true;
                }
            }
            if (changed)
                Q_EMIT pendingRequestsChanged();
        };
        m_cache->database().deliver(m_cache->pendingRequests(), this, std::move(merge));
    }
}

QList<SubscriptionRequest> Subscriptions::pendingRequests() const
{
    QList<SubscriptionRequest> requests = m_pending.values();
    std::sort(requests.begin(), requests.end(),
              [](const SubscriptionRequest &a, const SubscriptionRequest &b) {
                  return a.receivedAt < b.receivedAt;
              });
    return requests;
}

void Subscriptions::onStanza(const Element &stanza)
{
    if (!stanza.is(u"presence", ns::Client))
        return;
    const QString type = stanza.attribute(u"type");
    if (type != u"subscribe" && type != u"unsubscribe" && type != u"subscribed" &&
        type != u"unsubscribed")
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid()) {
        qCWarning(lcIm) << "Ignoring a" << type << "presence from an invalid address"
                        << stanza.attribute(u"from");
        return;
    }
    const Jid contact = from.bare();
    if (m_stream && contact == m_stream->boundJid().bare())
        return;

    if (type == u"subscribe") {
        addPending(
            {contact, stanza.childText(u"status", ns::Client), QDateTime::currentDateTimeUtc()});
    } else if (type == u"unsubscribe") {
        dropPending(contact); // the contact withdrew the request
    } else if (type == u"subscribed") {
        Q_EMIT approvedByContact(contact);
    } else {
        Q_EMIT refusedByContact(contact);
    }
}

void Subscriptions::onRosterItem(const Jid &jid)
{
    // Approved from another resource: the roster shows the contact subscribed to us.
    if (!m_roster || !m_pending.contains(jid))
        return;
    const auto item = m_roster->item(jid);
    if (item && item->theySeeOurPresence())
        dropPending(jid);
}

void Subscriptions::addPending(const SubscriptionRequest &request)
{
    // The server delivers unanswered requests again at each sign-in: keep the first one.
    if (m_pending.contains(request.jid))
        return;
    m_pending.insert(request.jid, request);
    if (m_cache)
        m_cache->addPendingRequest(request);
    qCDebug(lcIm) << "Subscription request from" << request.jid.bareString();
    Q_EMIT requestReceived(request);
    Q_EMIT pendingRequestsChanged();
}

void Subscriptions::dropPending(const Jid &contact)
{
    if (!m_pending.remove(contact))
        return;
    if (m_cache)
        m_cache->removePendingRequest(contact);
    Q_EMIT pendingRequestsChanged();
}

void Subscriptions::sendPresence(const Jid &contact, const QString &type, const QString &message)
{
    if (!m_stream || !contact.isValid())
        return;
    Element presence(u"presence"_s, ns::Client.toString());
    presence.setAttribute(u"to"_s, contact.bareString());
    presence.setAttribute(u"type"_s, type);
    if (!message.isEmpty())
        presence.addChild(u"status"_s, ns::Client.toString()).setText(message);
    m_stream->send(presence);
}

void Subscriptions::request(const Jid &contact, const QString &message)
{
    sendPresence(contact.bare(), u"subscribe"_s, message);
}

bool Subscriptions::approve(const Jid &contact)
{
    const Jid bare = contact.bare();
    if (!m_pending.contains(bare) && !m_preApproval)
        return false;
    sendPresence(bare, u"subscribed"_s);
    dropPending(bare);
    return true;
}

void Subscriptions::deny(const Jid &contact)
{
    sendPresence(contact.bare(), u"unsubscribed"_s);
    dropPending(contact.bare());
}

void Subscriptions::cancel(const Jid &contact)
{
    sendPresence(contact.bare(), u"unsubscribed"_s);
    dropPending(contact.bare());
}

void Subscriptions::unsubscribe(const Jid &contact)
{
    sendPresence(contact.bare(), u"unsubscribe"_s);
}

} // namespace Linnet
