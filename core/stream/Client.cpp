#include "stream/Client.h"

#include "Logging.h"
#include "stream/Session.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <chrono>
#include <limits>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
// "host", "host:port", "[v6]:port" or "v6" from a see-other-host element.
std::pair<QString, quint16> splitHostPort(const QString &value)
{
    QString host = value.trimmed();
    quint16 port = 0;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close > 0) {
            if (host.mid(close + 1).startsWith(u':'))
                port = host.mid(close + 2).toUShort();
            host = host.mid(1, close - 1);
        }
    } else if (host.count(u':') == 1) {
        port = host.section(u':', 1).toUShort();
        host = host.section(u':', 0, 0);
    }
    return {host, port};
}
} // namespace

Client::Client(QObject *parent) : XmppStream(parent), m_liveness(this)
{
    qRegisterMetaType<Linnet::ConnectionState>();
    qRegisterMetaType<Linnet::SessionError>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this,
            [this] { startSession(nextAttemptSettings()); });
    connect(&m_sm, &StreamManagement::stanzaAcknowledged, this, &XmppStream::stanzaAcknowledged);
    m_resumeExpiry.setSingleShot(true);
    connect(&m_resumeExpiry, &QTimer::timeout, this, [this] {
        if (m_session && m_session->isResuming())
            return; // the server's answer decides
        endLogicalSession(tr("The connection was lost for too long to resume the session."));
    });
    connect(&m_sm, &StreamManagement::serverStoppedReading, this, [this] {
        if (m_session)
            m_session->abort(SessionError::make(SessionError::Kind::Timeout, m_sm.brokenReason()));
    });
    connect(&m_liveness, &LivenessMonitor::connectionDead, this, [this] {
        if (m_session)
            m_session->abort(SessionError::make(SessionError::Kind::Timeout,
                                                tr("The server stopped answering.")));
    });
    // XEP-0199: answer pings from the server and from contacts.
    iqRouter().addHandler(u"get"_s, u"ping"_s, ns::Ping.toString(),
                          [](const Element &) { return IqAnswer::result(); });
}

Client::~Client()
{
    if (m_session)
        m_session->disconnect(this);
}

void Client::connectToServer()
{
    m_wantOnline = true;
    m_followedSeeOtherHost = false;
    m_reconnectPolicy.reset();
    m_reconnectTimer.stop();
    // A session kept for resumption belongs to the account it was made for.
    if (m_sessionOnline && m_boundJid.bare() != m_settings.jid.bare())
        endLogicalSession(tr("Offline"));
    startSession(nextAttemptSettings());
}

void Client::disconnectFromServer()
{
    m_wantOnline = false;
    m_reconnectTimer.stop();
    if (m_session) {
        m_session->close();
        return;
    }
    endLogicalSession(tr("Offline"));
    setState(ConnectionState::Disconnected, tr("Offline"));
}

void Client::trustCertificateOnce(const QString &sha256Fingerprint)
{
    m_trustedOnce.append(sha256Fingerprint);
}

void Client::startSession(const ConnectionSettings &settings)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort(SessionError::make(SessionError::Kind::ClosedByUser, QString()));
        m_session->deleteLater();
        // The replaced connection's session lives on only if the new one can resume it.
        if (!m_sm.canResume())
            endLogicalSession(tr("Connecting again."));
    }
    ConnectionSettings effective = settings;
    effective.pinnedCertificates += m_trustedOnce;
    auto *session = new Session(effective, m_password, this);
    session->setStreamManagement(&m_sm);
    // A large answer awaited before a drop may arrive once the session is resumed.
    if (m_largeStanzasExpected && m_sm.canResume())
        session->setStanzaLimit(effective.maxLargeStanzaBytes);
    m_session = session;
    connect(session, &Session::stateChanged, this, &Client::onSessionState);
    connect(session, &Session::ended, this, &Client::onSessionEnded);
    connect(session, &Session::stanzaReceived, this, &Client::dispatchIncoming);
    connect(session, &Session::dataReceived, &m_liveness, &LivenessMonitor::noteActivity);
    connect(session, &Session::phaseFinished, this, &Client::phaseFinished);
    connect(session, &Session::online, this, [this, session] { onSessionOnline(session); });
    connect(session, &Session::resumed, this, &Client::onSessionResumed);
    connect(session, &Session::resumptionFailed, this, &Client::endLogicalSession);
    forwardConsoleTraffic();
    session->start();
}

static bool isConsoleSignal(const QMetaMethod &signal)
{
    return signal == QMetaMethod::fromSignal(&Client::xmlReceived) ||
           signal == QMetaMethod::fromSignal(&Client::xmlSent);
}

void Client::connectNotify(const QMetaMethod &signal)
{
    if (isConsoleSignal(signal))
        forwardConsoleTraffic();
}

void Client::disconnectNotify(const QMetaMethod &signal)
{
    // Called with Qt's connection lock held: disconnecting from here would deadlock.
    if (isConsoleSignal(signal))
        QMetaObject::invokeMethod(this, &Client::forwardConsoleTraffic, Qt::QueuedConnection);
}

void Client::forwardConsoleTraffic()
{
    if (!m_session)
        return;
    // A session writes its traffic out as text only while its signals are connected.
    const auto forward = [this](auto sessionSignal, auto clientSignal) {
        disconnect(m_session, sessionSignal, this, clientSignal);
        if (isSignalConnected(QMetaMethod::fromSignal(clientSignal)))
            connect(m_session, sessionSignal, this, clientSignal);
    };
    forward(&Session::xmlReceived, &Client::xmlReceived);
    forward(&Session::xmlSent, &Client::xmlSent);
}

ConnectionSettings Client::nextAttemptSettings() const
{
    if (!m_sm.canResume() || m_sm.location().isEmpty())
        return m_settings;
    const auto [host, port] = splitHostPort(m_sm.location());
    if (host.isEmpty())
        return m_settings;
    // As with see-other-host, the certificate is still checked against the account's domain.
    ConnectionSettings preferred = m_settings;
    preferred.host = host;
    preferred.port = port;
    if (preferred.tlsMode == TlsMode::Automatic)
        preferred.tlsMode = TlsMode::StartTls;
    return preferred;
}

void Client::onSessionOnline(Session *session)
{
    m_reconnectPolicy.reset();
    m_liveness.start();
    m_resumeExpiry.stop();
    m_boundJid = session->boundJid();
    m_sessionOnline = true;
    Q_EMIT onlineChanged(true);
}

void Client::onSessionResumed()
{
    // Invisible to managers: no onlineChanged, pending IQs still wait for their answers.
    m_reconnectPolicy.reset();
    m_liveness.start();
    m_resumeExpiry.stop();
}

bool Client::keepForResumption(const SessionError &error) const
{
    // Not after XML we refused either: the server would send the same again on resumption.
    return m_sessionOnline && m_wantOnline && m_autoReconnect &&
           error.kind != SessionError::Kind::ClosedByUser &&
           error.kind != SessionError::Kind::InvalidXml && !isPolicyViolation(error) &&
           error.allowsAutomaticReconnect() && m_sm.canResume();
}

void Client::endLogicalSession(const QString &reason)
{
    m_resumeExpiry.stop();
    m_sm.discard();
    m_boundJid = Jid();
    failPendingIqs(reason);
    if (!m_sessionOnline)
        return;
    m_sessionOnline = false;
    Q_EMIT onlineChanged(false);
}

void Client::onSessionState(ConnectionState state, const QString &reason)
{
    // The end of a session is reported by onSessionEnded, which decides what comes next.
    if (state == ConnectionState::Disconnected)
        return;
    if (state == ConnectionState::Online && m_session)
        m_boundJid = m_session->boundJid(); // before anyone hears of Online
    setState(state, reason);
}

void Client::onSessionEnded(const SessionError &error)
{
    auto *session = qobject_cast<Session *>(sender());
    m_liveness.stop();
    if (session) {
        session->disconnect(this);
        session->deleteLater();
    }
    if (session == m_session)
        m_session = nullptr;
    m_lastError = error;
    if (keepForResumption(error)) {
        const qint64 leftMs = m_sm.resumeTimeLeftMs();
        qCInfo(lcStream) << "Connection lost; the session can be resumed for" << leftMs << "ms";
        if (leftMs >= 0)
            m_resumeExpiry.start(int(qMin<qint64>(leftMs, std::numeric_limits<int>::max())));
    } else {
        endLogicalSession(error.isError() ? error.sentence : tr("Offline"));
    }
    if (error.isError())
        Q_EMIT errorOccurred(error);

    if (!m_wantOnline || error.kind == SessionError::Kind::ClosedByUser) {
        setState(ConnectionState::Disconnected, error.isError() ? error.sentence : tr("Offline"));
        return;
    }
    if (followSeeOtherHost(error))
        return;
    if (m_autoReconnect && error.allowsAutomaticReconnect() && !tooManyPolicyViolations(error)) {
        scheduleReconnect(error.sentence);
        return;
    }
    m_wantOnline = false;
    setState(ConnectionState::Disconnected, error.sentence);
}

bool Client::isPolicyViolation(const SessionError &error)
{
    return error.kind == SessionError::Kind::StreamError &&
           error.streamError.condition == StreamErrorCondition::PolicyViolation;
}

bool Client::tooManyPolicyViolations(const SessionError &error)
{
    if (!isPolicyViolation(error))
        return false;
    const qint64 nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
    if (m_reconnectPolicy.notePolicyViolation(nowMs))
        return false;
    qCWarning(lcStream) << "The server closed the stream for a policy violation"
                        << ReconnectPolicy::MaxPolicyViolations << "times: not trying again";
    return true;
}

bool Client::followSeeOtherHost(const SessionError &error)
{
    if (error.kind != SessionError::Kind::StreamError ||
        error.streamError.condition != StreamErrorCondition::SeeOtherHost ||
        error.streamError.seeOtherHost.isEmpty() || m_followedSeeOtherHost)
        return false;
    const auto [host, port] = splitHostPort(error.streamError.seeOtherHost);
    if (host.isEmpty())
        return false;
    m_followedSeeOtherHost = true;
    ConnectionSettings redirected = m_settings;
    redirected.host = host;
    redirected.port = port;
    if (redirected.tlsMode == TlsMode::Automatic)
        redirected.tlsMode = TlsMode::StartTls;
    // The certificate is still checked against the account's domain, so a redirect cannot
    // hand the session to a server that is not the account's.
    qCInfo(lcStream) << "Following see-other-host to" << host << port;
    setState(ConnectionState::Reconnecting, tr("The server sent Linnet to %1.").arg(host));
    startSession(redirected);
    return true;
}

void Client::scheduleReconnect(const QString &reason)
{
    const int delayMs = m_reconnectPolicy.nextDelayMs(*QRandomGenerator::global());
    // Computed outside the translate() call: lupdate 6.4 hangs on a division in its arguments.
    const int delaySeconds = qMax(1, (delayMs + 999) / 1000);
    setState(ConnectionState::Reconnecting,
             QCoreApplication::translate("Linnet", "%1 Trying again in %n second(s).", nullptr,
                                         delaySeconds)
                 .arg(reason));
    m_reconnectTimer.start(delayMs);
}

void Client::setState(ConnectionState state, const QString &reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    Q_EMIT stateChanged(state, reason);
}

bool Client::canSend() const
{
    return m_sm.isActive() || (m_session && m_state == ConnectionState::Online);
}

void Client::send(const Element &stanza)
{
    if (!canSend()) {
        qCWarning(lcStream) << "Offline: not sending" << stanza.name();
        return;
    }
    // With stream management on, it counts the stanza and writes it, or holds it while the
    // connection is being resumed.
    if (m_sm.isActive())
        m_sm.send(stanza);
    else
        m_session->send(stanza);
}

void Client::setLargeStanzasExpected(bool expected)
{
    m_largeStanzasExpected = expected;
    if (m_session)
        m_session->setStanzaLimit(expected ? m_settings.maxLargeStanzaBytes
                                           : m_settings.maxStanzaBytes);
}

Jid Client::boundJid() const
{
    return m_boundJid;
}

} // namespace Linnet
