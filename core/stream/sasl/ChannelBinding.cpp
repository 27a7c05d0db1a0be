#include "stream/sasl/ChannelBinding.h"

#include "Logging.h"
#include "stream/sasl/CertificateSignatureHash.h"

using namespace Qt::StringLiterals;

namespace Linnet {

QString ChannelBinding::tlsServerEndPointType()
{
    return u"tls-server-end-point"_s;
}

std::optional<QCryptographicHash::Algorithm>
ChannelBinding::tlsServerEndPointHash(const QByteArray &certificateDer)
{
    const auto hash = certificateSignatureHash(certificateDer);
    if (!hash)
        return std::nullopt;
    if (*hash == QCryptographicHash::Md5 || *hash == QCryptographicHash::Sha1)
        return QCryptographicHash::Sha256;
    return hash;
}

std::optional<ChannelBinding> ChannelBinding::tlsServerEndPoint(const QSslCertificate &serverCert)
{
    const QByteArray der = serverCert.toDer();
    const auto hash = tlsServerEndPointHash(der);
    if (!hash) {
        qCInfo(lcSasl) << "No tls-server-end-point channel binding for a certificate signed with"
                       << certificateSignatureAlgorithmOid(der);
        return std::nullopt;
    }
    return ChannelBinding{tlsServerEndPointType(), QCryptographicHash::hash(der, *hash)};
}

} // namespace Linnet
