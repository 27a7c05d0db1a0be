#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "linnet.ui.instance")

const QByteArray RaiseRequest = "raise\n";
constexpr int ConnectTimeoutMs = 1000;
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent), m_name(serverName(key))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    return keyFor(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}

QString SingleInstance::keyFor(const QString &configFolder)
{
    return u"linnet-%1-%2"_s.arg(::getuid()).arg(QDir(configFolder).absolutePath());
}

QString SingleInstance::serverName(const QString &key)
{
    // A hash keeps the name short and free of path characters.
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    // The user's runtime folder; without one, the temporary folder (the socket is made
    // accessible to its user only).
    QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::tempPath();
    return folder + u"/linnet-"_s + QString::fromLatin1(hash) + u".socket"_s;
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Role SingleInstance::start()
{
    if (askRunningInstance())
        return Role::Secondary;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_name))
        return Role::Primary;
    // Nobody answered, so whatever is there was left behind by an instance that is gone.
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return Role::Primary;
    qCWarning(lcInstance) << "No single-instance socket:" << m_server->errorString();
    return Role::Alone;
}

bool SingleInstance::askRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(RaiseRequest);
    const bool sent = socket.waitForBytesWritten(ConnectTimeoutMs);
    socket.disconnectFromServer();
    return sent;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        readRequest(socket); // what came with the connection may be there already
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        if (socket->readLine(64) == RaiseRequest) {
            qCDebug(lcInstance) << "Another start asked to raise the window";
            Q_EMIT raiseRequested();
        }
    }
    // Anything else, or too much, is not a Linnet asking.
    if (socket->bytesAvailable() > 64)
        socket->abort();
}

} // namespace Linnet
