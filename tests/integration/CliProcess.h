#pragma once

#include "TestServerInfo.h"

#include <QJsonObject>
#include <QProcess>

namespace Linnet::Test {

// One linnet-cli run for a test: its own XDG data and config folders (so the default account
// database is the test's), LINNET_PASSWORD set, and stdout/stderr collected while the test's
// event loop keeps running.
class CliProcess : public QProcess
{
    Q_OBJECT
public:
    CliProcess(const TestServerInfo &server, const QString &xdgDir, QObject *parent = nullptr);

    // --jid, --host, --port, --ca-file for user on the test server.
    static QStringList connectionArguments(const TestServerInfo &server, const QString &user);

    void run(const QStringList &arguments);
    // Both keep processing events; false on timeout.
    bool waitForExit(int timeoutMs = 60000);
    bool waitForOutput(const QByteArray &needle, int timeoutMs = 30000);
    bool waitForError(const QByteArray &needle, int timeoutMs = 30000);

    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }
    QList<QJsonObject> jsonLines() const;
    // For failure messages: exit code, stdout and stderr.
    QByteArray describe() const;

private:
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace Linnet::Test
