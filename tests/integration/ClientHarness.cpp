#include "ClientHarness.h"

#include <QTest>

namespace Linnet::Test {

ClientHarness::ClientHarness(const TestServerInfo &server, const QString &user, QObject *parent)
    : QObject(parent), m_client(std::make_unique<Client>())
{
    m_settings.jid = Jid::parse(server.jid(user));
    m_settings.host = server.host;
    m_settings.port = server.startTlsPort;
    m_settings.tlsMode = TlsMode::StartTls;
    m_settings.extraCaCertificates = server.caCertificates();
    m_password = server.password;
    connect(m_client.get(), &Client::stateChanged, this,
            [this](ConnectionState state, const QString &reason) {
                m_states.append(state);
                m_lastReason = reason;
            });
}

void ClientHarness::connectToServer()
{
    m_client->setSettings(m_settings);
    m_client->setPassword(m_password);
    m_client->connectToServer();
}

bool ClientHarness::waitFor(ConnectionState state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_client->state() == state; }, timeoutMs);
}

int ClientHarness::countOf(ConnectionState state) const
{
    return int(m_states.count(state));
}

} // namespace Linnet::Test
