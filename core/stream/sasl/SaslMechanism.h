#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Linnet {

// The client side of one SASL mechanism (RFC 4422). Data are raw bytes: the session
// base64-encodes them on the wire. After any call, a non-empty error() means the exchange
// must be aborted; error() is a sentence for the user.
class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;

    // The mechanism name as offered in <mechanisms/>, e.g. "SCRAM-SHA-256-PLUS".
    virtual QString name() const = 0;
    // The data sent with <auth/>. Empty with error() set when the mechanism refuses to start.
    virtual QByteArray initialResponse() = 0;
    // The answer to a <challenge/>; nullopt when the challenge is unacceptable.
    virtual std::optional<QByteArray> respond(const QByteArray &challenge) = 0;
    // Checks the additional data of <success/>; false when the server failed to prove itself.
    virtual bool verifySuccess(const QByteArray &additionalData) = 0;

    QString error() const { return m_error; }

protected:
    void setError(const QString &error) { m_error = error; }

private:
    QString m_error;
};

} // namespace Linnet
