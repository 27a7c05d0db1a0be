#pragma once

#include "stream/ConnectionSettings.h"

#include <QCommandLineParser>
#include <QString>

namespace Linnet::Cli {

// The connection options every linnet-cli subcommand shares: --jid, --password-file (or the
// LINNET_PASSWORD environment variable), --host, --port, --tls, --ca-file, --pin, --resource,
// --verbose.
class ConnectionOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // Reads the parsed options; false with a one-line reason in *error when they don't work.
    bool read(const QCommandLineParser &parser, QString *error);

    ConnectionSettings settings() const { return m_settings; }
    QString password() const { return m_password; }

private:
    ConnectionSettings m_settings;
    QString m_password;
};

} // namespace Linnet::Cli
