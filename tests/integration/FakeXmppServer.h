#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <functional>

namespace Linnet::Test {

// A scripted XMPP "server" on loopback for broken and hostile server behaviour only. A script
// waits for text from the client, sends bytes, starts TLS, closes. Every connection runs the
// same script unless nextConnection() starts one for the next connection (the last script
// also serves every later connection). Whatever the client sends is recorded (after
// decryption) for the test to inspect.
class FakeXmppServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Transport { Plain, DirectTls };
    struct Connection;
    using Action = std::function<void(Connection &)>;

    explicit FakeXmppServer(Transport transport = Transport::Plain, QObject *parent = nullptr);
    ~FakeXmppServer() override;

    quint16 port() const { return serverPort(); }
    // Certificate used for direct TLS and STARTTLS; defaults to the test cert for localhost.
    void setIdentity(const QString &certificatePath, const QString &keyPath);

    FakeXmppServer &expect(const QByteArray &needle);
    FakeXmppServer &send(const QByteArray &bytes);
    // Sends bytes with %ID% replaced by the id of the IQ that the last expect() matched in.
    FakeXmppServer &replyToIq(const QByteArray &bytesWithId);
    FakeXmppServer &startTls();
    FakeXmppServer &closeConnection();
    FakeXmppServer &then(Action action);
    // The steps added from now on form the script of the next connection.
    FakeXmppServer &nextConnection();

    // Common openings. Header with the given features; "version" can be changed.
    static QByteArray header(const QByteArray &features, const QByteArray &version = "1.0");
    // A full sign-in with PLAIN (the client only uses PLAIN over TLS, so this needs TLS).
    FakeXmppServer &signInWithPlain(const QByteArray &boundJid = "alice@localhost/fake",
                                    const QByteArray &extraFeatures = QByteArray());
    // PLAIN up to the features of the authenticated stream, which are given.
    FakeXmppServer &authenticateWithPlain(const QByteArray &features);

    int connectionCount() const { return int(m_connections.size()); }
    QByteArray received(int connection = 0) const;

    struct Connection
    {
        QPointer<QSslSocket> socket;
        QByteArray all;     // everything received
        QByteArray pending; // received but not yet matched by expect()
        QByteArray lastIqId;
        int script = 0;
        int step = 0;
        bool waitingForTls = false;
    };

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Step
    {
        enum class Kind { Expect, Send, ReplyToIq, StartTls, Close, Run } kind;
        QByteArray bytes;
        Action action;
    };
    void advance(Connection &connection);
    void prepareTls(QSslSocket *socket);

    Transport m_transport;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QList<Step>> m_scripts{QList<Step>()};
    QList<Connection *> m_connections;
};

} // namespace Linnet::Test
