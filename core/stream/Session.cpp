#include "stream/Session.h"

#include "Logging.h"
#include "stream/Connector.h"
#include "stream/IqTracker.h"
#include "stream/SaslFailure.h"
#include "stream/StreamManagement.h"
#include "stream/sasl/ChannelBinding.h"
#include "stream/sasl/SaslMechanismChooser.h"
#include "xml/StreamWriter.h"
#include "xml/namespaces.h"

#include <QCoreApplication>
#include <QMetaMethod>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int CloseGraceMs = 2000;
} // namespace

Session::Session(ConnectionSettings settings, QString password, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_password(std::move(password)),
      m_trust(m_settings.jid.domain(), m_settings.pinnedCertificates,
              m_settings.extraCaCertificates),
      m_parser(StreamParser::Limits{m_settings.maxStanzaBytes, 64})
{
    m_negotiationTimer.setSingleShot(true);
    connect(&m_negotiationTimer, &QTimer::timeout, this, [this] {
        finish(SessionError::make(SessionError::Kind::Timeout,
                                  tr("The server did not finish signing in in time.")));
    });
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        finish(SessionError::make(SessionError::Kind::ClosedByUser, tr("Offline")));
    });
}

Session::~Session()
{
    if (m_socket)
        m_socket->abort();
}

QSslCipher Session::cipher() const
{
    return m_socket ? m_socket->sessionCipher() : QSslCipher();
}

QSsl::SslProtocol Session::tlsProtocol() const
{
    return m_socket ? m_socket->sessionProtocol() : QSsl::UnknownProtocol;
}

QList<QSslCertificate> Session::peerCertificateChain() const
{
    return m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
}

void Session::setState(ConnectionState state, const QString &reason)
{
    m_state = state;
    qCInfo(lcStream) << connectionStateName(state) << "-" << reason;
    Q_EMIT stateChanged(state, reason);
}

void Session::beginPhase()
{
    m_phaseClock.restart();
}

void Session::endPhase(const QString &phase, const QString &detail)
{
    Q_EMIT phaseFinished(phase, m_phaseClock.elapsed(), detail);
    m_phaseClock.restart();
}

void Session::start()
{
    if (!m_settings.jid.isValid() || m_settings.jid.local().isEmpty()) {
        finish(SessionError::make(SessionError::Kind::AuthenticationFailed,
                                  tr("The address is not a valid account address.")));
        return;
    }
    beginPhase();
    if (!m_settings.host.isEmpty()) {
        const bool direct = m_settings.tlsMode == TlsMode::DirectTls;
        const quint16 port = m_settings.port ? m_settings.port : (direct ? 5223 : 5222);
        onResolved({ConnectTarget{m_settings.host, port, direct}});
        return;
    }
    resolve();
}

void Session::resolve()
{
    setState(ConnectionState::Connecting, tr("Looking up %1").arg(m_settings.jid.domain()));
    m_resolver = std::make_unique<SrvResolver>();
    connect(m_resolver.get(), &SrvResolver::finished, this, &Session::onResolved);
    m_resolver->resolve(m_settings.jid.domain());
}

void Session::onResolved(const QList<ConnectTarget> &resolved)
{
    QList<ConnectTarget> targets;
    for (const ConnectTarget &target : resolved) {
        const bool wanted = m_settings.tlsMode == TlsMode::Automatic ||
                            (m_settings.tlsMode == TlsMode::DirectTls) == target.directTls;
        if (wanted)
            targets.append(target);
    }
    if (targets.isEmpty() && m_settings.tlsMode == TlsMode::DirectTls)
        targets.append(ConnectTarget{m_settings.jid.domain(), 5223, true});
    if (targets.isEmpty() && m_resolver && !m_resolver->errorString().isEmpty()) {
        endPhase(u"resolve"_s, QString());
        finish(SessionError::make(SessionError::Kind::HostNotFound, m_resolver->errorString()));
        return;
    }
    QStringList names;
    for (const ConnectTarget &target : targets)
        names.append(u"%1:%2%3"_s.arg(target.host)
                         .arg(target.port)
                         .arg(target.directTls ? u" (TLS)"_s : QString()));
    endPhase(u"resolve"_s, names.join(u", "_s));
    if (targets.isEmpty()) {
        finish(SessionError::make(SessionError::Kind::HostNotFound,
                                  tr("No server was found for %1.").arg(m_settings.jid.domain())));
        return;
    }
    m_connector = std::make_unique<Connector>(&m_trust, m_settings.connectTimeoutMs);
    connect(m_connector.get(), &Connector::attempting, this, [this](const ConnectTarget &target) {
        setState(ConnectionState::Connecting,
                 tr("Connecting to %1 port %2").arg(target.host).arg(target.port));
    });
    connect(m_connector.get(), &Connector::handshaking, this, [this](const ConnectTarget &target) {
        endPhase(u"connect"_s, u"%1:%2"_s.arg(target.host).arg(target.port));
        setState(ConnectionState::Securing, tr("Negotiating TLS with %1").arg(target.host));
    });
    connect(m_connector.get(), &Connector::connected, this, &Session::onConnected);
    connect(m_connector.get(), &Connector::failed, this, &Session::finish);
    m_connector->start(targets);
}

void Session::onConnected(QSslSocket *socket, const ConnectTarget &target)
{
    m_socket = socket;
    socket->setParent(this);
    m_target = target;
    if (target.directTls) {
        endPhase(u"tls"_s, tlsDescription());
    } else {
        endPhase(u"connect"_s, u"%1:%2"_s.arg(target.host).arg(target.port));
    }
    connect(socket, &QIODevice::readyRead, this, &Session::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        finish(SessionError::make(
            m_closing ? SessionError::Kind::ClosedByUser : SessionError::Kind::ConnectionLost,
            m_closing ? tr("Offline") : tr("The connection to the server was lost.")));
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_certificateError.kind != SessionError::Kind::None) {
            finish(m_certificateError);
            return;
        }
        finish(SessionError::make(SessionError::Kind::ConnectionLost,
                                  tr("The connection to the server was lost."),
                                  m_socket ? m_socket->errorString() : QString()));
    });
    connect(socket, &QSslSocket::sslErrors, this, &Session::onSslErrors);
    connect(socket, &QSslSocket::encrypted, this, &Session::onEncrypted);
    m_negotiationTimer.start(m_settings.negotiationTimeoutMs);
    if (target.directTls)
        setState(ConnectionState::Securing, tr("Encrypted with %1").arg(tlsDescription()));
    openStream();
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

QString Session::tlsDescription() const
{
    if (!m_socket)
        return QString();
    const QSslCipher cipher = m_socket->sessionCipher();
    return u"%1 %2"_s.arg(cipher.protocolString(), cipher.name());
}

void Session::openStream()
{
    const bool encrypted = m_socket->isEncrypted();
    // RFC 6120 §4.7.1: announce our address only once the stream is protected.
    writeRaw(StreamWriter::openStream(m_settings.jid.domain(),
                                      encrypted ? m_settings.jid.bare().toString() : QString()));
}

void Session::writeRaw(const QByteArray &bytes, const QString &consoleText)
{
    if (!m_socket)
        return;
    m_socket->write(bytes);
    if (isSignalConnected(QMetaMethod::fromSignal(&Session::xmlSent)))
        Q_EMIT xmlSent(consoleText.isNull() ? QString::fromUtf8(bytes) : consoleText);
}

void Session::send(const Element &stanza)
{
    if (m_state != ConnectionState::Online || m_closing) {
        qCWarning(lcStream) << "Not online: dropping" << stanza.name();
        return;
    }
    writeRaw(StreamWriter::serialize(stanza));
}

void Session::setStanzaLimit(qint64 bytes)
{
    StreamParser::Limits limits = m_parser.limits();
    limits.maxStanzaBytes = bytes;
    m_parser.setLimits(limits);
}

void Session::sendWhitespacePing()
{
    if (m_state == ConnectionState::Online)
        writeRaw(QByteArrayLiteral(" "));
}

void Session::onReadyRead()
{
    if (!m_socket || m_ended)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    Q_EMIT dataReceived();
    m_parser.feed(bytes);
    while (!m_ended) {
        const ParserEvent event = m_parser.next();
        switch (event.kind) {
        case ParserEvent::Kind::NeedMoreData:
            return;
        case ParserEvent::Kind::StreamOpened:
            handleStreamOpened(event.header);
            break;
        case ParserEvent::Kind::Stanza:
            handleTopLevel(event.element);
            break;
        case ParserEvent::Kind::StreamClosed:
            if (consoleListening())
                Q_EMIT xmlReceived(u"</stream:stream>"_s);
            if (m_closing) {
                finish(SessionError::make(SessionError::Kind::ClosedByUser, tr("Offline")));
            } else {
                m_closing = true;
                writeRaw(StreamWriter::closeStream());
                finish(SessionError::make(SessionError::Kind::ConnectionLost,
                                          tr("The server closed the connection.")));
            }
            return;
        case ParserEvent::Kind::Error:
            failParse(event);
            return;
        }
    }
}

void Session::handleStreamOpened(const StreamHeader &header)
{
    if (consoleListening()) {
        Q_EMIT xmlReceived(u"<stream:stream from='%1' id='%2' version='%3'>"_s.arg(
            header.from, header.id, header.version));
    }
    if (header.defaultNamespace != ns::Client) {
        failWithStreamError(StreamErrorCondition::InvalidNamespace,
                            u"default namespace %1"_s.arg(header.defaultNamespace));
        return;
    }
    if (!header.version.startsWith(u"1.")) {
        failWithStreamError(StreamErrorCondition::UnsupportedVersion,
                            u"version '%1'"_s.arg(header.version));
        return;
    }
}

bool Session::consoleListening() const
{
    // Writing every stanza out again as text cost a third of the receiving thread's time.
    return isSignalConnected(QMetaMethod::fromSignal(&Session::xmlReceived));
}

void Session::handleTopLevel(const Element &element)
{
    if (consoleListening()) {
        const bool sensitive = element.namespaceUri() == ns::Sasl;
        Q_EMIT xmlReceived(sensitive ? u"<%1 xmlns='%2'>[SASL data hidden]</%1>"_s.arg(
                                           element.name(), element.namespaceUri())
                                     : element.toXml(ns::Client.toString()));
    }

    if (element.is(u"error", ns::Stream)) {
        SessionError error = SessionError::make(SessionError::Kind::StreamError, QString());
        error.streamError = StreamError::fromElement(element);
        error.sentence = error.streamError.humanSentence();
        finish(error);
        return;
    }
    if (element.namespaceUri() == ns::StreamManagement) {
        handleStreamManagement(element);
        return;
    }
    if (m_state == ConnectionState::Online) {
        if (m_sm && StreamManagement::isStanza(element))
            m_sm->noteReceived();
        Q_EMIT stanzaReceived(element);
        return;
    }
    if (element.is(u"features", ns::Stream)) {
        handleFeatures(element);
    } else if (element.namespaceUri() == ns::Tls) {
        if (element.name() == u"proceed") {
            m_parser.reset();
            m_socket->startClientEncryption();
        } else {
            finish(SessionError::make(SessionError::Kind::TlsFailed,
                                      tr("The server could not start TLS.")));
        }
    } else if (element.namespaceUri() == ns::Sasl) {
        handleSasl(element);
    } else if (element.is(u"iq", ns::Client)) {
        handleNegotiationIq(element);
    } else {
        qCInfo(lcStream) << "Ignoring" << element.name() << "before the session is online";
    }
}

void Session::handleFeatures(const Element &element)
{
    m_features = StreamFeatures::fromElement(element);
    const bool encrypted = m_socket->isEncrypted();
    if (!encrypted) {
        if (m_features.startTls) {
            setState(ConnectionState::Securing, tr("Starting TLS"));
            beginPhase();
            Element starttls(u"starttls"_s, ns::Tls.toString());
            writeRaw(StreamWriter::serialize(starttls));
            return;
        }
        if (m_settings.tlsMode != TlsMode::AllowUnencrypted) {
            failWithStreamError(
                StreamErrorCondition::PolicyViolation, u"no STARTTLS offered"_s,
                SessionError::make(SessionError::Kind::TlsNotOffered,
                                   tr("The server does not offer an encrypted connection, so "
                                      "Linnet did not send your password.")));
            return;
        }
        qCWarning(lcStream) << "Continuing WITHOUT TLS because the user allowed it";
    }
    if (m_registrationOnly) {
        if (!encrypted) {
            finish(SessionError::make(SessionError::Kind::TlsNotOffered,
                                      tr("Linnet creates accounts only over an encrypted "
                                         "connection.")));
            return;
        }
        m_negotiationTimer.stop();
        setState(ConnectionState::Online, tr("Connected to %1").arg(m_settings.jid.domain()));
        Q_EMIT online();
        return;
    }
    if (!m_authenticated) {
        startSasl();
        return;
    }
    if (m_sm && m_sm->isActive()) {
        if (m_sm->canResume() && m_features.streamManagement) {
            requestResumption();
            return;
        }
        abandonResumption(m_sm->canResume()
                              ? tr("The server no longer offers to resume the session.")
                              : tr("The session could not be resumed."));
    }
    if (!m_features.bind) {
        finish(SessionError::make(SessionError::Kind::BindFailed,
                                  tr("The server offered no way to start a session.")));
        return;
    }
    bindResource();
}

void Session::onSslErrors(const QList<QSslError> &errors)
{
    if (auto rejection = m_trust.judgeHandshake(*m_socket, errors))
        m_certificateError = *rejection;
}

void Session::onEncrypted()
{
    // Direct TLS sockets arrive already encrypted; this is the STARTTLS case.
    endPhase(u"tls"_s, tlsDescription());
    setState(ConnectionState::Securing, tr("Encrypted with %1").arg(tlsDescription()));
    m_parser.reset();
    openStream();
}

void Session::startSasl()
{
    setState(ConnectionState::Authenticating,
             tr("Signing in as %1").arg(m_settings.jid.toString()));
    beginPhase();
    const bool encrypted = m_socket->isEncrypted();
    SaslCredentials credentials{m_settings.jid.local(), m_password};
    SaslContext context;
    context.tlsActive = encrypted;
    if (encrypted)
        context.channelBinding = ChannelBinding::tlsServerEndPoint(m_socket->peerCertificate());
    context.serverChannelBindingTypes = m_features.saslChannelBindingTypes;
    context.allowPlain = encrypted;
    context.pinnedMechanism = m_settings.pinnedSaslMechanism;
    QString whyNone;
    m_sasl = chooseSaslMechanism(m_features.saslMechanisms, credentials, context, &whyNone);
    if (!m_sasl) {
        finish(SessionError::make(SessionError::Kind::NoSuitableMechanism, whyNone,
                                  m_features.saslMechanisms.join(u' ')));
        return;
    }
    m_mechanismName = m_sasl->name();
    Element auth(u"auth"_s, ns::Sasl.toString());
    auth.setAttribute(u"mechanism"_s, m_mechanismName);
    const QByteArray initial = m_sasl->initialResponse();
    if (initial.isEmpty() && !m_sasl->error().isEmpty()) {
        finish(SessionError::make(SessionError::Kind::NoSuitableMechanism, m_sasl->error()));
        return;
    }
    auth.setText(initial.isEmpty() ? u"="_s : QString::fromLatin1(initial.toBase64()));
    writeRaw(StreamWriter::serialize(auth),
             u"<auth xmlns='%1' mechanism='%2'>[hidden]</auth>"_s.arg(ns::Sasl, m_mechanismName));
}

static std::optional<QByteArray> decodeSaslPayload(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"=")
        return QByteArray();
    auto decoded =
        QByteArray::fromBase64Encoding(trimmed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

void Session::handleSasl(const Element &element)
{
    if (!m_sasl) {
        failWithStreamError(StreamErrorCondition::UnsupportedStanzaType,
                            u"SASL element outside authentication"_s);
        return;
    }
    const QString name = element.name();
    if (name == u"failure") {
        const SaslFailure failure = SaslFailure::fromElement(element);
        finish(SessionError::make(SessionError::Kind::AuthenticationFailed, failure.humanSentence(),
                                  failure.conditionName));
        return;
    }
    const auto payload = decodeSaslPayload(element.text());
    if (!payload) {
        finish(SessionError::make(SessionError::Kind::ServerNotAuthentic,
                                  tr("The server sent malformed sign-in data.")));
        return;
    }
    if (name == u"challenge") {
        const auto response = m_sasl->respond(*payload);
        if (!response) {
            writeRaw(StreamWriter::serialize(Element(u"abort"_s, ns::Sasl.toString())));
            finish(SessionError::make(SessionError::Kind::ServerNotAuthentic,
                                      tr("Sign-in stopped: %1").arg(m_sasl->error())));
            return;
        }
        Element reply(u"response"_s, ns::Sasl.toString());
        reply.setText(response->isEmpty() ? QString() : QString::fromLatin1(response->toBase64()));
        writeRaw(StreamWriter::serialize(reply),
                 u"<response xmlns='%1'>[hidden]</response>"_s.arg(ns::Sasl));
        return;
    }
    if (name == u"success") {
        if (!m_sasl->verifySuccess(*payload)) {
            finish(SessionError::make(
                SessionError::Kind::ServerNotAuthentic,
                tr("The server could not prove that it knows your password, so Linnet stopped "
                   "signing in."),
                m_sasl->error()));
            return;
        }
        m_authenticated = true;
        m_password.fill(u'\0');
        m_password.clear();
        endPhase(u"sasl"_s, m_mechanismName);
        m_parser.reset();
        openStream();
        return;
    }
    failWithStreamError(StreamErrorCondition::UnsupportedStanzaType,
                        u"unexpected SASL element %1"_s.arg(name));
}

void Session::bindResource()
{
    setState(ConnectionState::Binding, tr("Starting the session"));
    beginPhase();
    m_bindId = IqTracker::makeId();
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"id"_s, m_bindId);
    Element &bind = iq.addChild(u"bind"_s, ns::Bind.toString());
    if (!m_settings.resource.isEmpty())
        bind.addChild(u"resource"_s, ns::Bind.toString()).setText(m_settings.resource);
    writeRaw(StreamWriter::serialize(iq));
}

void Session::handleNegotiationIq(const Element &iq)
{
    const QString id = iq.attribute(u"id");
    const QString from = iq.attribute(u"from");
    const bool fromServer = from.isEmpty() || Jid::parse(from) == m_settings.jid.bare() ||
                            from == m_settings.jid.domain();
    if (!fromServer || (id != m_bindId && id != m_sessionId)) {
        qCWarning(lcStream) << "Ignoring IQ during negotiation from" << from << "id" << id;
        return;
    }
    if (iq.attribute(u"type") == u"error") {
        const StanzaError error = StanzaError::fromElement(iq.firstChild(u"error", ns::Client));
        finish(SessionError::make(
            SessionError::Kind::BindFailed,
            tr("The server refused to start a session: %1").arg(error.humanSentence())));
        return;
    }
    if (iq.attribute(u"type") != u"result")
        return;
    if (id == m_sessionId) {
        becomeOnline();
        return;
    }
    const Jid bound = Jid::parse(iq.firstChild(u"bind", ns::Bind).childText(u"jid", ns::Bind));
    if (!bound.isValid() || bound.bare() != m_settings.jid.bare() || bound.resource().isEmpty()) {
        finish(SessionError::make(SessionError::Kind::BindFailed,
                                  tr("The server assigned an address that is not this account's."),
                                  bound.toString()));
        return;
    }
    m_boundJid = bound;
    if (m_features.sessionRequired) {
        m_sessionId = IqTracker::makeId();
        Element session(u"iq"_s, ns::Client.toString());
        session.setAttribute(u"type"_s, u"set"_s);
        session.setAttribute(u"id"_s, m_sessionId);
        session.addChild(u"session"_s, ns::Session.toString());
        writeRaw(StreamWriter::serialize(session));
        return;
    }
    becomeOnline();
}

void Session::attachStreamManagement()
{
    m_sm->attach(this,
                 [this](const Element &element) { writeRaw(StreamWriter::serialize(element)); });
}

void Session::requestResumption()
{
    setState(ConnectionState::Binding, tr("Resuming the session"));
    beginPhase();
    m_resuming = true;
    attachStreamManagement();
    m_sm->resume();
}

void Session::abandonResumption(const QString &reason)
{
    m_resuming = false;
    m_sm->detach(this);
    m_sm->discard();
    Q_EMIT resumptionFailed(reason);
}

void Session::handleStreamManagement(const Element &element)
{
    if (!m_sm || !m_authenticated) {
        qCInfo(lcStream) << "Ignoring stream management element" << element.name();
        return;
    }
    switch (m_sm->handle(element)) {
    case StreamManagement::Result::Resumed:
        m_resuming = false;
        m_boundJid = m_sm->boundJid();
        m_negotiationTimer.stop();
        endPhase(u"resume"_s, m_boundJid.toString());
        setState(ConnectionState::Online,
                 tr("Resumed the session as %1").arg(m_boundJid.toString()));
        Q_EMIT resumed();
        return;
    case StreamManagement::Result::ResumeFailed:
        m_resuming = false;
        // Stanzas the old session did not get acknowledged are not sent again here: the message
        // outbox resends every message still queued after the next fresh sign-in, with the same
        // id and origin-id, so that the other side can drop duplicates.
        Q_EMIT resumptionFailed(tr("The server could not resume the session."));
        if (m_ended)
            return;
        if (!m_features.bind) {
            finish(SessionError::make(SessionError::Kind::BindFailed,
                                      tr("The server offered no way to start a session.")));
            return;
        }
        bindResource();
        return;
    case StreamManagement::Result::Broken:
        failWithStreamError(
            StreamErrorCondition::UndefinedCondition, m_sm->brokenDetail(),
            SessionError::make(SessionError::Kind::InvalidXml, m_sm->brokenReason()),
            m_sm->brokenDetail());
        return;
    case StreamManagement::Result::Ignored:
    case StreamManagement::Result::Handled:
    case StreamManagement::Result::Enabled:
        return;
    }
}

void Session::becomeOnline()
{
    m_negotiationTimer.stop();
    // XEP-0198: counting starts with <enable/>, and it precedes every stanza of the session.
    if (m_sm && m_features.streamManagement) {
        attachStreamManagement();
        m_sm->enable(m_boundJid);
    }
    endPhase(u"bind"_s, m_boundJid.toString());
    setState(ConnectionState::Online, tr("Signed in as %1").arg(m_boundJid.toString()));
    Q_EMIT online();
}

static StreamErrorCondition conditionFor(ParseFailure failure)
{
    switch (failure) {
    case ParseFailure::NotWellFormed:
        return StreamErrorCondition::NotWellFormed;
    case ParseFailure::RestrictedXml:
        return StreamErrorCondition::RestrictedXml;
    case ParseFailure::PolicyViolation:
        return StreamErrorCondition::PolicyViolation;
    case ParseFailure::BadNamespacePrefix:
        return StreamErrorCondition::BadNamespacePrefix;
    case ParseFailure::InvalidNamespace:
        return StreamErrorCondition::InvalidNamespace;
    case ParseFailure::UnsupportedEncoding:
        return StreamErrorCondition::UnsupportedEncoding;
    }
    return StreamErrorCondition::UndefinedCondition;
}

void Session::failParse(const ParserEvent &event)
{
    qCWarning(lcStream) << "Refusing the server's XML:" << event.message;
    failWithStreamError(
        conditionFor(event.failure), event.message,
        SessionError::make(SessionError::Kind::InvalidXml,
                           tr("The server sent data that Linnet refused (%1).")
                               .arg(StreamError::conditionName(conditionFor(event.failure))),
                           event.message));
}

void Session::failWithStreamError(StreamErrorCondition condition, const QString &detail,
                                  std::optional<SessionError> error, const QString &text)
{
    StreamError streamError;
    streamError.condition = condition;
    streamError.text = text;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        writeRaw(StreamWriter::serialize(streamError.toElement()) + StreamWriter::closeStream());
        m_socket->flush();
    }
    if (!error) {
        error = SessionError::make(
            SessionError::Kind::InvalidXml,
            tr("The server broke the protocol (%1).").arg(StreamError::conditionName(condition)),
            detail);
    }
    error->detail = detail;
    finish(*error);
}

void Session::close()
{
    if (m_ended)
        return;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish(SessionError::make(SessionError::Kind::ClosedByUser, tr("Offline")));
        return;
    }
    m_closing = true;
    if (m_sm) {
        // XEP-0198 §4: a last <a/> tells the server what we handled before we leave.
        if (m_state == ConnectionState::Online)
            m_sm->sendFinalAck();
        m_sm->detach(this);
    }
    writeRaw(StreamWriter::closeStream());
    m_closeTimer.start(CloseGraceMs);
}

void Session::abort(const SessionError &error)
{
    finish(error);
}

void Session::finish(const SessionError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_negotiationTimer.stop();
    m_closeTimer.stop();
    if (m_sm)
        m_sm->detach(this);
    if (m_connector)
        m_connector->abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->flush();
        m_socket->disconnectFromHost();
    }
    if (error.isError())
        qCWarning(lcStream) << "Session ended:" << error.sentence << error.detail;
    setState(ConnectionState::Disconnected, error.sentence);
    Q_EMIT ended(error);
}

} // namespace Linnet
