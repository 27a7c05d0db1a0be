#pragma once

#include "im/Message.h"

#include <QObject>

namespace Linnet {

class XmppStream;

// What a <message/> turned out to be with respect to XEP-0280 message carbons.
struct CarbonUnwrap
{
    enum class Kind {
        NotCarbon, // an ordinary message: use it as it is
        Received,  // a copy of a message another of our resources received
        Sent,      // a copy of a message another of our resources sent
        Spoofed,   // looks like a carbon but does not come from our own bare JID: ignore it
        Malformed, // a carbon wrapper without a forwarded message: ignore it
    };
    Kind kind = Kind::NotCarbon;
    Message message; // the forwarded message (Received/Sent) or the stanza itself (NotCarbon)
};

// XEP-0280: enables carbons after every fresh sign-in and unwraps carbon copies. A carbon is
// accepted only when its outer 'from' is the account's own bare JID (CVE-2017-5589 class).
class Carbons : public QObject
{
    Q_OBJECT
public:
    explicit Carbons(XmppStream &stream, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    // The whole check; ownJid is the account's bound JID.
    static CarbonUnwrap unwrap(const Element &stanza, const Jid &ownJid);
    // <private xmlns='urn:xmpp:carbons:2'/> keeps a message out of carbons.
    static void markPrivate(Element &stanza);

Q_SIGNALS:
    void enabledChanged(bool enabled);
    void enableFailed(const QString &sentence);

private:
    void onOnlineChanged(bool online);

    XmppStream &m_stream;
    bool m_enabled = false;
};

} // namespace Linnet
