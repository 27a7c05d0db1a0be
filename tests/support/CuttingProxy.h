#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <deque>

class QTcpSocket;

namespace Linnet::Test {

// A loopback TCP proxy that forwards bytes unchanged to a target (TLS passes through, so the
// client still verifies the real server's certificate) and injects faults on demand: cut
// every connection now or after a random number of bytes, forward in small separate writes,
// delay, stall, refuse. Faults apply to both directions.
class CuttingProxy : public QObject
{
    Q_OBJECT
public:
    explicit CuttingProxy(QObject *parent = nullptr);
    ~CuttingProxy() override;

    // Listens on 127.0.0.1 on a free port; every accepted connection opens one to the target.
    bool listen(const QString &targetHost, quint16 targetPort);
    quint16 port() const;

    // Aborts both sides of every live connection now.
    void cutAll();
    // Each new connection is cut after a random number of forwarded bytes (both directions
    // together) in [minBytes, maxBytes]; bytes up to that point still go through, so the last
    // write is truncated. maxBytes 0 turns it off.
    void setRandomCuts(quint32 seed, qint64 minBytes, qint64 maxBytes);
    // Forwards in chunks of at most n bytes, each its own write (0: as received).
    void setSplitBytes(int n) { m_splitBytes = n; }
    // Holds every received chunk for ms before forwarding it; order is kept.
    void setDelayMs(int ms) { m_delayMs = ms; }
    // While stalled, bytes are held; they go out, in order, once it is lifted.
    void setStalled(bool stalled);
    // Accepts and aborts new connections at once.
    void setRefuseConnections(bool refuse) { m_refuse = refuse; }

    int connectionsAccepted() const { return m_accepted; }
    int connectionsRefused() const { return m_refused; }
    int liveConnections() const { return int(m_links.size()); }
    int cuts() const { return m_cuts; }
    qint64 bytesToServer() const { return m_bytesToServer; }
    qint64 bytesToClient() const { return m_bytesToClient; }

Q_SIGNALS:
    void connectionCut();

private:
    struct Chunk
    {
        QByteArray bytes;
        qint64 dueMs;
    };
    struct Pipe
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        std::deque<Chunk> chunks;
        bool toServer = false;
    };
    struct Link
    {
        Pipe up;   // client -> server
        Pipe down; // server -> client
        qint64 forwarded = 0;
        qint64 cutAfter = -1; // -1: never
        bool serverConnected = false;
        bool closing = false;
    };

    void onNewConnection();
    void read(Link *link, Pipe &pipe);
    void pump(Link *link);
    // False when the link was cut while forwarding.
    bool forward(Link *link, Pipe &pipe);
    void cut(Link *link);
    void closeGently(Link *link);
    // Forgets the link; abort drops both sockets at once, otherwise they close after flushing.
    void remove(Link *link, bool abort);

    QTcpServer m_server;
    QString m_targetHost;
    quint16 m_targetPort = 0;
    QList<Link *> m_links;
    QElapsedTimer m_clock;
    QRandomGenerator m_random;
    qint64 m_cutMin = 0;
    qint64 m_cutMax = 0;
    int m_splitBytes = 0;
    int m_delayMs = 0;
    bool m_stalled = false;
    bool m_refuse = false;
    int m_accepted = 0;
    int m_refused = 0;
    int m_cuts = 0;
    qint64 m_bytesToServer = 0;
    qint64 m_bytesToClient = 0;
};

} // namespace Linnet::Test
