#include "im/Carbons.h"

#include "Logging.h"
#include "im/XmppDateTime.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {

Carbons::Carbons(XmppStream &stream, QObject *parent) : QObject(parent), m_stream(stream)
{
    connect(&stream, &XmppStream::onlineChanged, this, &Carbons::onOnlineChanged);
    // Already online: enable from the event loop, as after onlineChanged.
    if (stream.isOnline()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_stream.isOnline() && !m_enabled)
                    onOnlineChanged(true);
            },
            Qt::QueuedConnection);
    }
}

void Carbons::onOnlineChanged(bool online)
{
    if (!online) {
        // Carbons last for one session; the next sign-in enables them again.
        if (m_enabled) {
            m_enabled = false;
            Q_EMIT enabledChanged(false);
        }
        return;
    }
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.addChild(u"enable"_s, ns::Carbons.toString());
    m_stream.sendIq(iq, [self = QPointer(this)](const IqResponse &response) {
        if (!self)
            return;
        if (!response.ok()) {
            qCWarning(lcChat) << "Message carbons could not be enabled:" << response.sentence;
            // A lost session is no refusal: the next sign-in asks again.
            if (response.outcome != IqResponse::Outcome::Disconnected)
                Q_EMIT self->enableFailed(response.sentence);
            return;
        }
        if (!self->m_enabled) {
            self->m_enabled = true;
            Q_EMIT self->enabledChanged(true);
        }
    });
}

CarbonUnwrap Carbons::unwrap(const Element &stanza, const Jid &ownJid)
{
    CarbonUnwrap result;
    const Element received = stanza.firstChild(u"received", ns::Carbons);
    const Element sent = stanza.firstChild(u"sent", ns::Carbons);
    if (received.isNull() && sent.isNull()) {
        result.message = Message::fromElement(stanza);
        return result;
    }

    // Only our own server, speaking for our bare JID, may hand us copies of our conversations
    // (XEP-0280 §11); anyone else could forge messages "from" our contacts this way.
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!ownJid.isValid() || !from.isBare() || from != ownJid.bare()) {
        qCWarning(lcChat) << "Ignoring a carbon copy from" << stanza.attribute(u"from")
                          << ": carbons must come from our own bare address";
        result.kind = CarbonUnwrap::Kind::Spoofed;
        return result;
    }

    const Element wrapper = received.isNull() ? sent : received;
    const Element forwarded = wrapper.firstChild(u"forwarded", ns::Forward);
    const Element inner = forwarded.firstChild(u"message", ns::Client);
    const qsizetype wrappers = stanza.childrenNamed(u"received", ns::Carbons).size() +
                               stanza.childrenNamed(u"sent", ns::Carbons).size();
    if (wrappers != 1 || inner.isNull()) {
        qCWarning(lcChat) << "Ignoring a carbon copy without exactly one forwarded message";
        result.kind = CarbonUnwrap::Kind::Malformed;
        return result;
    }
    result.kind = received.isNull() ? CarbonUnwrap::Kind::Sent : CarbonUnwrap::Kind::Received;
    result.message = Message::fromElement(inner);
    if (!result.message.delayedAt.isValid()) {
        const Element delay = forwarded.firstChild(u"delay", ns::Delay);
        if (!delay.isNull())
            result.message.delayedAt = XmppDateTime::parse(delay.attribute(u"stamp"));
    }
    return result;
}

void Carbons::markPrivate(Element &stanza)
{
    if (stanza.firstChild(u"private", ns::Carbons).isNull())
        stanza.addChild(u"private"_s, ns::Carbons.toString());
    // XEP-0334 <no-copy/> asks servers that do not know carbons:2 for the same thing.
    if (stanza.firstChild(u"no-copy", ns::ProcessingHints).isNull())
        stanza.addChild(u"no-copy"_s, ns::ProcessingHints.toString());
}

} // namespace Linnet
