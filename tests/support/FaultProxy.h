#pragma once

#include <QElapsedTimer>
#include <QFlags>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <deque>

class QTcpSocket;

namespace Linnet::Test {

// A loopback TCP proxy that forwards bytes unchanged to a target (TLS passes through, so the
// client still verifies the real server's certificate) and injects faults on demand, each in
// one direction or both: drop every connection (clean close or abort), cut after a random
// number of bytes, truncate a chunk and close, write in small pieces split at chosen stream
// offsets with pauses between them, delay, stall (until lifted, or forever for the
// connections open now), refuse.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum Direction { ToServer = 0x1, ToClient = 0x2, BothWays = ToServer | ToClient };
    Q_DECLARE_FLAGS(Directions, Direction)
    // Clean: what was forwarded is flushed, then FIN. Abort: RST at once.
    enum class Close { Clean, Abort };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 on a free port; every accepted connection opens one to the target.
    bool listen(const QString &targetHost, quint16 targetPort);
    quint16 port() const;

    // Closes both sides of every live connection now; bytes still held are dropped.
    void dropAll(Close how);
    void cutAll() { dropAll(Close::Abort); }
    // Each new connection is cut after a random number of forwarded bytes (both directions
    // together) in [minBytes, maxBytes]; bytes up to that point still go through, so the last
    // write is truncated. maxBytes 0 turns it off.
    void setRandomCuts(quint32 seed, qint64 minBytes, qint64 maxBytes);
    // The next chunk (one read) of at least minChunkBytes going this way, on any connection,
    // is forwarded only up to its first half; then that connection is closed.
    void truncateNextChunk(Direction direction, qsizetype minChunkBytes, Close how);
    // Forwards in pieces of at most n bytes, each its own write (0: as received).
    void setSplitBytes(int n, Directions directions = BothWays);
    // Forwards in pieces that end at the stream offsets phase + k * pieceBytes (counted from
    // the first byte of each connection going that way), waiting gapMs between pieces so the
    // other side reads them separately.
    void setSplitPattern(Directions directions, int pieceBytes, qint64 phase, int gapMs);
    // Holds every received chunk for ms before forwarding it; order is kept.
    void setDelayMs(int ms, Directions directions = BothWays);
    // While stalled, bytes are held; they go out, in order, once it is lifted.
    void setStalled(bool stalled, Directions directions = BothWays);
    // The connections open now forward nothing more this way, ever, and stay open: only the
    // endpoints' own liveness checks can notice. New connections are not affected.
    void stallOpenConnections(Directions directions);
    // Accepts and aborts new connections at once.
    void setRefuseConnections(bool refuse) { m_refuse = refuse; }

    int connectionsAccepted() const { return m_accepted; }
    int connectionsRefused() const { return m_refused; }
    int liveConnections() const { return int(m_links.size()); }
    // Connections the proxy ended: drops, random cuts and truncations.
    int cuts() const { return m_cuts; }
    int truncations() const { return m_truncations; }
    qint64 bytesToServer() const { return m_bytesToServer; }
    qint64 bytesToClient() const { return m_bytesToClient; }
    // Bytes held by the proxy now, in every connection (bounded memory).
    qint64 bytesHeld() const;

Q_SIGNALS:
    void connectionCut();

private:
    struct Shaping
    {
        int pieceBytes = 0;
        qint64 phase = 0;
        int gapMs = 0;
        int delayMs = 0;
        bool stalled = false;
    };
    struct Truncation
    {
        bool armed = false;
        qsizetype minChunkBytes = 0;
        Close how = Close::Abort;
    };
    struct Chunk
    {
        QByteArray bytes;
        qint64 dueMs;
        bool closeAfter = false; // the rest of a truncated chunk: close once it is out
        Close how = Close::Abort;
    };
    struct Pipe
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        std::deque<Chunk> chunks;
        bool toServer = false;
        bool frozen = false;
        qint64 position = 0; // bytes forwarded this way
        qint64 wakeAtMs = -1;
    };
    struct Link
    {
        quint64 id = 0;
        Pipe up;   // client -> server
        Pipe down; // server -> client
        qint64 forwarded = 0;
        qint64 cutAfter = -1; // -1: never
        bool serverConnected = false;
        bool closing = false;
    };

    Shaping &shaping(const Pipe &pipe) { return pipe.toServer ? m_up : m_down; }
    Truncation &truncation(const Pipe &pipe)
    {
        return pipe.toServer ? m_truncateUp : m_truncateDown;
    }
    void onNewConnection();
    void read(Link *link, Pipe &pipe);
    void pump(Link *link);
    // False when the link is gone after forwarding.
    bool forward(Link *link, Pipe &pipe);
    void wakeLater(Link *link, Pipe &pipe, qint64 dueMs);
    qsizetype pieceLength(const Pipe &pipe, qsizetype available);
    bool isLive(Link *link, quint64 id) const;
    void cut(Link *link, Close how);
    void closeGently(Link *link);
    // Forgets the link; abort drops both sockets at once, otherwise they close after flushing.
    void remove(Link *link, bool abort);

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort = 0;
    QList<Link *> m_links;
    quint64 m_nextLinkId = 1;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    qint64 m_cutMin = 0;
    qint64 m_cutMax = 0;
    Shaping m_up;
    Shaping m_down;
    Truncation m_truncateUp;
    Truncation m_truncateDown;
    bool m_refuse = false;
    int m_accepted = 0;
    int m_refused = 0;
    int m_cuts = 0;
    int m_truncations = 0;
    qint64 m_bytesToServer = 0;
    qint64 m_bytesToClient = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FaultProxy::Directions)

} // namespace Linnet::Test
