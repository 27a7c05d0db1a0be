#include "CuttingProxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace Linnet::Test {

CuttingProxy::CuttingProxy(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::onNewConnection);
}

CuttingProxy::~CuttingProxy()
{
    for (Link *link : std::as_const(m_links)) {
        for (QTcpSocket *socket : {link->up.from, link->down.from}) {
            socket->disconnect(this);
            socket->abort();
        }
        delete link;
    }
}

bool CuttingProxy::listen(const QString &targetHost, quint16 targetPort)
{
    m_targetHost = targetHost;
    m_targetPort = targetPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 CuttingProxy::port() const
{
    return m_server.serverPort();
}

void CuttingProxy::setRandomCuts(quint32 seed, qint64 minBytes, qint64 maxBytes)
{
    m_random.seed(seed);
    m_cutMin = qMax<qint64>(1, minBytes);
    m_cutMax = maxBytes;
}

void CuttingProxy::setStalled(bool stalled)
{
    m_stalled = stalled;
    if (stalled)
        return;
    const QList<Link *> links = m_links;
    for (Link *link : links) {
        if (m_links.contains(link))
            pump(link);
    }
}

void CuttingProxy::cutAll()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        cut(link);
}

void CuttingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        if (m_refuse) {
            ++m_refused;
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        auto *server = new QTcpSocket(this);
        auto *link = new Link;
        link->up.from = client;
        link->up.to = server;
        link->up.toServer = true;
        link->down.from = server;
        link->down.to = client;
        if (m_cutMax > 0)
            link->cutAfter = m_random.bounded(m_cutMin, qMax(m_cutMin, m_cutMax) + 1);
        m_links.append(link);
        connect(client, &QIODevice::readyRead, this, [this, link] { read(link, link->up); });
        connect(server, &QIODevice::readyRead, this, [this, link] { read(link, link->down); });
        connect(server, &QAbstractSocket::connected, this, [this, link] {
            link->serverConnected = true;
            pump(link);
        });
        for (QTcpSocket *socket : {client, server}) {
            connect(socket, &QAbstractSocket::disconnected, this,
                    [this, link] { closeGently(link); });
        }
        connect(server, &QAbstractSocket::errorOccurred, this, [this, link] {
            if (!link->serverConnected) // the target refused: so does the proxy
                remove(link, true);
        });
        server->connectToHost(m_targetHost, m_targetPort);
    }
}

void CuttingProxy::read(Link *link, Pipe &pipe)
{
    const QByteArray bytes = pipe.from->readAll();
    if (bytes.isEmpty())
        return;
    pipe.chunks.push_back(Chunk{bytes, m_clock.elapsed() + m_delayMs});
    pump(link);
}

void CuttingProxy::pump(Link *link)
{
    if (m_stalled)
        return;
    if (link->serverConnected && !forward(link, link->up))
        return;
    if (!forward(link, link->down))
        return;
    if (link->closing && link->up.chunks.empty() && link->down.chunks.empty())
        remove(link, false);
}

bool CuttingProxy::forward(Link *link, Pipe &pipe)
{
    const qint64 now = m_clock.elapsed();
    while (!pipe.chunks.empty()) {
        if (pipe.chunks.front().dueMs > now) {
            QTimer::singleShot(pipe.chunks.front().dueMs - now, this, [this, link] {
                if (m_links.contains(link))
                    pump(link);
            });
            return true;
        }
        const QByteArray bytes = pipe.chunks.front().bytes;
        pipe.chunks.pop_front();
        const qsizetype step = m_splitBytes > 0 ? m_splitBytes : bytes.size();
        for (qsizetype offset = 0; offset < bytes.size(); offset += step) {
            QByteArray piece = bytes.mid(offset, step);
            const bool last =
                link->cutAfter >= 0 && link->forwarded + piece.size() >= link->cutAfter;
            if (last)
                piece.truncate(link->cutAfter - link->forwarded);
            pipe.to->write(piece);
            pipe.to->flush();
            link->forwarded += piece.size();
            (pipe.toServer ? m_bytesToServer : m_bytesToClient) += piece.size();
            if (last) {
                cut(link);
                return false;
            }
        }
    }
    return true;
}

void CuttingProxy::cut(Link *link)
{
    ++m_cuts;
    remove(link, true);
    Q_EMIT connectionCut();
}

void CuttingProxy::closeGently(Link *link)
{
    // One side closed: what it sent before still goes to the other side, then that closes.
    link->closing = true;
    for (Pipe *pipe : {&link->up, &link->down}) {
        const QByteArray rest = pipe->from->readAll();
        if (!rest.isEmpty())
            pipe->chunks.push_back(Chunk{rest, m_clock.elapsed() + m_delayMs});
    }
    pump(link);
}

void CuttingProxy::remove(Link *link, bool abort)
{
    if (!m_links.removeOne(link))
        return;
    for (QTcpSocket *socket : {link->up.from, link->down.from}) {
        socket->disconnect(this);
        if (abort || socket->state() == QAbstractSocket::UnconnectedState) {
            socket->abort();
            socket->deleteLater();
        } else {
            // Let what is still buffered go out before the FIN.
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        }
    }
    delete link;
}

} // namespace Linnet::Test
