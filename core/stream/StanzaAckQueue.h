#pragma once

#include "xml/Element.h"

#include <QList>
#include <deque>

namespace Linnet {

// The bookkeeping of XEP-0198 without any I/O: the stanzas we sent since <enable/> that the
// server has not acknowledged yet, oldest first, and the number of stanzas we handled. Both
// counters are 32-bit and wrap from 2^32 - 1 to 0, as the XEP requires.
class StanzaAckQueue
{
public:
    enum class AckOutcome {
        Accepted, // h acknowledged zero or more of the stanzas in the queue
        Stale,    // h is behind an earlier acknowledgement: nothing changes
        TooHigh   // h acknowledges stanzas that were never sent
    };

    // Empties the queue and counts from start in both directions. The XEP starts at 0; tests
    // start just below 2^32 to cross the wraparound.
    void reset(quint32 start = 0);

    // A stanza written to the connection (sent) or held while there is none; held stanzas go
    // out, in order, with the next markAllSent().
    void append(const Element &stanza, bool sent);
    // Removes the stanzas that h acknowledges and returns them in *released, oldest first.
    AckOutcome acknowledge(quint32 h, QList<Element> *released);
    // Every queued stanza in order (to be written now); all of them count as sent afterwards.
    QList<Element> markAllSent();

    // The h of the last acknowledgement.
    quint32 acknowledged() const { return m_acknowledged; }
    // The h the server will report once it has handled everything written so far.
    quint32 sentCount() const { return m_acknowledged + quint32(m_sent); }
    qsizetype size() const { return qsizetype(m_queue.size()); }
    qsizetype unacknowledgedSent() const { return m_sent; }
    qsizetype held() const { return size() - m_sent; }
    QList<Element> stanzas() const;

    // Inbound: one more stanza handled; the h of our <a/>.
    void noteReceived() { ++m_received; }
    quint32 received() const { return m_received; }

private:
    std::deque<Element> m_queue;
    qsizetype m_sent = 0; // the first m_sent stanzas of the queue were written
    quint32 m_acknowledged = 0;
    quint32 m_received = 0;
};

} // namespace Linnet
