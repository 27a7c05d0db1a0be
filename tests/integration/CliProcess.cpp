#include "CliProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Linnet::Test {

CliProcess::CliProcess(const TestServerInfo &server, const QString &xdgDir, QObject *parent)
    : QProcess(parent)
{
    QDir().mkpath(xdgDir + u"/data"_s);
    QDir().mkpath(xdgDir + u"/config"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LINNET_PASSWORD"_s, server.password);
    env.insert(u"XDG_DATA_HOME"_s, xdgDir + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, xdgDir + u"/config"_s);
    setProcessEnvironment(env);
    connect(this, &QProcess::readyReadStandardOutput, this,
            [this] { m_out += readAllStandardOutput(); });
    connect(this, &QProcess::readyReadStandardError, this,
            [this] { m_err += readAllStandardError(); });
}

QStringList CliProcess::connectionArguments(const TestServerInfo &server, const QString &user)
{
    return {u"--jid"_s,       server.jid(user), u"--host"_s,
            server.host,      u"--port"_s,      QString::number(server.startTlsPort),
            u"--tls"_s,       u"starttls"_s,    u"--ca-file"_s,
            server.caCertPath};
}

void CliProcess::run(const QStringList &arguments)
{
    start(QStringLiteral(LINNET_CLI_PATH), arguments);
    closeWriteChannel();
}

bool CliProcess::waitForExit(int timeoutMs)
{
    const bool exited =
        QTest::qWaitFor([this] { return state() == QProcess::NotRunning; }, timeoutMs);
    m_out += readAllStandardOutput();
    m_err += readAllStandardError();
    return exited;
}

bool CliProcess::waitForOutput(const QByteArray &needle, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_out.contains(needle); }, timeoutMs);
}

bool CliProcess::waitForError(const QByteArray &needle, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_err.contains(needle); }, timeoutMs);
}

QList<QJsonObject> CliProcess::jsonLines() const
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : m_out.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            lines.append(document.object());
    }
    return lines;
}

QByteArray CliProcess::describe() const
{
    return "exit " + QByteArray::number(exitCode()) + "\nstdout: " + m_out + "\nstderr: " + m_err;
}

} // namespace Linnet::Test
