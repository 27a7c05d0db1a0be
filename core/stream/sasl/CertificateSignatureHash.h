#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <optional>

namespace Linnet {

// Qt does not expose a certificate's signature algorithm, so these read it from the DER
// encoding: Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }.

// The dotted OID of the signatureAlgorithm, or empty when the DER is malformed.
QString certificateSignatureAlgorithmOid(const QByteArray &der);

// The single hash function the signature algorithm uses (for RSASSA-PSS, the one its
// parameters name, SHA-1 when they name none). nullopt when the algorithm uses no hash
// function (Ed25519, Ed448), is unknown, or the DER is malformed.
std::optional<QCryptographicHash::Algorithm> certificateSignatureHash(const QByteArray &der);

} // namespace Linnet
