#pragma once

#include "im/Jid.h"
#include "stream/IqRouter.h"
#include "stream/IqTracker.h"
#include "xml/Element.h"

#include <QObject>

namespace Linnet {

// What protocol managers see of a connection: send stanzas, receive stanzas, make IQ
// requests, answer IQ requests. Client implements it over a real socket; tests use a fake
// that records what is sent.
class XmppStream : public QObject
{
    Q_OBJECT
public:
    explicit XmppStream(QObject *parent = nullptr);
    ~XmppStream() override;

    virtual void send(const Element &stanza) = 0;
    virtual Jid boundJid() const = 0;
    // The session managers work in: stays true while a dropped connection is being resumed.
    virtual bool isOnline() const = 0;
    // While true, inbound stanzas may be as large as ConnectionSettings::maxLargeStanzaBytes
    // (a roster of 10,000 contacts is one result of more than 1 MiB); otherwise the everyday
    // maxStanzaBytes applies.
    virtual void setLargeStanzasExpected(bool expected) { Q_UNUSED(expected) }
    // XEP-0198 is on for the current session: stanzaAcknowledged will follow every stanza sent
    // from now on, unless the session is lost first (onlineChanged(false)). Stanzas sent while a
    // dropped connection is being resumed are held and go out once it is back.
    virtual bool streamManagementActive() const { return false; }
    // A stanza sent now goes out, or is held for a resumption; otherwise send() drops it.
    virtual bool canSend() const { return true; }

    IqTracker &iqTracker() { return m_iqTracker; }
    IqRouter &iqRouter() { return m_iqRouter; }

    // Shorthand for iqTracker().request(...).
    QString sendIq(const Element &iq, IqTracker::Callback callback,
                   int timeoutMs = IqTracker::DefaultTimeoutMs);

Q_SIGNALS:
    // A message or presence stanza, or an IQ that neither the tracker nor the router took.
    void stanzaReceived(const Linnet::Element &stanza);
    // Not emitted while a dropped session is being resumed (XEP-0198): a resumption is
    // invisible to managers. onlineChanged(false) comes only when the session is really gone.
    void onlineChanged(bool online);
    // XEP-0198: the server confirmed it holds this stanza we sent.
    void stanzaAcknowledged(const Linnet::Element &stanza);

protected:
    // Subclasses pass every inbound stanza here once online.
    void dispatchIncoming(const Element &stanza);
    // Subclasses call this when the session ends, so pending IQs fail at once.
    void failPendingIqs(const QString &reason);

private:
    IqTracker m_iqTracker;
    IqRouter m_iqRouter;
};

} // namespace Linnet
