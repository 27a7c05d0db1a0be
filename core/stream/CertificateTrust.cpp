#include "stream/CertificateTrust.h"

#include "Logging.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Linnet {

CertificateTrust::CertificateTrust(QString domain, QStringList pinnedSha256,
                                   QList<QSslCertificate> extraCaCertificates)
    : m_domain(std::move(domain)), m_extraCas(std::move(extraCaCertificates))
{
    for (const QString &pin : pinnedSha256) {
        QString normalised = pin.toLower();
        normalised.remove(u':');
        m_pinned.append(normalised);
    }
}

QSslConfiguration CertificateTrust::configuration(bool directTls) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        config.addCaCertificates(m_extraCas);
    if (directTls) // XEP-0368 §3: ALPN "xmpp-client" on direct TLS
        config.setAllowedNextProtocols({QByteArrayLiteral("xmpp-client")});
    return config;
}

bool CertificateTrust::acceptDespiteErrors(const QList<QSslError> &errors,
                                           const QSslCertificate &peerCertificate) const
{
    if (peerCertificate.isNull())
        return false;
    const QString fingerprint = sha256Fingerprint(peerCertificate);
    if (!m_pinned.contains(fingerprint))
        return false;
    qCInfo(lcTls) << "Accepting pinned certificate" << fingerprint << "despite" << errors.size()
                  << "verification errors";
    return true;
}

QString CertificateTrust::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace Linnet
