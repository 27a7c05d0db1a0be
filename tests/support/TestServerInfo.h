// Where the private test Prosody is and how to use it: read from the server.env file that
// tests/server/linnet-test-server writes (the CTest fixture linnet_server starts it).
#pragma once

#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace Linnet::Test {

struct TestServerInfo
{
    QString domain; // localhost
    QString host;   // 127.0.0.1
    quint16 startTlsPort = 0;
    quint16 directTlsPort = 0;
    quint16 httpPort = 0; // plain HTTP: file share (upload) URLs point here
    quint16 httpsPort = 0;
    QString caCertPath;              // the server's self-signed certificate (PEM)
    QString certSha256Hex;           // SHA-256 of its DER form, lowercase hex, no colons
    QString muc;                     // conference.localhost
    QString pubsub;                  // pubsub.localhost
    QString upload;                  // upload.localhost
    QString password;                // shared by alice, bob, carol, dave (and demo)
    QString configPath;              // the generated prosody.cfg.lua
    QString envPath;                 // the server.env this was read from
    QString logPath;                 // Prosody's log, handy in failure messages
    QMap<QString, QString> accounts; // user -> password, echo included

    // Reads the file named by the environment variable LINNET_TEST_SERVER_ENV.
    static std::optional<TestServerInfo> load(QString *error);
    static std::optional<TestServerInfo> loadFile(const QString &envPath, QString *error);

    // Starts a server of its own in dir (a fresh one: new ports, accounts, certificate),
    // for a test that must not disturb the shared one. Stop it with stopServer().
    static std::optional<TestServerInfo> startServer(const QString &dir, QString *error);

    QList<QSslCertificate> caCertificates() const;
    QString jid(const QString &user) const; // user@domain
    QString passwordOf(const QString &user) const;

    // These run linnet-test-server synchronously (bounded) on the directory of envPath.
    // restartServer stops the server and starts it again on the same ports with the same
    // data and certificate, so a client can test reconnecting.
    bool restartServer(QString *error) const;
    bool stopServer(QString *error) const;
    // Creates (or resets the password of) user@domain; server.env records it as well.
    bool registerAccount(const QString &user, const QString &password, QString *error) const;
};

} // namespace Linnet::Test
