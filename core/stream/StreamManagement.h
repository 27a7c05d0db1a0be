#pragma once

#include "im/Jid.h"
#include "stream/StanzaAckQueue.h"
#include "xml/Element.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Linnet {

// XEP-0198 stream management for one logical session, which may outlive several connections:
// counts and queues the stanzas sent, requests and answers acknowledgements, and resumes the
// session on a new connection. Client owns it; the Session of the moment negotiates
// (enable(), resume()) and routes the nonzas it receives to handle().
class StreamManagement : public QObject
{
    Q_OBJECT
public:
    using Writer = std::function<void(const Element &)>;

    enum class State {
        Off,
        Enabling, // <enable/> sent: the server counts from there on, <enabled/> not seen yet
        Enabled,  // also while the connection is gone and the session waits to be resumed
        Resuming  // <resume/> sent on a new connection
    };

    enum class Result {
        Ignored,      // not for us, or not expected now
        Handled,      // an <a/>, an <r/>, or <failed/> in reply to <enable/>
        Enabled,      // <enabled/>
        Resumed,      // <resumed/>: acknowledged, and the rest of the queue written again
        ResumeFailed, // <failed/> in reply to <resume/>: the state is gone
        Broken        // the server broke the protocol; brokenReason() says how
    };

    // When the server grants resumption without saying for how long.
    static constexpr int DefaultResumeSeconds = 300;
    // How long an ack may be outstanding before it is requested again.
    static constexpr int DefaultAckTimeoutMs = 5000;
    // Unanswered requests after which a server that still sends us stanzas is taken to have
    // stopped reading the session; right after a resumption fewer are enough (see
    // onAckOverdue).
    static constexpr int StoppedReadingRequests = 3;
    static constexpr int StoppedReadingRequestsAfterResume = 2;

    explicit StreamManagement(QObject *parent = nullptr);
    ~StreamManagement() override;

    // The connection nonzas and stanzas are written to; connection identifies it for detach().
    void attach(const QObject *connection, Writer writer);
    // The connection is gone: stanzas are held from now on, and when the session may be
    // resumed, the time to do it starts running.
    void detach(const QObject *connection);
    bool isAttached() const { return m_connection != nullptr; }

    // Writes <enable resume='true'/>; stanzas are counted from here on.
    void enable(const Jid &boundJid);
    // Writes <resume/> with the id and our count.
    void resume();
    // Writes a last <a/> before the stream is closed on purpose.
    void sendFinalAck();
    // Forgets everything, held stanzas included.
    void discard();

    // Sends (when attached) or holds the stanza, and counts it. Anything that is not a
    // stanza (a CSI nonza, say) is written uncounted, or dropped while there is no connection.
    void send(const Element &element);
    // One inbound stanza was handled.
    void noteReceived();
    Result handle(const Element &nonza);

    State state() const { return m_state; }
    // Stanzas are counted and will be acknowledged (or reported by <failed/>).
    bool isActive() const { return m_state != State::Off; }
    // A dropped connection of this session can be resumed now.
    bool canResume() const;
    // Milliseconds left to resume in, once the connection is gone (-1: no deadline running).
    qint64 resumeTimeLeftMs() const;
    // A sentence for the user after Result::Broken.
    QString brokenReason() const { return m_brokenReason; }
    // The technical side of it, for logs and the <text/> of our stream error.
    QString brokenDetail() const { return m_brokenDetail; }

    Jid boundJid() const { return m_boundJid; }
    QString resumeId() const { return m_id; }
    bool resumeGranted() const { return m_resumable; }
    int maxResumeSeconds() const { return m_maxSeconds; }
    QString location() const { return m_location; }
    const StanzaAckQueue &queue() const { return m_queue; }

    void setAckTimeoutMs(int ms) { m_ackTimer.setInterval(ms); }

    // Message, presence or iq: what XEP-0198 counts.
    static bool isStanza(const Element &element);

Q_SIGNALS:
    void stanzaAcknowledged(const Linnet::Element &stanza);
    // The server takes no notice of what we send although the connection is alive. The
    // session is broken (canResume() is false): end the connection and start afresh.
    void serverStoppedReading();

private:
    void write(const Element &nonza);
    void requestAck();
    void scheduleAckRequest();
    void onAckOverdue();
    // Applies h. Strict: Broken when h is unreadable or acknowledges what was never sent;
    // otherwise such an h is ignored.
    Result applyAck(const QString &hText, bool strict);
    Result handleEnabled(const Element &enabled);
    Result handleResumed(const Element &resumed);
    Result handleFailed(const Element &failed);
    Result fail(const QString &reason, const QString &detail);

    State m_state = State::Off;
    StanzaAckQueue m_queue;
    const QObject *m_connection = nullptr;
    Writer m_writer;
    Jid m_boundJid;
    QString m_id;
    bool m_resumable = false;
    int m_maxSeconds = 0;
    QString m_location;
    bool m_broken = false;
    QString m_brokenReason;
    QString m_brokenDetail;
    bool m_deadlineRunning = false;
    QDeadlineTimer m_resumeDeadline;
    QTimer m_requestTimer;             // coalesces the <r/> of one event-loop turn
    QTimer m_ackTimer;                 // an <r/> has been outstanding too long
    int m_overdueRequests = 0;         // ack periods passed without any <a/>
    quint32 m_receivedWhenAsked = 0;   // inbound count when the first of them began
    bool m_resumedUnconfirmed = false; // resumed, and no <a/> since
};

} // namespace Linnet
