#include "stream/Connector.h"

#include "Logging.h"
#include "stream/CertificateTrust.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet {

Connector::Connector(const CertificateTrust *trust, int timeoutMs, QObject *parent)
    : QObject(parent), m_trust(trust), m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_failures.append(tr("%1:%2 did not answer in time")
                              .arg(m_targets[m_index].host)
                              .arg(m_targets[m_index].port));
        tryNext();
    });
}

Connector::~Connector()
{
    abort();
}

void Connector::start(const QList<ConnectTarget> &targets)
{
    m_targets = targets;
    m_index = -1;
    m_failures.clear();
    m_certificateError = SessionError();
    tryNext();
}

void Connector::abort()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void Connector::tryNext()
{
    abort();
    ++m_index;
    if (m_index >= m_targets.size()) {
        if (m_certificateError.kind != SessionError::Kind::None) {
            Q_EMIT failed(m_certificateError);
            return;
        }
        Q_EMIT failed(SessionError::make(SessionError::Kind::ConnectionFailed,
                                         tr("Could not connect to the server."),
                                         m_failures.join(u"; "_s)));
        return;
    }
    const ConnectTarget target = m_targets[m_index];
    Q_EMIT attempting(target);
    qCInfo(lcStream) << "Connecting to" << target.host << target.port
                     << (target.directTls ? "(direct TLS)" : "(STARTTLS)");
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setSslConfiguration(m_trust->configuration(target.directTls));
    socket->setPeerVerifyName(m_trust->peerVerifyName());
    connect(socket, &QAbstractSocket::errorOccurred, this, &Connector::onSocketError);
    connect(socket, &QSslSocket::sslErrors, this, &Connector::onSslErrors);
    if (target.directTls) {
        connect(socket, &QSslSocket::encrypted, this, &Connector::onReady);
        connect(socket, &QAbstractSocket::connected, this,
                [this, target] { Q_EMIT handshaking(target); });
        socket->connectToHostEncrypted(target.host, target.port, m_trust->peerVerifyName());
    } else {
        connect(socket, &QAbstractSocket::connected, this, &Connector::onReady);
        socket->connectToHost(target.host, target.port);
    }
    m_timer.start(m_timeoutMs);
}

void Connector::onSocketError(QAbstractSocket::SocketError)
{
    const ConnectTarget &target = m_targets[m_index];
    m_failures.append(u"%1:%2: %3"_s.arg(target.host)
                          .arg(target.port)
                          .arg(m_socket ? m_socket->errorString() : QString()));
    // Leave the signal handler before deleting the socket.
    QMetaObject::invokeMethod(this, &Connector::tryNext, Qt::QueuedConnection);
    if (m_socket)
        m_socket->disconnect(this);
    m_timer.stop();
}

void Connector::onSslErrors(const QList<QSslError> &errors)
{
    if (auto rejection = m_trust->judgeHandshake(*m_socket, errors))
        m_certificateError = *rejection;
}

void Connector::onReady()
{
    m_timer.stop();
    QSslSocket *socket = m_socket;
    socket->disconnect(this);
    socket->setParent(nullptr);
    m_socket = nullptr;
    Q_EMIT connected(socket, m_targets[m_index]);
}

} // namespace Linnet
