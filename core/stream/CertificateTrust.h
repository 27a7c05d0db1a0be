#pragma once

#include "stream/SessionError.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>
#include <optional>

class QSslSocket;

namespace Linnet {

// Decides whether a server certificate is trusted: verified against the system store (plus
// any extra CAs) with RFC 6125 name checking against the JID's domain, or pinned by the user
// through its SHA-256 fingerprint.
class CertificateTrust
{
public:
    CertificateTrust(QString domain, QStringList pinnedSha256,
                     QList<QSslCertificate> extraCaCertificates);

    QSslConfiguration configuration(bool directTls) const;
    QString peerVerifyName() const { return m_domain; }

    // Called with the errors Qt reported for a handshake on socket. When the user pinned the
    // certificate, the errors are ignored on the socket and nullopt is returned; otherwise
    // the CertificateUntrusted error to report, carrying the errors and the chain.
    std::optional<SessionError> judgeHandshake(QSslSocket &socket,
                                               const QList<QSslError> &errors) const;

    static QString sha256Fingerprint(const QSslCertificate &certificate); // lower-case hex

private:
    QString m_domain;
    QStringList m_pinned;
    QList<QSslCertificate> m_extraCas;
};

} // namespace Linnet
