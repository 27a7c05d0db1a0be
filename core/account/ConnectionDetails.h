#pragma once

#include <QString>

namespace Linnet {

// What an online connection looks like, in words, for an account overview.
struct ConnectionDetails
{
    bool online = false;
    QString boundJid;      // the full JID the server gave us
    QString serverAddress; // "host:port" that was connected to
    bool directTls = false;
    bool encrypted = false;
    QString tlsProtocol;   // e.g. "TLSv1.3"
    QString cipher;        // e.g. "TLS_AES_256_GCM_SHA384"
    QString saslMechanism; // e.g. "SCRAM-SHA-256"

    // Why the server's certificate was accepted.
    enum class CertificateTrust { Verified, PinnedAlways, TrustedOnce };
    CertificateTrust certificateTrust = CertificateTrust::Verified;
    QString certificateSha256; // lower-case hex of the server's certificate
};

} // namespace Linnet
