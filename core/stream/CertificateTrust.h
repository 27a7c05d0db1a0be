#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QStringList>

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

    // Called with the errors Qt reported for the handshake; true when the certificate is
    // trusted anyway because the user pinned it.
    bool acceptDespiteErrors(const QList<QSslError> &errors,
                             const QSslCertificate &peerCertificate) const;

    static QString sha256Fingerprint(const QSslCertificate &certificate); // lower-case hex

private:
    QString m_domain;
    QStringList m_pinned;
    QList<QSslCertificate> m_extraCas;
};

} // namespace Linnet
