#include "stream/StreamManagement.h"

#include "Logging.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
Element nonza(const QString &name)
{
    return Element(name, ns::StreamManagement.toString());
}

QString counter(quint32 value)
{
    return QString::number(value);
}
} // namespace

StreamManagement::StreamManagement(QObject *parent) : QObject(parent)
{
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &StreamManagement::requestAck);
    m_ackTimer.setSingleShot(true);
    m_ackTimer.setInterval(DefaultAckTimeoutMs);
    connect(&m_ackTimer, &QTimer::timeout, this, &StreamManagement::onAckOverdue);
}

StreamManagement::~StreamManagement() = default;

void StreamManagement::attach(const QObject *connection, Writer writer)
{
    m_connection = connection;
    m_writer = std::move(writer);
}

void StreamManagement::detach(const QObject *connection)
{
    if (!connection || connection != m_connection)
        return;
    m_connection = nullptr;
    m_writer = nullptr;
    m_requestTimer.stop();
    m_ackTimer.stop();
    if (m_state == State::Resuming)
        m_state = State::Enabled; // that attempt is over; the next connection tries again
    // The window is counted from the first drop: failed attempts to come back do not extend it.
    if (m_state == State::Enabled && m_resumable && !m_deadlineRunning) {
        m_deadlineRunning = true;
        m_resumeDeadline.setRemainingTime(qint64(m_maxSeconds) * 1000);
    }
}

void StreamManagement::write(const Element &element)
{
    if (m_writer)
        m_writer(element);
}

void StreamManagement::enable(const Jid &boundJid)
{
    discard();
    m_state = State::Enabling;
    m_boundJid = boundJid;
    Element enable = nonza(u"enable"_s);
    enable.setAttribute(u"resume"_s, u"true"_s);
    write(enable);
}

void StreamManagement::resume()
{
    if (!canResume())
        return;
    m_state = State::Resuming;
    Element resume = nonza(u"resume"_s);
    resume.setAttribute(u"previd"_s, m_id);
    resume.setAttribute(u"h"_s, counter(m_queue.received()));
    write(resume);
}

void StreamManagement::sendFinalAck()
{
    if (m_state != State::Enabled || !isAttached())
        return;
    write(nonza(u"a"_s).setAttribute(u"h"_s, counter(m_queue.received())));
}

void StreamManagement::discard()
{
    m_requestTimer.stop();
    m_ackTimer.stop();
    m_state = State::Off;
    m_queue.reset();
    m_boundJid = Jid();
    m_id.clear();
    m_resumable = false;
    m_maxSeconds = 0;
    m_location.clear();
    m_broken = false;
    m_brokenReason.clear();
    m_brokenDetail.clear();
    m_deadlineRunning = false;
    m_overdueRequests = 0;
    m_resumedUnconfirmed = false;
}

bool StreamManagement::isStanza(const Element &element)
{
    const QString name = element.name();
    return (element.namespaceUri() == ns::Client || element.namespaceUri().isEmpty()) &&
           (name == u"message" || name == u"presence" || name == u"iq");
}

void StreamManagement::send(const Element &stanza)
{
    if (m_state == State::Off)
        return;
    const bool writeNow = isAttached() && m_queue.held() == 0 &&
                          (m_state == State::Enabling || m_state == State::Enabled);
    if (!isStanza(stanza)) {
        if (writeNow)
            write(stanza);
        else
            qCInfo(lcStream) << "No connection: dropping" << stanza.name();
        return;
    }
    m_queue.append(stanza, writeNow);
    if (!writeNow)
        return;
    write(stanza);
    scheduleAckRequest();
}

void StreamManagement::noteReceived()
{
    // The server counts what it sends from <enabled/> on, so stanzas before it do not count.
    if (m_state == State::Enabled)
        m_queue.noteReceived();
}

void StreamManagement::scheduleAckRequest()
{
    if (m_state == State::Enabled && m_queue.unacknowledgedSent() > 0 && !m_requestTimer.isActive())
        m_requestTimer.start();
}

void StreamManagement::requestAck()
{
    if (!isAttached() || m_state != State::Enabled || m_queue.unacknowledgedSent() == 0)
        return;
    write(nonza(u"r"_s));
    if (!m_ackTimer.isActive()) {
        if (m_overdueRequests == 0)
            m_receivedWhenAsked = m_queue.received();
        m_ackTimer.start();
    }
}

// A server that keeps sending stanzas but answers none of our requests does not read what we
// send. Prosody 0.12 does this to a session resumed after a drop that tore one of our stanzas:
// the resumed input still goes to the parser that holds the torn half, so the session takes
// in nothing more, and resuming it again would end the same way. Right after a resumption
// silence alone tells it; otherwise a dead network (nothing arrives at all) is left to the
// liveness check, whose drop may be resumed.
void StreamManagement::onAckOverdue()
{
    ++m_overdueRequests;
    const bool stanzasArrived = m_queue.received() != m_receivedWhenAsked;
    if ((m_resumedUnconfirmed && m_overdueRequests >= StoppedReadingRequestsAfterResume) ||
        (stanzasArrived && m_overdueRequests >= StoppedReadingRequests)) {
        fail(tr("The server stopped taking in what Linnet sends, so Linnet starts a new "
                "session."),
             u"no <a/> for %1 requests of %2 ms (%3)"_s.arg(m_overdueRequests)
                 .arg(m_ackTimer.interval())
                 .arg(m_resumedUnconfirmed ? u"after a resumption"_s
                                           : u"while stanzas still arrive"_s));
        Q_EMIT serverStoppedReading();
        return;
    }
    qCInfo(lcStream) << "No acknowledgement for" << m_queue.unacknowledgedSent()
                     << "stanzas yet: asking again";
    requestAck();
}

bool StreamManagement::canResume() const
{
    const bool expired = m_deadlineRunning && m_resumeDeadline.hasExpired();
    return (m_state == State::Enabled || m_state == State::Resuming) && m_resumable && !m_broken &&
           !expired;
}

qint64 StreamManagement::resumeTimeLeftMs() const
{
    return m_deadlineRunning ? m_resumeDeadline.remainingTime() : -1;
}

StreamManagement::Result StreamManagement::handle(const Element &element)
{
    if (element.namespaceUri() != ns::StreamManagement)
        return Result::Ignored;
    const QString name = element.name();
    if (name == u"r") {
        if (m_state != State::Enabled)
            return Result::Ignored;
        write(nonza(u"a"_s).setAttribute(u"h"_s, counter(m_queue.received())));
        return Result::Handled;
    }
    if (name == u"a")
        return m_state == State::Enabled ? applyAck(element.attribute(u"h"), true)
                                         : Result::Ignored;
    if (name == u"enabled")
        return handleEnabled(element);
    if (name == u"resumed")
        return handleResumed(element);
    if (name == u"failed")
        return handleFailed(element);
    qCInfo(lcStream) << "Ignoring stream management element" << name;
    return Result::Ignored;
}

StreamManagement::Result StreamManagement::applyAck(const QString &hText, bool strict)
{
    bool ok = false;
    const qulonglong value = hText.toULongLong(&ok);
    if (!ok || value > 0xFFFFFFFFull) {
        if (!strict)
            return Result::Handled;
        return fail(tr("The server sent an acknowledgement that Linnet could not read."),
                    u"h='%1' is not a 32-bit counter"_s.arg(hText));
    }
    const quint32 h = quint32(value);
    // Any readable answer shows that the server reads this session.
    m_overdueRequests = 0;
    m_resumedUnconfirmed = false;
    QList<Element> released;
    switch (m_queue.acknowledge(h, &released)) {
    case StanzaAckQueue::AckOutcome::TooHigh:
        if (!strict) {
            qCWarning(lcStream) << "Ignoring h" << h << "beyond the" << m_queue.sentCount()
                                << "stanzas sent";
            return Result::Handled;
        }
        return fail(tr("The server confirmed more messages than Linnet sent, so Linnet ended "
                       "the session."),
                    u"h='%1' acknowledges more than the %2 stanzas sent"_s.arg(
                        counter(h), counter(m_queue.sentCount())));
    case StanzaAckQueue::AckOutcome::Stale:
        qCInfo(lcStream) << "Ignoring h" << h << "behind the last acknowledgement"
                         << m_queue.acknowledged();
        return Result::Handled;
    case StanzaAckQueue::AckOutcome::Accepted:
        break;
    }
    if (m_queue.unacknowledgedSent() == 0)
        m_ackTimer.stop();
    else if (m_ackTimer.isActive())
        m_ackTimer.start(); // progress: the remaining ones get a fresh period
    for (const Element &stanza : std::as_const(released))
        Q_EMIT stanzaAcknowledged(stanza);
    return Result::Handled;
}

StreamManagement::Result StreamManagement::handleEnabled(const Element &enabled)
{
    if (m_state != State::Enabling)
        return Result::Ignored;
    m_id = enabled.attribute(u"id");
    const QString resume = enabled.attribute(u"resume");
    m_resumable = (resume == u"true" || resume == u"1") && !m_id.isEmpty();
    bool ok = false;
    const int max = enabled.attribute(u"max").toInt(&ok);
    m_maxSeconds = ok && max > 0 ? max : DefaultResumeSeconds;
    m_location = enabled.attribute(u"location");
    m_state = State::Enabled;
    qCInfo(lcStream) << "Stream management enabled; resumable:" << m_resumable << "for"
                     << m_maxSeconds << "s";
    scheduleAckRequest();
    return Result::Enabled;
}

StreamManagement::Result StreamManagement::handleResumed(const Element &resumed)
{
    if (m_state != State::Resuming)
        return Result::Ignored;
    const QString previd = resumed.attribute(u"previd");
    if (!previd.isEmpty() && previd != m_id)
        qCWarning(lcStream) << "Resumed" << previd << "although Linnet asked for" << m_id;
    const Result acked = applyAck(resumed.attribute(u"h"), true);
    if (acked == Result::Broken)
        return acked;
    m_state = State::Enabled;
    m_deadlineRunning = false;
    m_resumedUnconfirmed = true;
    m_overdueRequests = 0;
    // Stanzas that slots of stanzaAcknowledged sent meanwhile were held and go out here too.
    const QList<Element> again = m_queue.markAllSent();
    qCInfo(lcStream) << "Session resumed; sending" << again.size() << "stanzas again";
    for (const Element &stanza : again)
        write(stanza);
    scheduleAckRequest();
    return Result::Resumed;
}

StreamManagement::Result StreamManagement::handleFailed(const Element &failed)
{
    const QString condition = failed.firstChildInNamespace(ns::StanzaErrors).name();
    if (m_state == State::Enabling) {
        qCWarning(lcStream) << "The server refused stream management:" << condition;
        // Nothing sent so far will be acknowledged; the outbox above resends messages.
        m_queue.reset();
        m_state = State::Off;
        return Result::Handled;
    }
    if (m_state != State::Resuming)
        return Result::Ignored;
    qCInfo(lcStream) << "The server could not resume the session:" << condition;
    // XEP-0198 lets <failed/> say how much the server handled before the session was lost.
    if (failed.hasAttribute(u"h"))
        applyAck(failed.attribute(u"h"), false);
    discard();
    return Result::ResumeFailed;
}

StreamManagement::Result StreamManagement::fail(const QString &reason, const QString &detail)
{
    qCWarning(lcStream) << "Stream management broken:" << detail;
    m_broken = true;
    m_brokenReason = reason;
    m_brokenDetail = detail;
    m_requestTimer.stop();
    m_ackTimer.stop();
    return Result::Broken;
}

} // namespace Linnet
