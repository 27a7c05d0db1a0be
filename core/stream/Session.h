#pragma once

#include "stream/CertificateTrust.h"
#include "stream/ConnectionSettings.h"
#include "stream/ConnectionState.h"
#include "stream/SessionError.h"
#include "stream/SrvResolver.h"
#include "stream/StreamFeatures.h"
#include "stream/StreamManagement.h"
#include "xml/StreamParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>
#include <memory>
#include <optional>

namespace Linnet {

class Connector;
class SaslMechanism;

// One XMPP client session over one connection (RFC 6120): resolve, connect, STARTTLS or
// direct TLS, SASL, resource binding, then stanzas until it ends. Never sends credentials
// before TLS unless the user chose TlsMode::AllowUnencrypted, and even then never PLAIN.
// A Session is used once; Client makes a new one for every attempt. With a StreamManagement
// (XEP-0198) it enables stream management after binding, or resumes the previous session
// instead of binding when that session can still be resumed.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(ConnectionSettings settings, QString password, QObject *parent = nullptr);
    ~Session() override;

    // Set before start(); not owned. While it is active, Client sends stanzas through it.
    void setStreamManagement(StreamManagement *streamManagement) { m_sm = streamManagement; }
    // For creating an account (XEP-0077 §3.1): once the stream is encrypted, go online without
    // signing in or binding, so registration IQs can flow. Never without TLS. Set before start().
    void setRegistrationOnly(bool registrationOnly) { m_registrationOnly = registrationOnly; }

    void start();
    // Closes the stream politely (</stream:stream>), then the socket.
    void close();
    // Drops the connection at once, e.g. when the liveness check failed.
    void abort(const SessionError &error);

    void send(const Element &stanza);
    void sendWhitespacePing();
    // Changes the size limit of inbound stanzas from now on.
    void setStanzaLimit(qint64 bytes);

    ConnectionState state() const { return m_state; }
    Jid boundJid() const { return m_boundJid; }
    StreamFeatures features() const { return m_features; }
    QString saslMechanism() const { return m_mechanismName; }
    QSslCipher cipher() const;
    QSsl::SslProtocol tlsProtocol() const;
    QList<QSslCertificate> peerCertificateChain() const;
    ConnectTarget connectedTarget() const { return m_target; }
    // <resume/> is sent and not answered yet.
    bool isResuming() const { return m_resuming; }

Q_SIGNALS:
    void stateChanged(Linnet::ConnectionState state, const QString &reason);
    // Timed steps for diagnostics ("resolve", "connect", "tls", "sasl", "bind").
    void phaseFinished(const QString &phase, qint64 elapsedMs, const QString &detail);
    // Online with a freshly bound resource.
    void online();
    // Online again in the session of an earlier connection (XEP-0198): same JID, same state.
    void resumed();
    // The earlier session could not be resumed and is gone; binding a new one follows.
    void resumptionFailed(const QString &reason);
    void stanzaReceived(const Linnet::Element &stanza);
    // Every inbound byte counts as a sign of life.
    void dataReceived();
    // Raw traffic for the XML console; SASL payloads are replaced before they get here. Only
    // built while something is connected to these signals.
    void xmlReceived(const QString &xml);
    void xmlSent(const QString &xml);
    // Emitted once; the session is finished afterwards.
    void ended(const Linnet::SessionError &error);

private:
    bool consoleListening() const;
    void setState(ConnectionState state, const QString &reason);
    void beginPhase();
    void endPhase(const QString &phase, const QString &detail);
    void resolve();
    void onResolved(const QList<ConnectTarget> &targets);
    void onConnected(QSslSocket *socket, const ConnectTarget &target);
    void openStream();
    // consoleText replaces the bytes in the XML console (SASL data never appears there).
    void writeRaw(const QByteArray &bytes, const QString &consoleText = QString());
    QString tlsDescription() const;
    void onSslErrors(const QList<QSslError> &errors);
    void failWithStreamError(StreamErrorCondition condition, const QString &detail,
                             std::optional<SessionError> error = std::nullopt,
                             const QString &text = QString());
    void onReadyRead();
    void handleStreamOpened(const StreamHeader &header);
    void handleTopLevel(const Element &element);
    void handleFeatures(const Element &element);
    void onEncrypted();
    void startSasl();
    void handleSasl(const Element &element);
    void bindResource();
    void requestResumption();
    void abandonResumption(const QString &reason);
    void handleStreamManagement(const Element &element);
    void attachStreamManagement();
    void handleNegotiationIq(const Element &iq);
    void becomeOnline();
    void failParse(const ParserEvent &event);
    void finish(const SessionError &error);

    ConnectionSettings m_settings;
    QString m_password;
    CertificateTrust m_trust;
    ConnectionState m_state = ConnectionState::Disconnected;
    std::unique_ptr<SrvResolver> m_resolver;
    std::unique_ptr<Connector> m_connector;
    QPointer<QSslSocket> m_socket;
    ConnectTarget m_target;
    StreamParser m_parser;
    StreamFeatures m_features;
    std::unique_ptr<SaslMechanism> m_sasl;
    QString m_mechanismName;
    bool m_authenticated = false;
    bool m_registrationOnly = false;
    bool m_closing = false;
    bool m_ended = false;
    QString m_bindId;
    QString m_sessionId;
    Jid m_boundJid;
    QPointer<StreamManagement> m_sm; // Client's; gone first when the Client is destroyed
    bool m_resuming = false;
    SessionError m_certificateError;
    QTimer m_negotiationTimer;
    QTimer m_closeTimer;
    QElapsedTimer m_phaseClock;
};

} // namespace Linnet
