#pragma once

#include "stream/ConnectionSettings.h"
#include "stream/ConnectionState.h"
#include "stream/LivenessMonitor.h"
#include "stream/ReconnectPolicy.h"
#include "stream/Session.h"
#include "stream/SessionError.h"
#include "stream/StreamManagement.h"
#include "stream/XmppStream.h"

#include <QPointer>
#include <QTimer>

namespace Linnet {

// A connection that stays up: runs Sessions one after another, reconnects with backoff after
// a drop (never after an authentication or certificate failure), follows see-other-host once,
// answers XEP-0199 pings and watches liveness. State changes carry a reason in words.
//
// The logical session (what onlineChanged reports) can outlive a connection: when the server
// granted XEP-0198 resumption and the connection drops for a reason worth coming back from,
// Client keeps holding what managers send and the next connection resumes the session. Only
// when that is impossible does onlineChanged(false) follow, with pending IQs failed.
class Client : public XmppStream
{
    Q_OBJECT
public:
    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    void setSettings(const ConnectionSettings &settings) { m_settings = settings; }
    ConnectionSettings settings() const { return m_settings; }
    void setPassword(const QString &password) { m_password = password; }

    void connectToServer();
    void disconnectFromServer();
    // Trust this certificate for the coming attempts of this run only ("trust once").
    void trustCertificateOnce(const QString &sha256Fingerprint);

    void send(const Element &stanza) override;
    Jid boundJid() const override;
    // The logical session: also true while a dropped connection is being resumed.
    bool isOnline() const override { return m_sessionOnline; }
    void setLargeStanzasExpected(bool expected) override;
    bool streamManagementActive() const override { return m_sm.isActive(); }
    bool canSend() const override;

    ConnectionState state() const { return m_state; }
    QString stateReason() const { return m_stateReason; }
    SessionError lastError() const { return m_lastError; }
    Session *session() const { return m_session; }
    LivenessMonitor &liveness() { return m_liveness; }
    ReconnectPolicy &reconnectPolicy() { return m_reconnectPolicy; }
    StreamManagement &streamManagement() { return m_sm; }
    bool autoReconnect() const { return m_autoReconnect; }
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }

Q_SIGNALS:
    void stateChanged(Linnet::ConnectionState state, const QString &reason);
    void errorOccurred(const Linnet::SessionError &error);
    void phaseFinished(const QString &phase, qint64 elapsedMs, const QString &detail);
    // The traffic for the XML console; the text is only made while something is connected.
    void xmlReceived(const QString &xml);
    void xmlSent(const QString &xml);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void startSession(const ConnectionSettings &settings);
    // Connects the session's xmlReceived and xmlSent to ours exactly while ours have receivers.
    void forwardConsoleTraffic();
    // The settings of the next attempt: the server's preferred place when resuming.
    ConnectionSettings nextAttemptSettings() const;
    void onSessionOnline(Session *session);
    void onSessionResumed();
    bool keepForResumption(const SessionError &error) const;
    // The session managers saw is over: onlineChanged(false), pending IQs fail.
    void endLogicalSession(const QString &reason);
    void onSessionState(ConnectionState state, const QString &reason);
    void onSessionEnded(const SessionError &error);
    void scheduleReconnect(const QString &reason);
    void setState(ConnectionState state, const QString &reason);
    bool followSeeOtherHost(const SessionError &error);
    static bool isPolicyViolation(const SessionError &error);
    bool tooManyPolicyViolations(const SessionError &error);

    ConnectionSettings m_settings;
    QString m_password;
    QStringList m_trustedOnce;
    QPointer<Session> m_session;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateReason;
    SessionError m_lastError;
    ReconnectPolicy m_reconnectPolicy;
    QTimer m_reconnectTimer;
    LivenessMonitor m_liveness;
    StreamManagement m_sm;
    QTimer m_resumeExpiry; // the server's resumption window closed while we were away
    Jid m_boundJid;
    bool m_sessionOnline = false;
    bool m_largeStanzasExpected = false;
    bool m_wantOnline = false;
    bool m_autoReconnect = true;
    bool m_followedSeeOtherHost = false;
    ConnectionSettings m_redirected; // settings of a see-other-host attempt
};

} // namespace Linnet
