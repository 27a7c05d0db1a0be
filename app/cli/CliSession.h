#pragma once

#include "ConnectionOptions.h"
#include "account/AccountServices.h"
#include "stream/Client.h"

#include <QObject>
#include <QTextStream>
#include <functional>

namespace Linnet::Cli {

// One signed-in account for a command: a Client with the shared connection options and the
// account's managers (roster, presence, chats, …) over it. databasePath empty: no on-disk
// database (history and caches stay in memory).
class CliSession : public QObject
{
    Q_OBJECT
public:
    CliSession(const ConnectionOptions &options, const QString &command,
               const QString &databasePath = QString());

    Client &client() { return m_client; }
    AccountServices &services() { return m_services; }

    // Signs in; calls whenReady once online with the roster loaded (or failed to load). On
    // failure prints the reason and ends the event loop with 1. Gives up after timeoutSeconds.
    void start(std::function<void()> whenReady, int timeoutSeconds = 60);
    // Signs out and ends the event loop with exitCode once the connection is closed.
    void finish(int exitCode);

private:
    void onState(ConnectionState state, const QString &reason);

    Client m_client;
    AccountServices m_services;
    QString m_command;
    std::function<void()> m_whenReady;
    bool m_ready = false;
    bool m_finishing = false;
    int m_exitCode = 1;
};

} // namespace Linnet::Cli
