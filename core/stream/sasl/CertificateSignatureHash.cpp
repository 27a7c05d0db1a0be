#include "stream/sasl/CertificateSignatureHash.h"

#include <QByteArrayView>
#include <QStringList>
#include <array>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

constexpr quint8 TagSequence = 0x30;
constexpr quint8 TagNull = 0x05;
constexpr quint8 TagOid = 0x06;
constexpr quint8 TagContext0 = 0xA0; // [0], constructed

struct DerItem
{
    quint8 tag = 0;
    QByteArrayView content;
    qsizetype size = 0; // header and content
};

// Reads the DER item at the start of data; nullopt if it is malformed or overruns data.
std::optional<DerItem> readItem(QByteArrayView data)
{
    if (data.size() < 2)
        return std::nullopt;
    const quint8 tag = quint8(data[0]);
    if ((tag & 0x1F) == 0x1F)
        return std::nullopt; // high tag numbers do not occur where we look
    const quint8 first = quint8(data[1]);
    qsizetype headerSize = 2;
    quint64 length = first;
    if (first & 0x80) {
        const int lengthBytes = first & 0x7F;
        if (lengthBytes == 0 || lengthBytes > 4 || data.size() < 2 + lengthBytes)
            return std::nullopt; // indefinite lengths are not DER
        length = 0;
        for (int i = 0; i < lengthBytes; ++i)
            length = (length << 8) | quint8(data[2 + i]);
        headerSize += lengthBytes;
    }
    if (length > quint64(data.size() - headerSize))
        return std::nullopt;
    return DerItem{tag, data.sliced(headerSize, qsizetype(length)), headerSize + qsizetype(length)};
}

std::optional<DerItem> readItem(QByteArrayView data, quint8 expectedTag)
{
    const auto item = readItem(data);
    if (!item || item->tag != expectedTag)
        return std::nullopt;
    return item;
}

QString decodeOid(QByteArrayView content)
{
    if (content.isEmpty())
        return QString();
    QStringList arcs;
    quint64 value = 0;
    int bytesInArc = 0;
    for (const char byte : content) {
        if (++bytesInArc > 9)
            return QString(); // would overflow 64 bits
        value = (value << 7) | (quint8(byte) & 0x7F);
        if (quint8(byte) & 0x80)
            continue;
        if (arcs.isEmpty()) {
            const quint64 top = value < 40 ? 0 : value < 80 ? 1 : 2;
            arcs << QString::number(top) << QString::number(value - top * 40);
        } else {
            arcs << QString::number(value);
        }
        value = 0;
        bytesInArc = 0;
    }
    if (bytesInArc != 0)
        return QString(); // the last arc is unterminated
    return arcs.join(u'.');
}

// The OID and the parameters of an AlgorithmIdentifier's content.
struct AlgorithmIdentifier
{
    QString oid;
    QByteArrayView parameters;
};

std::optional<AlgorithmIdentifier> readAlgorithmIdentifier(QByteArrayView content)
{
    const auto oid = readItem(content, TagOid);
    if (!oid)
        return std::nullopt;
    const QString dotted = decodeOid(oid->content);
    if (dotted.isEmpty())
        return std::nullopt;
    return AlgorithmIdentifier{dotted, content.sliced(oid->size)};
}

std::optional<AlgorithmIdentifier> signatureAlgorithm(const QByteArray &der)
{
    const auto certificate = readItem(der, TagSequence);
    if (!certificate)
        return std::nullopt;
    const auto tbs = readItem(certificate->content, TagSequence);
    if (!tbs)
        return std::nullopt;
    const auto algorithm = readItem(certificate->content.sliced(tbs->size), TagSequence);
    if (!algorithm)
        return std::nullopt;
    return readAlgorithmIdentifier(algorithm->content);
}

using Hash = QCryptographicHash::Algorithm;

struct OidHash
{
    QStringView oid;
    Hash hash;
};

// clang-format off
constexpr std::array signatureAlgorithms{
    OidHash{u"1.2.840.113549.1.1.4", Hash::Md5},        // md5WithRSAEncryption
    OidHash{u"1.2.840.113549.1.1.5", Hash::Sha1},       // sha1WithRSAEncryption
    OidHash{u"1.2.840.113549.1.1.11", Hash::Sha256},    // sha256WithRSAEncryption
    OidHash{u"1.2.840.113549.1.1.12", Hash::Sha384},    // sha384WithRSAEncryption
    OidHash{u"1.2.840.113549.1.1.13", Hash::Sha512},    // sha512WithRSAEncryption
    OidHash{u"1.2.840.113549.1.1.14", Hash::Sha224},    // sha224WithRSAEncryption
    OidHash{u"1.2.840.10045.4.1", Hash::Sha1},          // ecdsa-with-SHA1
    OidHash{u"1.2.840.10045.4.3.1", Hash::Sha224},      // ecdsa-with-SHA224
    OidHash{u"1.2.840.10045.4.3.2", Hash::Sha256},      // ecdsa-with-SHA256
    OidHash{u"1.2.840.10045.4.3.3", Hash::Sha384},      // ecdsa-with-SHA384
    OidHash{u"1.2.840.10045.4.3.4", Hash::Sha512},      // ecdsa-with-SHA512
    OidHash{u"1.2.840.10040.4.3", Hash::Sha1},          // dsa-with-sha1
    OidHash{u"2.16.840.1.101.3.4.3.1", Hash::Sha224},   // dsa-with-sha224
    OidHash{u"2.16.840.1.101.3.4.3.2", Hash::Sha256},   // dsa-with-sha256
    OidHash{u"2.16.840.1.101.3.4.3.9", Hash::Sha3_224}, // ecdsa-with-sha3-224
    OidHash{u"2.16.840.1.101.3.4.3.10", Hash::Sha3_256},
    OidHash{u"2.16.840.1.101.3.4.3.11", Hash::Sha3_384},
    OidHash{u"2.16.840.1.101.3.4.3.12", Hash::Sha3_512},
    OidHash{u"2.16.840.1.101.3.4.3.13", Hash::Sha3_224}, // rsassa-pkcs1-v1_5-with-sha3-224
    OidHash{u"2.16.840.1.101.3.4.3.14", Hash::Sha3_256},
    OidHash{u"2.16.840.1.101.3.4.3.15", Hash::Sha3_384},
    OidHash{u"2.16.840.1.101.3.4.3.16", Hash::Sha3_512},
};

constexpr std::array hashAlgorithms{
    OidHash{u"1.3.14.3.2.26", Hash::Sha1},
    OidHash{u"2.16.840.1.101.3.4.2.1", Hash::Sha256},
    OidHash{u"2.16.840.1.101.3.4.2.2", Hash::Sha384},
    OidHash{u"2.16.840.1.101.3.4.2.3", Hash::Sha512},
    OidHash{u"2.16.840.1.101.3.4.2.4", Hash::Sha224},
    OidHash{u"2.16.840.1.101.3.4.2.7", Hash::Sha3_224},
    OidHash{u"2.16.840.1.101.3.4.2.8", Hash::Sha3_256},
    OidHash{u"2.16.840.1.101.3.4.2.9", Hash::Sha3_384},
    OidHash{u"2.16.840.1.101.3.4.2.10", Hash::Sha3_512},
};
// clang-format on

constexpr QStringView RsassaPss = u"1.2.840.113549.1.1.10";

template <std::size_t N>
std::optional<Hash> lookup(const std::array<OidHash, N> &table, QStringView oid)
{
    for (const OidHash &entry : table) {
        if (entry.oid == oid)
            return entry.hash;
    }
    return std::nullopt;
}

// RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] HashAlgorithm DEFAULT sha1, ... }
// Absent parameters mean all defaults.
std::optional<Hash> pssHash(QByteArrayView parameters)
{
    if (parameters.isEmpty())
        return Hash::Sha1;
    const auto params = readItem(parameters);
    if (!params)
        return std::nullopt;
    if (params->tag == TagNull)
        return Hash::Sha1;
    if (params->tag != TagSequence)
        return std::nullopt;
    const auto explicitHash = readItem(params->content);
    if (!explicitHash || explicitHash->tag != TagContext0)
        return Hash::Sha1;
    const auto hashIdentifier = readItem(explicitHash->content, TagSequence);
    if (!hashIdentifier)
        return std::nullopt;
    const auto algorithm = readAlgorithmIdentifier(hashIdentifier->content);
    if (!algorithm)
        return std::nullopt;
    return lookup(hashAlgorithms, algorithm->oid);
}

} // namespace

QString certificateSignatureAlgorithmOid(const QByteArray &der)
{
    const auto algorithm = signatureAlgorithm(der);
    return algorithm ? algorithm->oid : QString();
}

std::optional<QCryptographicHash::Algorithm> certificateSignatureHash(const QByteArray &der)
{
    const auto algorithm = signatureAlgorithm(der);
    if (!algorithm)
        return std::nullopt;
    if (algorithm->oid == RsassaPss)
        return pssHash(algorithm->parameters);
    return lookup(signatureAlgorithms, algorithm->oid);
}

} // namespace Linnet
