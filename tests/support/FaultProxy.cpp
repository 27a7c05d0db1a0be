#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace Linnet::Test {

FaultProxy::FaultProxy(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    for (Link *link : std::as_const(m_links)) {
        for (QTcpSocket *socket : {link->up.from, link->down.from}) {
            socket->disconnect(this);
            socket->abort();
        }
        delete link;
    }
}

bool FaultProxy::listen(const QString &targetHost, quint16 targetPort)
{
    m_targetHost = targetHost;
    m_targetPort = targetPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

void FaultProxy::setRandomCuts(quint32 seed, qint64 minBytes, qint64 maxBytes)
{
    m_random.seed(seed);
    m_cutMin = qMax<qint64>(1, minBytes);
    m_cutMax = maxBytes;
}

void FaultProxy::truncateNextChunk(Direction direction, qsizetype minChunkBytes, Close how)
{
    Truncation &truncation = direction == ToServer ? m_truncateUp : m_truncateDown;
    truncation = Truncation{true, qMax<qsizetype>(2, minChunkBytes), how};
}

void FaultProxy::setSplitBytes(int n, Directions directions)
{
    setSplitPattern(directions, n, 0, 0);
}

void FaultProxy::setSplitPattern(Directions directions, int pieceBytes, qint64 phase, int gapMs)
{
    for (Shaping *shape : {&m_up, &m_down}) {
        if (directions.testFlag(shape == &m_up ? ToServer : ToClient)) {
            shape->pieceBytes = pieceBytes;
            shape->phase = phase;
            shape->gapMs = gapMs;
        }
    }
}

void FaultProxy::setDelayMs(int ms, Directions directions)
{
    if (directions.testFlag(ToServer))
        m_up.delayMs = ms;
    if (directions.testFlag(ToClient))
        m_down.delayMs = ms;
}

void FaultProxy::setStalled(bool stalled, Directions directions)
{
    if (directions.testFlag(ToServer))
        m_up.stalled = stalled;
    if (directions.testFlag(ToClient))
        m_down.stalled = stalled;
    if (stalled)
        return;
    const QList<Link *> links = m_links;
    for (Link *link : links) {
        if (m_links.contains(link))
            pump(link);
    }
}

void FaultProxy::stallOpenConnections(Directions directions)
{
    for (Link *link : std::as_const(m_links)) {
        link->up.frozen = link->up.frozen || directions.testFlag(ToServer);
        link->down.frozen = link->down.frozen || directions.testFlag(ToClient);
    }
}

qint64 FaultProxy::bytesHeld() const
{
    qint64 held = 0;
    for (const Link *link : m_links) {
        for (const Pipe *pipe : {&link->up, &link->down}) {
            for (const Chunk &chunk : pipe->chunks)
                held += chunk.bytes.size();
        }
    }
    return held;
}

void FaultProxy::dropAll(Close how)
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        cut(link, how);
}

void FaultProxy::onNewConnection()
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
        link->id = m_nextLinkId++;
        link->up.from = client;
        link->up.to = server;
        link->up.toServer = true;
        link->down.from = server;
        link->down.to = client;
        if (m_cutMax > 0)
            link->cutAfter = m_random.bounded(m_cutMin, qMax(m_cutMin, m_cutMax) + 1);
        m_links.append(link);
        // Small pieces must leave as separate segments, not wait for Nagle.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(client, &QIODevice::readyRead, this, [this, link] { read(link, link->up); });
        connect(server, &QIODevice::readyRead, this, [this, link] { read(link, link->down); });
        connect(server, &QAbstractSocket::connected, this, [this, link, server] {
            server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
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

void FaultProxy::read(Link *link, Pipe &pipe)
{
    const QByteArray bytes = pipe.from->readAll();
    if (bytes.isEmpty())
        return;
    pipe.chunks.push_back(Chunk{bytes, m_clock.elapsed() + shaping(pipe).delayMs});
    pump(link);
}

void FaultProxy::pump(Link *link)
{
    if (link->serverConnected && !forward(link, link->up))
        return;
    if (!forward(link, link->down))
        return;
    if (!link->closing)
        return;
    const bool held = !link->up.chunks.empty() || !link->down.chunks.empty();
    const bool clientGone = link->up.from->state() == QAbstractSocket::UnconnectedState;
    if (!held)
        remove(link, false);
    else if ((link->up.frozen || link->down.frozen) && clientGone)
        remove(link, true); // held bytes of a stalled connection never go out
}

bool FaultProxy::forward(Link *link, Pipe &pipe)
{
    const Shaping &shape = shaping(pipe);
    if (shape.stalled || pipe.frozen)
        return true;
    const qint64 now = m_clock.elapsed();
    while (!pipe.chunks.empty()) {
        if (pipe.chunks.front().dueMs > now) {
            wakeLater(link, pipe, pipe.chunks.front().dueMs);
            return true;
        }
        Chunk chunk = std::move(pipe.chunks.front());
        pipe.chunks.pop_front();
        Truncation &truncate = truncation(pipe);
        if (truncate.armed && !chunk.closeAfter && chunk.bytes.size() >= truncate.minChunkBytes) {
            truncate.armed = false;
            ++m_truncations;
            chunk.bytes.truncate(chunk.bytes.size() / 2);
            chunk.closeAfter = true;
            chunk.how = truncate.how;
        }
        qsizetype offset = 0;
        while (offset < chunk.bytes.size()) {
            QByteArray piece =
                chunk.bytes.mid(offset, pieceLength(pipe, chunk.bytes.size() - offset));
            const bool randomCut =
                link->cutAfter >= 0 && link->forwarded + piece.size() >= link->cutAfter;
            if (randomCut)
                piece.truncate(link->cutAfter - link->forwarded);
            const quint64 id = link->id;
            pipe.to->write(piece);
            pipe.to->flush(); // may report the peer gone at once: the link can be removed
            if (!isLive(link, id))
                return false;
            offset += piece.size();
            link->forwarded += piece.size();
            pipe.position += piece.size();
            (pipe.toServer ? m_bytesToServer : m_bytesToClient) += piece.size();
            if (randomCut) {
                cut(link, Close::Abort);
                return false;
            }
            if (shape.gapMs > 0 && offset < chunk.bytes.size()) {
                chunk.bytes.remove(0, offset);
                chunk.dueMs = now + shape.gapMs;
                pipe.chunks.push_front(std::move(chunk));
                wakeLater(link, pipe, now + shape.gapMs);
                return true;
            }
        }
        if (chunk.closeAfter) {
            cut(link, chunk.how);
            return false;
        }
    }
    return true;
}

void FaultProxy::wakeLater(Link *link, Pipe &pipe, qint64 dueMs)
{
    if (pipe.wakeAtMs >= 0 && pipe.wakeAtMs <= dueMs)
        return; // an earlier wake-up is on its way
    pipe.wakeAtMs = dueMs;
    const quint64 id = link->id;
    Pipe *target = &pipe;
    QTimer::singleShot(qMax<qint64>(0, dueMs - m_clock.elapsed()), this,
                       [this, link, id, target, dueMs] {
                           if (!isLive(link, id))
                               return;
                           if (target->wakeAtMs == dueMs)
                               target->wakeAtMs = -1;
                           pump(link);
                       });
}

qsizetype FaultProxy::pieceLength(const Pipe &pipe, qsizetype available)
{
    const Shaping &shape = shaping(pipe);
    if (shape.pieceBytes <= 0)
        return available;
    const qint64 n = shape.pieceBytes;
    qint64 toBoundary = ((shape.phase - pipe.position) % n + n) % n;
    if (toBoundary == 0)
        toBoundary = n;
    return qsizetype(qMin<qint64>(toBoundary, available));
}

void FaultProxy::cut(Link *link, Close how)
{
    ++m_cuts;
    remove(link, how == Close::Abort);
    Q_EMIT connectionCut();
}

bool FaultProxy::isLive(Link *link, quint64 id) const
{
    return m_links.contains(link) && link->id == id;
}

void FaultProxy::closeGently(Link *link)
{
    // One side closed: what it sent before still goes to the other side, then that closes.
    link->closing = true;
    for (Pipe *pipe : {&link->up, &link->down}) {
        const QByteArray rest = pipe->from->readAll();
        if (!rest.isEmpty())
            pipe->chunks.push_back(Chunk{rest, m_clock.elapsed() + shaping(*pipe).delayMs});
    }
    // Not from inside the signal: this may come while forward() is writing to the link.
    const quint64 id = link->id;
    QTimer::singleShot(0, this, [this, link, id] {
        if (isLive(link, id))
            pump(link);
    });
}

void FaultProxy::remove(Link *link, bool abort)
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
