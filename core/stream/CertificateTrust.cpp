#include "stream/CertificateTrust.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslSocket>

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

std::optional<SessionError> CertificateTrust::judgeHandshake(QSslSocket &socket,
                                                             const QList<QSslError> &errors) const
{
    const QSslCertificate peer = socket.peerCertificate();
    if (!peer.isNull() && m_pinned.contains(sha256Fingerprint(peer))) {
        qCInfo(lcTls) << "Accepting pinned certificate" << sha256Fingerprint(peer) << "despite"
                      << errors.size() << "verification errors";
        socket.ignoreSslErrors();
        return std::nullopt;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    qCWarning(lcTls) << "Certificate of" << socket.peerName() << "rejected:" << reasons;
    SessionError rejection = SessionError::make(
        SessionError::Kind::CertificateUntrusted,
        QCoreApplication::translate("Linnet", "The server's certificate is not trusted: %1")
            .arg(reasons.join(u"; "_s)));
    rejection.sslErrors = errors;
    rejection.certificateChain = socket.peerCertificateChain();
    return rejection;
}

QString CertificateTrust::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace Linnet
