#include "stream/Client.h"

#include "Logging.h"
#include "stream/Session.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QRandomGenerator>

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
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { startSession(m_settings); });
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
    startSession(m_settings);
}

void Client::disconnectFromServer()
{
    m_wantOnline = false;
    m_reconnectTimer.stop();
    if (m_session) {
        m_session->close();
        return;
    }
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
    }
    ConnectionSettings effective = settings;
    effective.pinnedCertificates += m_trustedOnce;
    auto *session = new Session(effective, m_password, this);
    m_session = session;
    connect(session, &Session::stateChanged, this, &Client::onSessionState);
    connect(session, &Session::ended, this, &Client::onSessionEnded);
    connect(session, &Session::stanzaReceived, this, &Client::dispatchIncoming);
    connect(session, &Session::dataReceived, &m_liveness, &LivenessMonitor::noteActivity);
    connect(session, &Session::phaseFinished, this, &Client::phaseFinished);
    connect(session, &Session::xmlReceived, this, &Client::xmlReceived);
    connect(session, &Session::xmlSent, this, &Client::xmlSent);
    connect(session, &Session::online, this, [this] {
        m_reconnectPolicy.reset();
        m_liveness.start();
        Q_EMIT onlineChanged(true);
    });
    session->start();
}

void Client::onSessionState(ConnectionState state, const QString &reason)
{
    // The end of a session is reported by onSessionEnded, which decides what comes next.
    if (state != ConnectionState::Disconnected)
        setState(state, reason);
}

void Client::onSessionEnded(const SessionError &error)
{
    auto *session = qobject_cast<Session *>(sender());
    const bool wasOnline = m_state == ConnectionState::Online;
    m_liveness.stop();
    failPendingIqs(error.sentence);
    if (session) {
        session->disconnect(this);
        session->deleteLater();
    }
    if (session == m_session)
        m_session = nullptr;
    m_lastError = error;
    if (wasOnline)
        Q_EMIT onlineChanged(false);
    if (error.isError())
        Q_EMIT errorOccurred(error);

    if (!m_wantOnline || error.kind == SessionError::Kind::ClosedByUser) {
        setState(ConnectionState::Disconnected, error.isError() ? error.sentence : tr("Offline"));
        return;
    }
    if (followSeeOtherHost(error))
        return;
    if (m_autoReconnect && error.allowsAutomaticReconnect()) {
        scheduleReconnect(error.sentence);
        return;
    }
    m_wantOnline = false;
    setState(ConnectionState::Disconnected, error.sentence);
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
    setState(ConnectionState::Reconnecting,
             QCoreApplication::translate("Linnet", "%1 Trying again in %n second(s).", nullptr,
                                         qMax(1, (delayMs + 999) / 1000))
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

void Client::send(const Element &stanza)
{
    if (m_session && m_state == ConnectionState::Online)
        m_session->send(stanza);
    else
        qCWarning(lcStream) << "Offline: not sending" << stanza.name();
}

void Client::setLargeStanzasExpected(bool expected)
{
    if (m_session)
        m_session->setStanzaLimit(expected ? m_settings.maxLargeStanzaBytes
                                           : m_settings.maxStanzaBytes);
}

Jid Client::boundJid() const
{
    return m_session ? m_session->boundJid() : Jid();
}

} // namespace Linnet
