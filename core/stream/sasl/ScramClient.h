#pragma once

#include "stream/sasl/ChannelBinding.h"
#include "stream/sasl/SaslMechanism.h"

#include <QCryptographicHash>

namespace Linnet {

enum class ScramHash { Sha1, Sha256, Sha512 };

// The GS2 channel binding flag of the client-first message (RFC 5802 §6).
enum class ScramChannelBinding {
    NotSupported,            // "n": the client does not do channel binding
    ServerSeemsNotToSupport, // "y": the client could, but the server offered no -PLUS mechanism
    Bound,                   // "p=<type>": the -PLUS mechanism, bound to the TLS channel
};

// The keys derived from the password. They can be stored instead of the password and handed
// back with useCachedKeys() for a later sign-in with the same salt and iteration count.
struct ScramKeys
{
    QByteArray salt;
    int iterations = 0;
    QByteArray saltedPassword;
    QByteArray clientKey;
    QByteArray serverKey;
};

// SCRAM-SHA-1, -SHA-256, -SHA-512 and their -PLUS variants (RFC 5802, RFC 7677).
// The user name and password go through saslPrep() (NFKC with the RFC 4013 mappings).
class ScramClient : public SaslMechanism
{
public:
    // Iteration counts outside this range are refused: fewer makes a captured exchange cheap
    // to brute-force (RFC 5802 §9 asks for at least 4096), more would freeze the client while
    // it derives the key (about 3.5 s for a million SHA-512 rounds on a desktop core).
    static constexpr int MinIterations = 4096;
    static constexpr int MaxIterations = 1'000'000;

    // For Bound, binding must hold the channel binding data; it is ignored otherwise.
    ScramClient(ScramHash hash, const QString &username, const QString &password,
                ScramChannelBinding channelBinding = ScramChannelBinding::NotSupported,
                std::optional<ChannelBinding> binding = std::nullopt);

    // Replaces the random client nonce; for tests. Must be printable ASCII without ','.
    void setClientNonce(const QByteArray &nonce) { m_clientNonce = nonce; }
    // Skips the key derivation when the server's salt and iteration count match.
    void useCachedKeys(const ScramKeys &keys) { m_cachedKeys = keys; }

    QString name() const override;
    QByteArray initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &challenge) override;
    bool verifySuccess(const QByteArray &additionalData) override;

    ScramHash hash() const { return m_hash; }
    ScramChannelBinding channelBinding() const { return m_channelBinding; }
    // The keys of this exchange, once the server's first message has been processed.
    std::optional<ScramKeys> keys() const { return m_keys; }
    // True once the server signature has been checked.
    bool serverVerified() const { return m_state == State::Verified; }

    static QString mechanismName(ScramHash hash, bool plus);

private:
    enum class State { Initial, SentClientFirst, SentClientFinal, Verified, Failed };

    std::optional<QByteArray> handleServerFirst(const QByteArray &serverFirst);
    bool handleServerFinal(const QByteArray &serverFinal);
    QByteArray gs2Header() const;
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;
    QByteArray deriveSaltedPassword(const QByteArray &salt, int iterations) const;
    void fail(const QString &error);

    ScramHash m_hash;
    QCryptographicHash::Algorithm m_algorithm;
    QString m_username;
    QString m_password;
    ScramChannelBinding m_channelBinding;
    std::optional<ChannelBinding> m_binding;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_authMessage;
    std::optional<ScramKeys> m_keys;
    std::optional<ScramKeys> m_cachedKeys;
    State m_state = State::Initial;
};

} // namespace Linnet
