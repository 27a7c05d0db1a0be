#include "TestServerInfo.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Linnet::Test {

namespace {

// Long enough for a slow CI machine; linnet-test-server bounds its own waits too.
constexpr int ScriptTimeoutMs = 120'000;

QString scriptPath()
{
    return qEnvironmentVariable("LINNET_TEST_SERVER_SCRIPT",
                                QString::fromUtf8(LINNET_TEST_SERVER_SCRIPT));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Runs linnet-test-server with arguments; on failure *error gets its output.
bool runScript(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(scriptPath(), arguments);
    if (!process.waitForStarted())
        return fail(error, u"Could not run %1: %2"_s.arg(scriptPath(), process.errorString()));
    if (!process.waitForFinished(ScriptTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(error, u"linnet-test-server %1 did not finish within %2 s"_s.arg(
                               arguments.join(u' '), QString::number(ScriptTimeoutMs / 1000)));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(error, u"linnet-test-server %1 failed:\n%2"_s.arg(
                               arguments.join(u' '), QString::fromUtf8(process.readAll())));
    }
    return true;
}

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

} // namespace

std::optional<TestServerInfo> TestServerInfo::load(QString *error)
{
    const QString path = qEnvironmentVariable("LINNET_TEST_SERVER_ENV");
    if (path.isEmpty()) {
        fail(error, u"LINNET_TEST_SERVER_ENV is not set: run this test through CTest (fixture "
                    "linnet_server) or point it at a server.env from linnet-test-server start"_s);
        return std::nullopt;
    }
    return loadFile(path, error);
}

std::optional<TestServerInfo> TestServerInfo::loadFile(const QString &envPath, QString *error)
{
    QFile file(envPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        fail(error, u"Cannot read the test server environment %1: %2 (did the server_start "
                    "fixture run?)"_s.arg(envPath, file.errorString()));
        return std::nullopt;
    }
    QMap<QString, QString> values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (line.startsWith(u'#') || equals <= 0)
            continue;
        values.insert(line.left(equals), line.mid(equals + 1));
    }

    const QStringList required{
        u"LINNET_TEST_DOMAIN"_s,         u"LINNET_TEST_HOST"_s,      u"LINNET_TEST_STARTTLS_PORT"_s,
        u"LINNET_TEST_DIRECTTLS_PORT"_s, u"LINNET_TEST_HTTP_PORT"_s, u"LINNET_TEST_CA_CERT"_s,
        u"LINNET_TEST_CERT_SHA256"_s,    u"LINNET_TEST_ACCOUNTS"_s,  u"LINNET_TEST_PASSWORD"_s};
    for (const QString &key : required) {
        if (values.value(key).isEmpty()) {
            fail(error, u"%1 has no %2"_s.arg(envPath, key));
            return std::nullopt;
        }
    }

    TestServerInfo info;
    const auto startTls = parsePort(values.value(u"LINNET_TEST_STARTTLS_PORT"_s));
    const auto directTls = parsePort(values.value(u"LINNET_TEST_DIRECTTLS_PORT"_s));
    const auto http = parsePort(values.value(u"LINNET_TEST_HTTP_PORT"_s));
    if (!startTls || !directTls || !http) {
        fail(error, u"%1 has an invalid port number"_s.arg(envPath));
        return std::nullopt;
    }
    info.startTlsPort = *startTls;
    info.directTlsPort = *directTls;
    info.httpPort = *http;
    info.httpsPort = parsePort(values.value(u"LINNET_TEST_HTTPS_PORT"_s)).value_or(0);
    info.domain = values.value(u"LINNET_TEST_DOMAIN"_s);
    info.host = values.value(u"LINNET_TEST_HOST"_s);
    info.caCertPath = values.value(u"LINNET_TEST_CA_CERT"_s);
    info.certSha256Hex = values.value(u"LINNET_TEST_CERT_SHA256"_s);
    info.muc = values.value(u"LINNET_TEST_MUC"_s);
    info.pubsub = values.value(u"LINNET_TEST_PUBSUB"_s);
    info.upload = values.value(u"LINNET_TEST_UPLOAD"_s);
    info.password = values.value(u"LINNET_TEST_PASSWORD"_s);
    info.configPath = values.value(u"LINNET_TEST_CONFIG"_s);
    info.logPath = values.value(u"LINNET_TEST_LOG"_s);
    info.envPath = QFileInfo(envPath).absoluteFilePath();
    // "alice:pw bob:pw ..." (passwords never hold spaces or colons)
    const QStringList accounts =
        values.value(u"LINNET_TEST_ACCOUNTS"_s).split(u' ', Qt::SkipEmptyParts);
    for (const QString &account : accounts) {
        const qsizetype colon = account.indexOf(u':');
        if (colon > 0)
            info.accounts.insert(account.left(colon), account.mid(colon + 1));
    }
    return info;
}

std::optional<TestServerInfo> TestServerInfo::startServer(const QString &dir, QString *error)
{
    if (!runScript({u"start"_s, u"--dir"_s, dir}, error))
        return std::nullopt;
    return loadFile(dir + u"/server.env"_s, error);
}

QList<QSslCertificate> TestServerInfo::caCertificates() const
{
    return QSslCertificate::fromPath(caCertPath, QSsl::Pem);
}

QString TestServerInfo::jid(const QString &user) const
{
    return user + u'@' + domain;
}

QString TestServerInfo::passwordOf(const QString &user) const
{
    return accounts.value(user, password);
}

bool TestServerInfo::restartServer(QString *error) const
{
    return runScript({u"restart"_s, u"--dir"_s, QFileInfo(envPath).absolutePath()}, error);
}

bool TestServerInfo::stopServer(QString *error) const
{
    return runScript({u"stop"_s, u"--dir"_s, QFileInfo(envPath).absolutePath()}, error);
}

bool TestServerInfo::registerAccount(const QString &user, const QString &password,
                                     QString *error) const
{
    return runScript({u"register"_s, u"--dir"_s, QFileInfo(envPath).absolutePath(), user, password},
                     error);
}

} // namespace Linnet::Test
