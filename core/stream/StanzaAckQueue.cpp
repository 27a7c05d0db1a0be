#include "stream/StanzaAckQueue.h"

namespace Linnet {

void StanzaAckQueue::reset(quint32 start)
{
    m_queue.clear();
    m_sent = 0;
    m_acknowledged = start;
    m_received = start;
}

void StanzaAckQueue::append(const Element &stanza, bool sent)
{
    // Sent stanzas are a prefix of the queue; a caller that wrote a stanza while others were
    // still held broke the order, and it is counted as held so that it goes out again.
    Q_ASSERT(!sent || m_sent == size());
    if (sent && m_sent == size())
        ++m_sent;
    m_queue.push_back(stanza);
}

StanzaAckQueue::AckOutcome StanzaAckQueue::acknowledge(quint32 h, QList<Element> *released)
{
    // Unsigned subtraction is the distance modulo 2^32. Following serial number arithmetic
    // (RFC 1982), a distance in the upper half means h lies behind the last acknowledgement.
    const quint32 distance = h - m_acknowledged;
    if (distance > quint32(m_sent))
        return distance >= 0x80000000u ? AckOutcome::Stale : AckOutcome::TooHigh;
    for (quint32 i = 0; i < distance; ++i) {
        if (released)
            released->append(m_queue.front());
        m_queue.pop_front();
    }
    m_sent -= qsizetype(distance);
    m_acknowledged = h;
    return AckOutcome::Accepted;
}

QList<Element> StanzaAckQueue::markAllSent()
{
    m_sent = size();
    return stanzas();
}

QList<Element> StanzaAckQueue::stanzas() const
{
    return QList<Element>(m_queue.begin(), m_queue.end());
}

} // namespace Linnet
