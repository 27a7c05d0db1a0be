#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace Linnet {

// Data binding a SASL exchange to the TLS channel it runs in (RFC 5056).
struct ChannelBinding
{
    QString type; // a channel binding unique prefix, e.g. "tls-server-end-point"
    QByteArray data;

    static QString tlsServerEndPointType();

    // RFC 5929 §4.1: the hash of the server's DER certificate, with the hash function of the
    // certificate's signature algorithm, except SHA-256 where that is MD5 or SHA-1. nullopt
    // when the algorithm uses no single hash (e.g. Ed25519) or cannot be read.
    static std::optional<ChannelBinding> tlsServerEndPoint(const QSslCertificate &serverCert);
    // The hash tlsServerEndPoint() uses for a DER certificate.
    static std::optional<QCryptographicHash::Algorithm>
    tlsServerEndPointHash(const QByteArray &certificateDer);

    friend bool operator==(const ChannelBinding &, const ChannelBinding &) = default;
};

} // namespace Linnet
