#include "stream/sasl/SaslPrep.h"
#include "stream/sasl/ScramClient.h"

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

// RFC 5802 §5
const QByteArray sha1Nonce = "fyko+d2lbbFgONRv9qkxdawL";
const QByteArray sha1ServerFirst =
    "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
const QByteArray sha1ClientFinal =
    "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
const QByteArray sha1ServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

// RFC 7677 §3
const QByteArray sha256Nonce = "rOprNGfwEbeRWgbNEkqO";
const QByteArray sha256ServerFirst =
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const QByteArray sha256ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                     "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const QByteArray sha256ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

QMap<char, QByteArray> attributes(const QByteArray &message)
{
    QMap<char, QByteArray> result;
    for (const QByteArray &part : message.split(','))
        result.insert(part[0], part.mid(2));
    return result;
}

// The server side of SCRAM, written out from RFC 5802 §3 to check the client against.
struct TestScramServer
{
    TestScramServer(QCryptographicHash::Algorithm algorithm, const QByteArray &password)
        : algorithm(algorithm), password(password)
    {}

    QCryptographicHash::Algorithm algorithm;
    QByteArray password;
    QByteArray salt = "salt of the earth";
    int iterations = 4096;
    QByteArray gs2Header = "n,,";
    QByteArray channelBindingData;

    QByteArray clientFirstBare;
    QByteArray serverFirst;

    QByteArray hmac(const QByteArray &key, const QByteArray &message) const
    {
        return QMessageAuthenticationCode::hash(message, key, algorithm);
    }
    QByteArray saltedPassword() const
    {
        return QPasswordDigestor::deriveKeyPbkdf2(algorithm, password, salt, iterations,
                                                  QCryptographicHash::hashLength(algorithm));
    }

    QByteArray answerClientFirst(const QByteArray &clientFirst)
    {
        if (!clientFirst.startsWith(gs2Header))
            return QByteArray();
        clientFirstBare = clientFirst.mid(gs2Header.size());
        const QByteArray nonce = attributes(clientFirstBare).value('r') + "+server-part";
        serverFirst =
            "r=" + nonce + ",s=" + salt.toBase64() + ",i=" + QByteArray::number(iterations);
        return serverFirst;
    }

    // The server-final message, or empty if the client's proof is wrong.
    QByteArray answerClientFinal(const QByteArray &clientFinal)
    {
        const qsizetype proofStart = clientFinal.lastIndexOf(",p=");
        const QByteArray withoutProof = clientFinal.left(proofStart);
        const auto fields = attributes(clientFinal);
        if (fields.value('c') != QByteArray(gs2Header + channelBindingData).toBase64())
            return QByteArray();
        const QByteArray authMessage = clientFirstBare + ',' + serverFirst + ',' + withoutProof;
        const QByteArray clientKey = hmac(saltedPassword(), "Client Key");
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, algorithm);
        const QByteArray clientSignature = hmac(storedKey, authMessage);
        const QByteArray proof = QByteArray::fromBase64(fields.value('p'));
        if (proof.size() != clientSignature.size())
            return QByteArray();
        QByteArray recoveredClientKey = proof;
        for (qsizetype i = 0; i < proof.size(); ++i)
            recoveredClientKey[i] = char(proof[i] ^ clientSignature[i]);
        if (QCryptographicHash::hash(recoveredClientKey, algorithm) != storedKey)
            return QByteArray();
        const QByteArray serverKey = hmac(saltedPassword(), "Server Key");
        return "v=" + hmac(serverKey, authMessage).toBase64();
    }
};

} // namespace

class TestScram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"linnet.sasl.warning=false"_s); }
    void rfc5802Sha1();
    void rfc7677Sha256();
    void serverFinalAsChallenge();
    void tamperedServerSignatureRejected_data();
    void tamperedServerSignatureRejected();
    void serverErrorReported();
    void badNonceRejected_data();
    void badNonceRejected();
    void malformedServerFirstRejected_data();
    void malformedServerFirstRejected();
    void iterationLimits_data();
    void iterationLimits();
    void sha512RoundTrip();
    void wrongPasswordFailsAtServer();
    void plusHeaderAndBinding_data();
    void plusHeaderAndBinding();
    void boundWithoutDataRefuses();
    void yFlag();
    void usernameEscaping();
    void randomNonce();
    void cachedKeys();
    void unexpectedCalls();
    void saslPrepMappings_data();
    void saslPrepMappings();
};

void TestScram::rfc5802Sha1()
{
    ScramClient client(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha1Nonce);
    QCOMPARE(client.name(), u"SCRAM-SHA-1"_s);
    QCOMPARE(client.initialResponse(), "n,,n=user,r=" + sha1Nonce);
    QCOMPARE(client.respond(sha1ServerFirst), sha1ClientFinal);
    QVERIFY(!client.serverVerified());
    QVERIFY(client.verifySuccess(sha1ServerFinal));
    QVERIFY(client.serverVerified());
    QVERIFY(client.error().isEmpty());
}

void TestScram::rfc7677Sha256()
{
    ScramClient client(ScramHash::Sha256, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha256Nonce);
    QCOMPARE(client.name(), u"SCRAM-SHA-256"_s);
    QCOMPARE(client.initialResponse(), "n,,n=user,r=" + sha256Nonce);
    QCOMPARE(client.respond(sha256ServerFirst), sha256ClientFinal);
    QVERIFY(client.verifySuccess(sha256ServerFinal));
    QVERIFY(client.error().isEmpty());
}

void TestScram::serverFinalAsChallenge()
{
    ScramClient client(ScramHash::Sha256, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha256Nonce);
    client.initialResponse();
    client.respond(sha256ServerFirst);
    QCOMPARE(client.respond(sha256ServerFinal), QByteArray());
    QVERIFY(client.serverVerified());
    QVERIFY(client.verifySuccess(QByteArray()));
}

void TestScram::tamperedServerSignatureRejected_data()
{
    QTest::addColumn<QByteArray>("serverFinal");
    QByteArray flipped = sha256ServerFinal;
    flipped[4] = flipped[4] == 'A' ? 'B' : 'A';
    QTest::newRow("one character changed") << flipped;
    QTest::newRow("SHA-1 vector's signature") << sha1ServerFinal;
    QTest::newRow("truncated") << sha256ServerFinal.chopped(4);
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("other attribute") << QByteArray("x=" + sha256ServerFinal.mid(2));
    QTest::newRow("not base64") << QByteArray("v=!!!!");
    QTest::newRow("garbage") << QByteArray("garbage");
}

void TestScram::tamperedServerSignatureRejected()
{
    QFETCH(QByteArray, serverFinal);
    ScramClient client(ScramHash::Sha256, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha256Nonce);
    client.initialResponse();
    QCOMPARE(client.respond(sha256ServerFirst), sha256ClientFinal);
    QVERIFY(!client.verifySuccess(serverFinal));
    QVERIFY(!client.serverVerified());
    QVERIFY(!client.error().isEmpty());
}

void TestScram::serverErrorReported()
{
    ScramClient client(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha1Nonce);
    client.initialResponse();
    client.respond(sha1ServerFirst);
    QVERIFY(!client.verifySuccess("e=invalid-proof"));
    QCOMPARE(client.error(), u"The password is wrong."_s);

    ScramClient other(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    other.setClientNonce(sha1Nonce);
    other.initialResponse();
    other.respond(sha1ServerFirst);
    QVERIFY(!other.respond("e=other-error").has_value());
    QVERIFY(other.error().contains(u"other-error"_s));
}

void TestScram::badNonceRejected_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::newRow("different nonce")
        << QByteArray("r=AAAA3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("no server part") << QByteArray("r=" + sha1Nonce + ",s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("truncated client part")
        << QByteArray("r=fyko+d2lbbFgONRv9qkxdaw,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("empty") << QByteArray("r=,s=QSXCR+Q6sek8bf92,i=4096");
}

void TestScram::badNonceRejected()
{
    QFETCH(QByteArray, serverFirst);
    ScramClient client(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha1Nonce);
    client.initialResponse();
    QVERIFY(!client.respond(serverFirst).has_value());
    QVERIFY(!client.error().isEmpty());
    QVERIFY(!client.keys().has_value());
}

void TestScram::malformedServerFirstRejected_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    const QByteArray r = "r=" + sha1Nonce + "XYZ";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("mandatory extension") << QByteArray("m=ext," + r + ",s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("no salt") << QByteArray(r + ",i=4096");
    QTest::newRow("empty salt") << QByteArray(r + ",s=,i=4096");
    QTest::newRow("salt not base64") << QByteArray(r + ",s=%%%,i=4096");
    QTest::newRow("no iterations") << QByteArray(r + ",s=QSXCR+Q6sek8bf92");
    QTest::newRow("iterations not a number") << QByteArray(r + ",s=QSXCR+Q6sek8bf92,i=4k");
    QTest::newRow("negative iterations") << QByteArray(r + ",s=QSXCR+Q6sek8bf92,i=-4096");
    QTest::newRow("huge iterations") << QByteArray(r + ",s=QSXCR+Q6sek8bf92,i=99999999999999");
    QTest::newRow("wrong order") << QByteArray("s=QSXCR+Q6sek8bf92," + r + ",i=4096");
    QTest::newRow("not attributes") << QByteArray("hello");
}

void TestScram::malformedServerFirstRejected()
{
    QFETCH(QByteArray, serverFirst);
    ScramClient client(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha1Nonce);
    client.initialResponse();
    QVERIFY(!client.respond(serverFirst).has_value());
    QVERIFY(!client.error().isEmpty());
}

void TestScram::iterationLimits_data()
{
    QTest::addColumn<int>("iterations");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << false;
    QTest::newRow("4095") << 4095 << false;
    QTest::newRow("4096") << 4096 << true;
    QTest::newRow("10000") << 10000 << true;
    QTest::newRow("just over the maximum") << ScramClient::MaxIterations + 1 << false;
    QTest::newRow("ten million") << 10'000'000 << false;
}

void TestScram::iterationLimits()
{
    QFETCH(int, iterations);
    QFETCH(bool, accepted);
    ScramClient client(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    client.setClientNonce(sha1Nonce);
    client.initialResponse();
    const QByteArray serverFirst =
        "r=" + sha1Nonce + "srv,s=QSXCR+Q6sek8bf92,i=" + QByteArray::number(iterations);
    QCOMPARE(client.respond(serverFirst).has_value(), accepted);
    QCOMPARE(client.error().isEmpty(), accepted);
}

void TestScram::sha512RoundTrip()
{
    TestScramServer server{QCryptographicHash::Sha512, "correct horse battery staple"};
    ScramClient client(ScramHash::Sha512, u"juliet"_s, u"correct horse battery staple"_s);
    QCOMPARE(client.name(), u"SCRAM-SHA-512"_s);

    const QByteArray serverFirst = server.answerClientFirst(client.initialResponse());
    QVERIFY(!serverFirst.isEmpty());
    QCOMPARE(attributes(server.clientFirstBare).value('n'), QByteArray("juliet"));
    const auto clientFinal = client.respond(serverFirst);
    QVERIFY2(clientFinal.has_value(), qPrintable(client.error()));
    QCOMPARE(attributes(*clientFinal).value('c'), QByteArray("biws"));
    const QByteArray serverFinal = server.answerClientFinal(*clientFinal);
    QVERIFY(!serverFinal.isEmpty());
    QVERIFY2(client.verifySuccess(serverFinal), qPrintable(client.error()));

    const auto keys = client.keys();
    QVERIFY(keys.has_value());
    QCOMPARE(keys->salt, server.salt);
    QCOMPARE(keys->iterations, server.iterations);
    QCOMPARE(keys->saltedPassword, server.saltedPassword());
    QCOMPARE(keys->saltedPassword.size(), 64);
    QCOMPARE(keys->clientKey, server.hmac(server.saltedPassword(), "Client Key"));
    QCOMPARE(keys->serverKey, server.hmac(server.saltedPassword(), "Server Key"));
}

void TestScram::wrongPasswordFailsAtServer()
{
    TestScramServer server{QCryptographicHash::Sha512, "right"};
    ScramClient client(ScramHash::Sha512, u"juliet"_s, u"wrong"_s);
    const auto clientFinal = client.respond(server.answerClientFirst(client.initialResponse()));
    QVERIFY(clientFinal.has_value());
    QVERIFY(server.answerClientFinal(*clientFinal).isEmpty());
}

void TestScram::plusHeaderAndBinding_data()
{
    QTest::addColumn<ScramHash>("hash");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("name");
    QTest::newRow("SHA-1") << ScramHash::Sha1 << int(QCryptographicHash::Sha1)
                           << u"SCRAM-SHA-1-PLUS"_s;
    QTest::newRow("SHA-256") << ScramHash::Sha256 << int(QCryptographicHash::Sha256)
                             << u"SCRAM-SHA-256-PLUS"_s;
    QTest::newRow("SHA-512") << ScramHash::Sha512 << int(QCryptographicHash::Sha512)
                             << u"SCRAM-SHA-512-PLUS"_s;
}

void TestScram::plusHeaderAndBinding()
{
    QFETCH(ScramHash, hash);
    QFETCH(int, algorithm);
    QFETCH(QString, name);
    const QByteArray bindingData =
        QCryptographicHash::hash("a certificate", QCryptographicHash::Sha256);
    const ChannelBinding binding{u"tls-server-end-point"_s, bindingData};
    ScramClient client(hash, u"user"_s, u"pencil"_s, ScramChannelBinding::Bound, binding);
    client.setClientNonce(sha256Nonce);
    QCOMPARE(client.name(), name);

    const QByteArray clientFirst = client.initialResponse();
    QCOMPARE(clientFirst, "p=tls-server-end-point,,n=user,r=" + sha256Nonce);

    TestScramServer server{QCryptographicHash::Algorithm(algorithm), "pencil"};
    server.gs2Header = "p=tls-server-end-point,,";
    server.channelBindingData = bindingData;
    const auto clientFinal = client.respond(server.answerClientFirst(clientFirst));
    QVERIFY(clientFinal.has_value());
    QCOMPARE(attributes(*clientFinal).value('c'),
             QByteArray("p=tls-server-end-point,," + bindingData).toBase64());
    const QByteArray serverFinal = server.answerClientFinal(*clientFinal);
    QVERIFY(!serverFinal.isEmpty());
    QVERIFY(client.verifySuccess(serverFinal));

    // A server that sees other binding data (a man in the middle) rejects the proof.
    TestScramServer intercepted = server;
    intercepted.channelBindingData =
        QCryptographicHash::hash("another", QCryptographicHash::Sha256);
    QVERIFY(intercepted.answerClientFinal(*clientFinal).isEmpty());
}

void TestScram::boundWithoutDataRefuses()
{
    ScramClient client(ScramHash::Sha256, u"user"_s, u"pencil"_s, ScramChannelBinding::Bound);
    QVERIFY(client.initialResponse().isEmpty());
    QVERIFY(!client.error().isEmpty());
}

void TestScram::yFlag()
{
    const ChannelBinding binding{u"tls-server-end-point"_s, "ignored"};
    ScramClient client(ScramHash::Sha256, u"user"_s, u"pencil"_s,
                       ScramChannelBinding::ServerSeemsNotToSupport, binding);
    client.setClientNonce(sha256Nonce);
    QCOMPARE(client.name(), u"SCRAM-SHA-256"_s);
    QCOMPARE(client.initialResponse(), "y,,n=user,r=" + sha256Nonce);
    const auto clientFinal = client.respond(sha256ServerFirst);
    QVERIFY(clientFinal.has_value());
    QVERIFY(clientFinal->startsWith("c=eSws,")); // base64 of "y,,"
}

void TestScram::usernameEscaping()
{
    ScramClient client(ScramHash::Sha256, u"a=b,c"_s, u"pencil"_s);
    client.setClientNonce(sha256Nonce);
    QCOMPARE(client.initialResponse(), "n,,n=a=3Db=2Cc,r=" + sha256Nonce);

    ScramClient unicode(ScramHash::Sha256, u"ｊüliet"_s, u"pencil"_s);
    unicode.setClientNonce(sha256Nonce);
    QCOMPARE(unicode.initialResponse(), "n,,n=" + u"jüliet"_s.toUtf8() + ",r=" + sha256Nonce);
}

void TestScram::randomNonce()
{
    ScramClient first(ScramHash::Sha256, u"user"_s, u"pencil"_s);
    ScramClient second(ScramHash::Sha256, u"user"_s, u"pencil"_s);
    const QByteArray a = attributes(first.initialResponse().mid(3)).value('r');
    const QByteArray b = attributes(second.initialResponse().mid(3)).value('r');
    QVERIFY(a.size() >= 24);
    QVERIFY(a != b);
    QVERIFY(!a.contains(','));
}

void TestScram::cachedKeys()
{
    ScramClient first(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    first.setClientNonce(sha1Nonce);
    first.initialResponse();
    first.respond(sha1ServerFirst);
    const auto keys = first.keys();
    QVERIFY(keys.has_value());
    QCOMPARE(keys->iterations, 4096);

    // The stored keys stand in for the password.
    ScramClient cached(ScramHash::Sha1, u"user"_s, QString());
    cached.useCachedKeys(*keys);
    cached.setClientNonce(sha1Nonce);
    cached.initialResponse();
    QCOMPARE(cached.respond(sha1ServerFirst), sha1ClientFinal);
    QVERIFY(cached.verifySuccess(sha1ServerFinal));

    // A new salt makes them useless; without the password the client says so.
    ScramKeys stale = *keys;
    stale.salt = "other salt";
    ScramClient staleClient(ScramHash::Sha1, u"user"_s, QString());
    staleClient.useCachedKeys(stale);
    staleClient.setClientNonce(sha1Nonce);
    staleClient.initialResponse();
    QVERIFY(!staleClient.respond(sha1ServerFirst).has_value());
    QVERIFY(!staleClient.error().isEmpty());

    // With the password, a stale cache is simply ignored.
    ScramClient withPassword(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    withPassword.useCachedKeys(stale);
    withPassword.setClientNonce(sha1Nonce);
    withPassword.initialResponse();
    QCOMPARE(withPassword.respond(sha1ServerFirst), sha1ClientFinal);
}

void TestScram::unexpectedCalls()
{
    ScramClient early(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    QVERIFY(!early.respond(sha1ServerFirst).has_value());
    QVERIFY(!early.error().isEmpty());

    ScramClient successTooSoon(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    successTooSoon.setClientNonce(sha1Nonce);
    successTooSoon.initialResponse();
    QVERIFY(!successTooSoon.verifySuccess(sha1ServerFinal));

    ScramClient twice(ScramHash::Sha1, u"user"_s, u"pencil"_s);
    twice.initialResponse();
    QVERIFY(twice.initialResponse().isEmpty());
    QVERIFY(!twice.error().isEmpty());

    ScramClient noUser(ScramHash::Sha1, QString(), u"pencil"_s);
    QVERIFY(noUser.initialResponse().isEmpty());
    QVERIFY(!noUser.error().isEmpty());
}

void TestScram::saslPrepMappings_data()
{
    // RFC 4013 §3, the examples our minimal SASLprep covers.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("soft hyphen mapped to nothing") << u"I\u00ADX"_s << u"IX"_s;
    QTest::newRow("no transformation") << u"user"_s << u"user"_s;
    QTest::newRow("case preserved") << u"USER"_s << u"USER"_s;
    QTest::newRow("feminine ordinal") << u"\u00AA"_s << u"a"_s;
    QTest::newRow("roman numeral nine") << u"\u2168"_s << u"IX"_s;
    QTest::newRow("non-ASCII space") << u"pen\u00A0cil"_s << u"pen cil"_s;
    QTest::newRow("zero width space") << u"pen\u200Bcil"_s << u"pencil"_s;
}

void TestScram::saslPrepMappings()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(saslPrep(input), output);
}

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
