#include "stream/sasl/CertificateSignatureHash.h"
#include "stream/sasl/ChannelBinding.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

// The certificates in data/ were made once with `openssl req -x509`; the expected digests
// were computed with `openssl x509 -outform DER | openssl dgst -<hash>`.
QSslCertificate loadCertificate(const QString &name)
{
    const QString path = QFINDTESTDATA(u"data/"_s + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QByteArray der(std::initializer_list<int> bytes)
{
    QByteArray result;
    for (const int byte : bytes)
        result.append(char(byte));
    return result;
}

// A certificate-shaped DER: SEQUENCE { SEQUENCE {} (tbs), algorithm, BIT STRING {} }.
QByteArray certificateWithAlgorithm(const QByteArray &algorithmIdentifier)
{
    const QByteArray body = der({0x30, 0x00}) + algorithmIdentifier + der({0x03, 0x01, 0x00});
    return der({0x30, int(body.size())}) + body;
}

const QByteArray pssOid = der({0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0A});
const QByteArray sha512AlgorithmIdentifier =
    der({0x30, 0x0B, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03});

QByteArray sequence(const QByteArray &content)
{
    return der({0x30, int(content.size())}) + content;
}

} // namespace

class TestChannelBinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tlsServerEndPoint_data();
    void tlsServerEndPoint();
    void signatureAlgorithmOid();
    void noBindingWithoutSingleHash();
    void pssParameters_data();
    void pssParameters();
    void malformedDer_data();
    void malformedDer();
};

void TestChannelBinding::initTestCase()
{
    QLoggingCategory::setFilterRules(u"linnet.sasl.info=false"_s);
}

void TestChannelBinding::tlsServerEndPoint_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("hash");
    QTest::addColumn<QByteArray>("expectedHex");

    QTest::newRow("RSA SHA-256")
        << u"cert-rsa-sha256.pem"_s << int(QCryptographicHash::Sha256)
        << QByteArray("8971b6bba30c4e6c068abdab5dee49e14812bcdddd31ba5da78677b4d8528a66");
    QTest::newRow("RSA SHA-384")
        << u"cert-rsa-sha384.pem"_s << int(QCryptographicHash::Sha384)
        << QByteArray("bfb4778dc40f8bdc574674031a9f376ccf9d471debc50e0cd6e6417526e5e92dcb56a056"
                      "6603613399425e09aa47408e");
    QTest::newRow("RSA SHA-512")
        << u"cert-rsa-sha512.pem"_s << int(QCryptographicHash::Sha512)
        << QByteArray("743c0a06e82c16328346b05c5a6fb34bff31a40829b3683184aee3d96c766a532b45e394"
                      "e16d953f8ee221df16fcbd45da6e24cbd2e48c616a718dc35fda9b88");
    QTest::newRow("RSA SHA-1 uses SHA-256")
        << u"cert-rsa-sha1.pem"_s << int(QCryptographicHash::Sha256)
        << QByteArray("5e9a5246299faf15cf7e42c4ec03d3eb183a8d65d3389ec8440af2f8a5b796cd");
    QTest::newRow("RSA MD5 uses SHA-256")
        << u"cert-rsa-md5.pem"_s << int(QCryptographicHash::Sha256)
        << QByteArray("d92eacbd9489fc8f4cbba3ec98767ae6458782fae0a545caaed9317da96de2b0");
    QTest::newRow("ECDSA SHA-256")
        << u"cert-ecdsa-sha256.pem"_s << int(QCryptographicHash::Sha256)
        << QByteArray("8a6be2eb1986a5e4a44364f6f2da1c365209c78c13851a8bad1494afed02d4a1");
    QTest::newRow("ECDSA SHA-384")
        << u"cert-ecdsa-sha384.pem"_s << int(QCryptographicHash::Sha384)
        << QByteArray("5afbaa3a61dd01f5a61b22af453712bb99b77dc00ac993e93d943ac47bb0385513eff1f5"
                      "eadda1d015a96dae6505d30d");
    QTest::newRow("RSASSA-PSS SHA-384")
        << u"cert-rsapss-sha384.pem"_s << int(QCryptographicHash::Sha384)
        << QByteArray("0a52d65b7a2fd58ea6ea8b76fd785cc0c6e1f0b64bb4e06cb4cf9fe973a5906e9e8cd5fe"
                      "1eb6c0dee64e9f11f1a7cc4d");
}

void TestChannelBinding::tlsServerEndPoint()
{
    QFETCH(QString, file);
    QFETCH(int, hash);
    QFETCH(QByteArray, expectedHex);

    const QSslCertificate certificate = loadCertificate(file);
    QVERIFY2(!certificate.isNull(), qPrintable(file));
    QCOMPARE(ChannelBinding::tlsServerEndPointHash(certificate.toDer()),
             QCryptographicHash::Algorithm(hash));

    const auto binding = ChannelBinding::tlsServerEndPoint(certificate);
    QVERIFY(binding.has_value());
    QCOMPARE(binding->type, u"tls-server-end-point"_s);
    QCOMPARE(binding->type, ChannelBinding::tlsServerEndPointType());
    QCOMPARE(binding->data.toHex(), expectedHex);
}

void TestChannelBinding::signatureAlgorithmOid()
{
    QCOMPARE(certificateSignatureAlgorithmOid(loadCertificate(u"cert-rsa-sha256.pem"_s).toDer()),
             u"1.2.840.113549.1.1.11"_s);
    QCOMPARE(certificateSignatureAlgorithmOid(loadCertificate(u"cert-ecdsa-sha384.pem"_s).toDer()),
             u"1.2.840.10045.4.3.3"_s);
    QCOMPARE(certificateSignatureAlgorithmOid(loadCertificate(u"cert-ed25519.pem"_s).toDer()),
             u"1.3.101.112"_s);
    QCOMPARE(certificateSignatureAlgorithmOid(loadCertificate(u"cert-rsa-md5.pem"_s).toDer()),
             u"1.2.840.113549.1.1.4"_s);
    QCOMPARE(certificateSignatureHash(loadCertificate(u"cert-rsa-md5.pem"_s).toDer()),
             QCryptographicHash::Md5);
    QCOMPARE(certificateSignatureHash(loadCertificate(u"cert-rsa-sha1.pem"_s).toDer()),
             QCryptographicHash::Sha1);
}

void TestChannelBinding::noBindingWithoutSingleHash()
{
    // RFC 5929 §4.1 leaves the binding undefined for algorithms without a hash, like Ed25519.
    const QSslCertificate ed25519 = loadCertificate(u"cert-ed25519.pem"_s);
    QVERIFY(!ed25519.isNull());
    QVERIFY(!ChannelBinding::tlsServerEndPoint(ed25519).has_value());
    QVERIFY(!ChannelBinding::tlsServerEndPoint(QSslCertificate()).has_value());

    // An unknown algorithm: 1.2.3.4
    const QByteArray unknown =
        certificateWithAlgorithm(sequence(der({0x06, 0x03, 0x2A, 0x03, 0x04})));
    QCOMPARE(certificateSignatureAlgorithmOid(unknown), u"1.2.3.4"_s);
    QVERIFY(!certificateSignatureHash(unknown).has_value());
}

void TestChannelBinding::pssParameters_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<int>("signatureHash");

    QTest::newRow("no parameters: SHA-1 default")
        << certificateWithAlgorithm(sequence(pssOid)) << int(QCryptographicHash::Sha1);
    QTest::newRow("empty parameters: SHA-1 default")
        << certificateWithAlgorithm(sequence(pssOid + der({0x30, 0x00})))
        << int(QCryptographicHash::Sha1);
    QTest::newRow("NULL parameters: SHA-1 default")
        << certificateWithAlgorithm(sequence(pssOid + der({0x05, 0x00})))
        << int(QCryptographicHash::Sha1);
    const QByteArray explicitSha512 =
        der({0xA0, int(sha512AlgorithmIdentifier.size())}) + sha512AlgorithmIdentifier;
    QTest::newRow("SHA-512 named")
        << certificateWithAlgorithm(sequence(pssOid + sequence(explicitSha512)))
        << int(QCryptographicHash::Sha512);
    // Only a mask generation function ([1]): the hash is still the default.
    QTest::newRow("only mask generation named")
        << certificateWithAlgorithm(sequence(pssOid + sequence(der({0xA1, 0x02, 0x30, 0x00}))))
        << int(QCryptographicHash::Sha1);
}

void TestChannelBinding::pssParameters()
{
    QFETCH(QByteArray, certificate);
    QFETCH(int, signatureHash);
    QCOMPARE(certificateSignatureHash(certificate), QCryptographicHash::Algorithm(signatureHash));
    const QCryptographicHash::Algorithm expectedBindingHash =
        signatureHash == QCryptographicHash::Sha1 ? QCryptographicHash::Sha256
                                                  : QCryptographicHash::Algorithm(signatureHash);
    QCOMPARE(ChannelBinding::tlsServerEndPointHash(certificate), expectedBindingHash);
}

void TestChannelBinding::malformedDer_data()
{
    QTest::addColumn<QByteArray>("certificate");
    const QByteArray good = loadCertificate(u"cert-rsa-sha256.pem"_s).toDer();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << der({0x30});
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("not a sequence") << QByteArray(good).replace(0, 1, "\x31");
    QTest::newRow("length beyond end") << der({0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF, 0x30, 0x00});
    QTest::newRow("indefinite length") << der({0x30, 0x80, 0x30, 0x00, 0x00, 0x00});
    QTest::newRow("five length bytes")
        << der({0x30, 0x85, 0x00, 0x00, 0x00, 0x00, 0x02, 0x30, 0x00});
    QTest::newRow("no algorithm") << der({0x30, 0x02, 0x30, 0x00});
    QTest::newRow("algorithm without OID") << certificateWithAlgorithm(sequence(der({0x05, 0x00})));
    QTest::newRow("empty OID") << certificateWithAlgorithm(sequence(der({0x06, 0x00})));
    QTest::newRow("unterminated OID arc")
        << certificateWithAlgorithm(sequence(der({0x06, 0x02, 0x2A, 0x86})));
    QTest::newRow("overlong OID arc") << certificateWithAlgorithm(sequence(
        der({0x06, 0x0B, 0x2A, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F})));
    QTest::newRow("PSS with malformed parameters")
        << certificateWithAlgorithm(sequence(pssOid + der({0x30, 0x05, 0xA0, 0x03})));
    QTest::newRow("garbage") << QByteArray("-----BEGIN CERTIFICATE-----");
}

void TestChannelBinding::malformedDer()
{
    QFETCH(QByteArray, certificate);
    QVERIFY(!certificateSignatureHash(certificate).has_value());
    QVERIFY(!ChannelBinding::tlsServerEndPointHash(certificate).has_value());
}

QTEST_GUILESS_MAIN(TestChannelBinding)
#include "tst_channelbinding.moc"
