#include "CliSession.h"

#include "im/Roster.h"
#include "muc/MucManager.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

CliSession::CliSession(const ConnectionOptions &options, const QString &command,
                       const QString &databasePath)
    : m_services(&m_client, databasePath), m_command(command)
{
    m_client.setAutoReconnect(false);
    // A one-shot command joins no bookmarked rooms.
    m_services.muc()->setAutojoinEnabled(false);
    m_client.setSettings(options.settings());
    m_client.setPassword(options.password());
    connect(&m_client, &Client::stateChanged, this, &CliSession::onState);
    const auto ready = [this] {
        if (m_ready || !m_whenReady)
            return;
        m_ready = true;
        m_whenReady();
    };
    connect(m_services.roster(), &Roster::loaded, this, ready);
    connect(m_services.roster(), &Roster::fetchFailed, this, [this, ready](const QString &why) {
        if (m_finishing)
            return; // signing out cut the fetch short
        QTextStream(stderr) << "linnet-cli " << m_command << ": the roster did not load: " << why
                            << Qt::endl;
        ready();
    });
}

void CliSession::start(std::function<void()> whenReady, int timeoutSeconds)
{
    m_whenReady = std::move(whenReady);
    QTimer::singleShot(timeoutSeconds * 1000, this, [this, timeoutSeconds] {
        if (m_ready)
            return;
        QTextStream(stderr) << "linnet-cli " << m_command << ": no answer after " << timeoutSeconds
                            << " seconds" << Qt::endl;
        finish(1);
    });
    m_client.connectToServer();
}

void CliSession::finish(int exitCode)
{
    m_exitCode = exitCode;
    m_finishing = true;
    if (m_client.state() == ConnectionState::Disconnected) {
        QCoreApplication::exit(exitCode);
        return;
    }
    m_client.disconnectFromServer();
    // A server that does not close in time is left behind.
    QTimer::singleShot(5000, this, [exitCode] { QCoreApplication::exit(exitCode); });
}

void CliSession::onState(ConnectionState state, const QString &reason)
{
    if (state != ConnectionState::Disconnected)
        return;
    if (!m_finishing) {
        QTextStream(stderr) << "linnet-cli " << m_command << ": " << reason << Qt::endl;
        m_exitCode = 1;
    }
    QCoreApplication::exit(m_exitCode);
}

} // namespace Linnet::Cli
