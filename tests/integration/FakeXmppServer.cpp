#include "FakeXmppServer.h"

#include <QFile>
#include <QRegularExpression>

namespace Linnet::Test {

FakeXmppServer::FakeXmppServer(Transport transport, QObject *parent)
    : QTcpServer(parent), m_transport(transport)
{
    setIdentity(QStringLiteral(LINNET_TEST_DATA_DIR "/fake-localhost.pem"),
                QStringLiteral(LINNET_TEST_DATA_DIR "/fake-localhost.key"));
    listen(QHostAddress::LocalHost, 0);
}

FakeXmppServer::~FakeXmppServer()
{
    for (Connection *connection : m_connections) {
        if (connection->socket)
            connection->socket->abort();
        delete connection;
    }
}

void FakeXmppServer::setIdentity(const QString &certificatePath, const QString &keyPath)
{
    QFile cert(certificatePath);
    QFile key(keyPath);
    if (cert.open(QIODevice::ReadOnly))
        m_certificate = QSslCertificate(&cert, QSsl::Pem);
    if (key.open(QIODevice::ReadOnly))
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
}

FakeXmppServer &FakeXmppServer::expect(const QByteArray &needle)
{
    m_scripts.last().append({Step::Kind::Expect, needle, {}});
    return *this;
}

FakeXmppServer &FakeXmppServer::send(const QByteArray &bytes)
{
    m_scripts.last().append({Step::Kind::Send, bytes, {}});
    return *this;
}

FakeXmppServer &FakeXmppServer::replyToIq(const QByteArray &bytesWithId)
{
    m_scripts.last().append({Step::Kind::ReplyToIq, bytesWithId, {}});
    return *this;
}

FakeXmppServer &FakeXmppServer::startTls()
{
    m_scripts.last().append({Step::Kind::StartTls, {}, {}});
    return *this;
}

FakeXmppServer &FakeXmppServer::closeConnection()
{
    m_scripts.last().append({Step::Kind::Close, {}, {}});
    return *this;
}

FakeXmppServer &FakeXmppServer::then(Action action)
{
    m_scripts.last().append({Step::Kind::Run, {}, std::move(action)});
    return *this;
}

FakeXmppServer &FakeXmppServer::nextConnection()
{
    m_scripts.append(QList<Step>());
    return *this;
}

QByteArray FakeXmppServer::header(const QByteArray &features, const QByteArray &version)
{
    QByteArray versionAttribute;
    if (!version.isEmpty())
        versionAttribute = QByteArray(" version='") + version + "'";
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
           "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='fake-1'" +
           versionAttribute + "><stream:features>" + features + "</stream:features>";
}

FakeXmppServer &FakeXmppServer::authenticateWithPlain(const QByteArray &features)
{
    return expect("<stream:stream")
        .send(header("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                     "<mechanism>PLAIN</mechanism></mechanisms>"))
        .expect("</auth>")
        .send("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>")
        .expect("<stream:stream")
        .send(header(features));
}

FakeXmppServer &FakeXmppServer::signInWithPlain(const QByteArray &boundJid,
                                                const QByteArray &extraFeatures)
{
    return authenticateWithPlain("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>" + extraFeatures)
        .expect("urn:ietf:params:xml:ns:xmpp-bind")
        .replyToIq("<iq type='result' id='%ID%'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                   "<jid>" +
                   boundJid + "</jid></bind></iq>");
}

QByteArray FakeXmppServer::received(int connection) const
{
    return connection < m_connections.size() ? m_connections[connection]->all : QByteArray();
}

void FakeXmppServer::prepareTls(QSslSocket *socket)
{
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
}

void FakeXmppServer::incomingConnection(qintptr descriptor)
{
    auto *connection = new Connection;
    connection->script = int(qMin(m_connections.size(), m_scripts.size() - 1));
    auto *socket = new QSslSocket(this);
    connection->socket = socket;
    m_connections.append(connection);
    socket->setSocketDescriptor(descriptor);
    prepareTls(socket);
    connect(socket, &QIODevice::readyRead, this, [this, connection] {
        const QByteArray data = connection->socket->readAll();
        connection->all += data;
        connection->pending += data;
        advance(*connection);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, connection] {
        connection->waitingForTls = false;
        advance(*connection);
    });
    if (m_transport == Transport::DirectTls) {
        connection->waitingForTls = true;
        socket->startServerEncryption();
    } else {
        advance(*connection);
    }
}

void FakeXmppServer::advance(Connection &connection)
{
    static const QRegularExpression idPattern(QStringLiteral(R"(id=["']([^"']+)["'])"));
    const QList<Step> &script = m_scripts[connection.script];
    while (!connection.waitingForTls && connection.step < script.size() && connection.socket) {
        const Step &step = script[connection.step];
        switch (step.kind) {
        case Step::Kind::Expect: {
            const qsizetype at = connection.pending.indexOf(step.bytes);
            if (at < 0)
                return;
            // Remember the id of the IQ the needle sits in, for replyToIq().
            const qsizetype iqStart = connection.pending.lastIndexOf("<iq", at);
            if (iqStart >= 0) {
                const auto match = idPattern.match(
                    QString::fromUtf8(connection.pending.mid(iqStart, at - iqStart)));
                if (match.hasMatch())
                    connection.lastIqId = match.captured(1).toUtf8();
            }
            connection.pending.remove(0, at + step.bytes.size());
            break;
        }
        case Step::Kind::Send:
            connection.socket->write(step.bytes);
            break;
        case Step::Kind::ReplyToIq: {
            QByteArray bytes = step.bytes;
            connection.socket->write(bytes.replace("%ID%", connection.lastIqId));
            break;
        }
        case Step::Kind::StartTls:
            connection.waitingForTls = true;
            connection.pending.clear();
            connection.socket->startServerEncryption();
            break;
        case Step::Kind::Close:
            connection.socket->flush();
            connection.socket->disconnectFromHost();
            break;
        case Step::Kind::Run:
            step.action(connection);
            break;
        }
        ++connection.step;
    }
}

} // namespace Linnet::Test
