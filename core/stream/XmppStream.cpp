#include "stream/XmppStream.h"

#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

XmppStream::XmppStream(QObject *parent) : QObject(parent), m_iqTracker(this), m_iqRouter(this) {}

XmppStream::~XmppStream() = default;

QString XmppStream::sendIq(const Element &iq, IqTracker::Callback callback, int timeoutMs)
{
    return m_iqTracker.request(iq, std::move(callback), timeoutMs);
}

void XmppStream::dispatchIncoming(const Element &stanza)
{
    if (stanza.is(u"iq", ns::Client)) {
        const QString type = stanza.attribute(u"type");
        if (type == u"result" || type == u"error") {
            // Unmatched results are dropped: nobody asked, so nobody may be answered.
            m_iqTracker.handleResponse(stanza);
            return;
        }
        if (m_iqRouter.handleRequest(stanza))
            return;
    }
    Q_EMIT stanzaReceived(stanza);
}

void XmppStream::failPendingIqs(const QString &reason)
{
    m_iqTracker.failAll(IqResponse::Outcome::Disconnected, reason);
}

} // namespace Linnet
