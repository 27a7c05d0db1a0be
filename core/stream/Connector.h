#pragma once

#include "stream/SessionError.h"
#include "stream/SrvResolver.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace Linnet {

class CertificateTrust;

// Opens a TCP (or direct TLS) connection to the first target that answers, trying each in
// order with a timeout. The socket handed out in connected() is owned by the receiver.
class Connector : public QObject
{
    Q_OBJECT
public:
    Connector(const CertificateTrust *trust, int timeoutMs, QObject *parent = nullptr);
    ~Connector() override;

    void start(const QList<ConnectTarget> &targets);
    void abort();

Q_SIGNALS:
    void attempting(const Linnet::ConnectTarget &target);
    // Direct TLS only: TCP is up and the TLS handshake begins.
    void handshaking(const Linnet::ConnectTarget &target);
    // For direct TLS targets the socket is already encrypted.
    void connected(QSslSocket *socket, const Linnet::ConnectTarget &target);
    void failed(const Linnet::SessionError &error);

private:
    void tryNext();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void onReady();

    const CertificateTrust *m_trust;
    int m_timeoutMs;
    QList<ConnectTarget> m_targets;
    int m_index = -1;
    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    QStringList m_failures;
    SessionError m_certificateError; // a rejected certificate wins over other failures
};

} // namespace Linnet
