#include "stream/sasl/ScramClient.h"

#include "Logging.h"
#include "stream/sasl/SaslPrep.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <cctype>
#include <limits>

using namespace Qt::StringLiterals;

namespace Linnet {
namespace {

struct Attribute
{
    char name;
    QByteArray value;
};

// Splits "a=value,b=value"; nullopt unless every part is a one-letter attribute.
std::optional<QList<Attribute>> parseAttributes(const QByteArray &message)
{
    QList<Attribute> attributes;
    for (const QByteArray &part : message.split(',')) {
        if (part.size() < 2 || part[1] != '=' || !std::isalpha(static_cast<unsigned char>(part[0])))
            return std::nullopt;
        attributes.append({part[0], part.mid(2)});
    }
    return attributes;
}

QByteArray escapeSaslName(const QByteArray &name)
{
    QByteArray escaped;
    for (const char c : name) {
        if (c == '=')
            escaped += "=3D";
        else if (c == ',')
            escaped += "=2C";
        else
            escaped += c;
    }
    return escaped;
}

QByteArray exclusiveOr(const QByteArray &a, const QByteArray &b)
{
    QByteArray result(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        result[i] = char(a[i] ^ b[i]);
    return result;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char(a[i] ^ b[i]);
    return difference == 0;
}

std::optional<int> parseIterationCount(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 10)
        return std::nullopt;
    qint64 count = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        count = count * 10 + (c - '0');
    }
    if (count > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(count);
}

QString serverErrorSentence(const QByteArray &error)
{
    if (error == "invalid-proof")
        return QCoreApplication::translate("Linnet::ScramClient", "The password is wrong.");
    if (error == "unknown-user")
        return QCoreApplication::translate("Linnet::ScramClient",
                                           "The server does not know this account.");
    if (error == "channel-bindings-dont-match")
        return QCoreApplication::translate(
            "Linnet::ScramClient",
            "The server saw a different secure channel than Linnet did; the connection may "
            "be intercepted.");
    if (error == "server-does-support-channel-binding")
        return QCoreApplication::translate(
            "Linnet::ScramClient",
            "The server supports channel binding but its offer did not reach Linnet; the "
            "connection may be tampered with.");
    return QCoreApplication::translate("Linnet::ScramClient",
                                       "The server refused the sign-in (%1).")
        .arg(QString::fromUtf8(error));
}

QString malformedReply()
{
    return QCoreApplication::translate("Linnet::ScramClient",
                                       "The server's reply during sign-in was malformed.");
}

QByteArray randomNonce()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / sizeof(quint32));
    return bytes.toBase64();
}

} // namespace

ScramClient::ScramClient(ScramHash hash, const QString &username, const QString &password,
                         ScramChannelBinding channelBinding, std::optional<ChannelBinding> binding)
    : m_hash(hash), m_algorithm(hash == ScramHash::Sha1     ? QCryptographicHash::Sha1
                                : hash == ScramHash::Sha256 ? QCryptographicHash::Sha256
                                                            : QCryptographicHash::Sha512),
      m_username(saslPrep(username)), m_password(saslPrep(password)),
      m_channelBinding(channelBinding),
      m_binding(channelBinding == ScramChannelBinding::Bound ? std::move(binding) : std::nullopt)
{}

QString ScramClient::mechanismName(ScramHash hash, bool plus)
{
    const QString base = hash == ScramHash::Sha1     ? u"SCRAM-SHA-1"_s
                         : hash == ScramHash::Sha256 ? u"SCRAM-SHA-256"_s
                                                     : u"SCRAM-SHA-512"_s;
    return plus ? base + u"-PLUS"_s : base;
}

QString ScramClient::name() const
{
    return mechanismName(m_hash, m_channelBinding == ScramChannelBinding::Bound);
}

void ScramClient::fail(const QString &error)
{
    m_state = State::Failed;
    setError(error);
    qCWarning(lcSasl) << name() << "failed:" << error;
}

QByteArray ScramClient::gs2Header() const
{
    switch (m_channelBinding) {
    case ScramChannelBinding::NotSupported:
        return "n,,";
    case ScramChannelBinding::ServerSeemsNotToSupport:
        return "y,,";
    case ScramChannelBinding::Bound:
        return "p=" + m_binding->type.toUtf8() + ",,";
    }
    Q_UNREACHABLE();
}

QByteArray ScramClient::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_algorithm);
}

QByteArray ScramClient::deriveSaltedPassword(const QByteArray &salt, int iterations) const
{
    return QPasswordDigestor::deriveKeyPbkdf2(m_algorithm, m_password.toUtf8(), salt, iterations,
                                              QCryptographicHash::hashLength(m_algorithm));
}

QByteArray ScramClient::initialResponse()
{
    if (m_state != State::Initial) {
        fail(QCoreApplication::translate("Linnet::ScramClient", "The sign-in was started twice."));
        return QByteArray();
    }
    if (m_channelBinding == ScramChannelBinding::Bound &&
        (!m_binding || m_binding->type.isEmpty() || m_binding->data.isEmpty())) {
        fail(QCoreApplication::translate("Linnet::ScramClient",
                                         "Linnet has no channel binding data for %1.")
                 .arg(name()));
        return QByteArray();
    }
    if (m_username.isEmpty()) {
        fail(QCoreApplication::translate("Linnet::ScramClient", "The user name is empty."));
        return QByteArray();
    }
    if (m_clientNonce.isEmpty())
        m_clientNonce = randomNonce();
    m_clientFirstBare = "n=" + escapeSaslName(m_username.toUtf8()) + ",r=" + m_clientNonce;
    m_state = State::SentClientFirst;
    return gs2Header() + m_clientFirstBare;
}

std::optional<QByteArray> ScramClient::respond(const QByteArray &challenge)
{
    switch (m_state) {
    case State::SentClientFirst:
        return handleServerFirst(challenge);
    case State::SentClientFinal:
    case State::Verified:
        // Some servers send the server-final message as a challenge rather than in <success/>.
        if (!handleServerFinal(challenge))
            return std::nullopt;
        return QByteArray();
    case State::Initial:
    case State::Failed:
        break;
    }
    fail(QCoreApplication::translate("Linnet::ScramClient",
                                     "The server sent an unexpected challenge during sign-in."));
    return std::nullopt;
}

std::optional<QByteArray> ScramClient::handleServerFirst(const QByteArray &serverFirst)
{
    const auto attributes = parseAttributes(serverFirst);
    if (attributes && !attributes->isEmpty() && attributes->first().name == 'm') {
        fail(QCoreApplication::translate(
            "Linnet::ScramClient",
            "The server requires a SCRAM extension that Linnet does not support."));
        return std::nullopt;
    }
    if (!attributes || attributes->size() < 3 || (*attributes)[0].name != 'r' ||
        (*attributes)[1].name != 's' || (*attributes)[2].name != 'i') {
        fail(malformedReply());
        return std::nullopt;
    }
    const QByteArray nonce = (*attributes)[0].value;
    if (!nonce.startsWith(m_clientNonce) || nonce.size() == m_clientNonce.size()) {
        fail(QCoreApplication::translate(
            "Linnet::ScramClient",
            "The server's reply did not continue Linnet's sign-in challenge; the connection "
            "may be tampered with."));
        return std::nullopt;
    }
    const auto salt = QByteArray::fromBase64Encoding((*attributes)[1].value,
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto iterations = parseIterationCount((*attributes)[2].value);
    if (!salt || (*salt).isEmpty() || !iterations) {
        fail(malformedReply());
        return std::nullopt;
    }
    if (*iterations < MinIterations) {
        fail(
            QCoreApplication::translate(
                "Linnet::ScramClient",
                "The server protects your password with only %1 rounds of hashing; Linnet requires "
                "at least %2.")
                .arg(*iterations)
                .arg(MinIterations));
        return std::nullopt;
    }
    if (*iterations > MaxIterations) {
        fail(QCoreApplication::translate(
                 "Linnet::ScramClient",
                 "The server asks for %1 rounds of password hashing; Linnet accepts at most %2.")
                 .arg(*iterations)
                 .arg(MaxIterations));
        return std::nullopt;
    }

    ScramKeys keys{*salt, *iterations, {}, {}, {}};
    if (m_cachedKeys && m_cachedKeys->salt == keys.salt &&
        m_cachedKeys->iterations == keys.iterations && !m_cachedKeys->saltedPassword.isEmpty()) {
        keys.saltedPassword = m_cachedKeys->saltedPassword;
    } else if (m_cachedKeys && m_password.isEmpty()) {
        fail(QCoreApplication::translate(
            "Linnet::ScramClient",
            "The server changed how it stores your password; please enter it again."));
        return std::nullopt;
    } else {
        keys.saltedPassword = deriveSaltedPassword(keys.salt, keys.iterations);
    }
    keys.clientKey = hmac(keys.saltedPassword, "Client Key");
    keys.serverKey = hmac(keys.saltedPassword, "Server Key");

    const QByteArray bindingInput =
        gs2Header() +
        (m_channelBinding == ScramChannelBinding::Bound ? m_binding->data : QByteArray());
    const QByteArray clientFinalWithoutProof = "c=" + bindingInput.toBase64() + ",r=" + nonce;
    m_authMessage = m_clientFirstBare + ',' + serverFirst + ',' + clientFinalWithoutProof;

    const QByteArray storedKey = QCryptographicHash::hash(keys.clientKey, m_algorithm);
    const QByteArray clientSignature = hmac(storedKey, m_authMessage);
    const QByteArray clientProof = exclusiveOr(keys.clientKey, clientSignature);
    m_keys = keys;
    m_state = State::SentClientFinal;
    return clientFinalWithoutProof + ",p=" + clientProof.toBase64();
}

bool ScramClient::handleServerFinal(const QByteArray &serverFinal)
{
    const auto attributes = parseAttributes(serverFinal);
    if (!attributes || attributes->isEmpty()) {
        fail(QCoreApplication::translate("Linnet::ScramClient",
                                         "The server did not prove that it knows your password."));
        return false;
    }
    const Attribute &first = attributes->first();
    if (first.name == 'e') {
        fail(serverErrorSentence(first.value));
        return false;
    }
    const auto signature =
        QByteArray::fromBase64Encoding(first.value, QByteArray::AbortOnBase64DecodingErrors);
    if (first.name != 'v' || !signature) {
        fail(QCoreApplication::translate("Linnet::ScramClient",
                                         "The server did not prove that it knows your password."));
        return false;
    }
    const QByteArray expected = hmac(m_keys->serverKey, m_authMessage);
    if (!constantTimeEquals(*signature, expected)) {
        fail(QCoreApplication::translate(
            "Linnet::ScramClient",
            "The server could not prove that it knows your password; the connection may be "
            "intercepted."));
        return false;
    }
    m_state = State::Verified;
    return true;
}

bool ScramClient::verifySuccess(const QByteArray &additionalData)
{
    if (m_state == State::Verified && additionalData.isEmpty())
        return true;
    if (m_state == State::SentClientFinal || m_state == State::Verified)
        return handleServerFinal(additionalData);
    fail(QCoreApplication::translate(
        "Linnet::ScramClient", "The server reported success before the sign-in was complete."));
    return false;
}

} // namespace Linnet
