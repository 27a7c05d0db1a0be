#pragma once

#include "TestServerInfo.h"
#include "stream/Client.h"

#include <QList>
#include <QPair>
#include <memory>

namespace Linnet::Test {

// A Client for one test account on the test server, recording its state changes.
class ClientHarness : public QObject
{
    Q_OBJECT
public:
    ClientHarness(const TestServerInfo &server, const QString &user, QObject *parent = nullptr);

    ConnectionSettings &settings() { return m_settings; }
    void setPassword(const QString &password) { m_password = password; }
    Client &client() { return *m_client; }

    void connectToServer();
    // Waits until the client reaches state; false on timeout.
    bool waitFor(ConnectionState state, int timeoutMs = 20000);
    QList<ConnectionState> states() const { return m_states; }
    int countOf(ConnectionState state) const;
    QString lastReason() const { return m_lastReason; }

private:
    ConnectionSettings m_settings;
    QString m_password;
    std::unique_ptr<Client> m_client;
    QList<ConnectionState> m_states;
    QString m_lastReason;
};

} // namespace Linnet::Test
