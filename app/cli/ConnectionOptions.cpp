#include "ConnectionOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Linnet::Cli {

void ConnectionOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"jid"_s,
         QCoreApplication::translate("linnet-cli",
                                     "The account's address, e.g. alice@example.org."),
         u"jid"_s},
        {u"password-file"_s,
         QCoreApplication::translate(
             "linnet-cli",
             "Read the password from this file (first line). Otherwise LINNET_PASSWORD is used."),
         u"file"_s},
        {u"host"_s,
         QCoreApplication::translate(
             "linnet-cli", "Connect to this host instead of looking up the domain's SRV records."),
         u"host"_s},
        {u"port"_s,
         QCoreApplication::translate(
             "linnet-cli", "Port for --host (default 5222, or 5223 with --tls direct-tls)."),
         u"port"_s},
        {u"tls"_s,
         QCoreApplication::translate(
             "linnet-cli", "TLS mode: automatic, starttls, direct-tls or allow-unencrypted."),
         u"mode"_s, u"automatic"_s},
        {u"ca-file"_s,
         QCoreApplication::translate("linnet-cli",
                                     "Also trust the CA certificates in this PEM file."),
         u"file"_s},
        {u"pin"_s,
         QCoreApplication::translate("linnet-cli",
                                     "Trust the certificate with this SHA-256 fingerprint (hex)."),
         u"sha256"_s},
        {u"resource"_s, QCoreApplication::translate("linnet-cli", "Resource to request."),
         u"resource"_s, u"linnet-cli"_s},
        {u"verbose"_s, QCoreApplication::translate(
                           "linnet-cli", "Also log what the connection does, on stderr.")},
    });
}

bool ConnectionOptions::read(const QCommandLineParser &parser, QString *error)
{
    // Without --verbose, stderr carries only the one-line reason of a failure.
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"linnet.*.info=false\nlinnet.*.warning=false"_s);
    if (!parser.isSet(u"jid"_s)) {
        *error = QCoreApplication::translate("linnet-cli", "--jid is required");
        return false;
    }
    const Jid jid = Jid::parse(parser.value(u"jid"_s));
    if (!jid.isValid() || jid.local().isEmpty()) {
        *error = QCoreApplication::translate("linnet-cli", "invalid --jid: %1")
                     .arg(jid.isValid() ? QCoreApplication::translate("linnet-cli", "no user name")
                                        : jid.error());
        return false;
    }
    m_settings.jid = jid.bare();
    m_settings.resource = parser.value(u"resource"_s);
    m_settings.host = parser.value(u"host"_s);
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint port = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = QCoreApplication::translate("linnet-cli", "invalid --port: %1")
                         .arg(parser.value(u"port"_s));
            return false;
        }
        m_settings.port = quint16(port);
    }
    const QString mode = parser.value(u"tls"_s);
    m_settings.tlsMode = tlsModeFromName(mode);
    if (tlsModeName(m_settings.tlsMode) != mode) {
        *error = QCoreApplication::translate("linnet-cli", "invalid --tls: %1").arg(mode);
        return false;
    }
    if (parser.isSet(u"ca-file"_s)) {
        const auto cas = QSslCertificate::fromPath(parser.value(u"ca-file"_s), QSsl::Pem);
        if (cas.isEmpty()) {
            *error =
                QCoreApplication::translate("linnet-cli", "no certificate could be read from %1")
                    .arg(parser.value(u"ca-file"_s));
            return false;
        }
        m_settings.extraCaCertificates = cas;
    }
    if (parser.isSet(u"pin"_s))
        m_settings.pinnedCertificates = parser.values(u"pin"_s);

    if (parser.isSet(u"password-file"_s)) {
        QFile file(parser.value(u"password-file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("linnet-cli", "cannot read the password file: %1")
                         .arg(file.errorString());
            return false;
        }
        m_password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    } else {
        m_password = qEnvironmentVariable("LINNET_PASSWORD");
    }
    if (m_password.isEmpty()) {
        *error = QCoreApplication::translate(
            "linnet-cli", "no password: use --password-file or set LINNET_PASSWORD");
        return false;
    }
    return true;
}

} // namespace Linnet::Cli
