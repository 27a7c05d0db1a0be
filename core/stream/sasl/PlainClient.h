#pragma once

#include "stream/sasl/SaslMechanism.h"

namespace Linnet {

// SASL PLAIN (RFC 4616): the password itself, so only ever over an encrypted connection.
class PlainClient : public SaslMechanism
{
public:
    // tlsActive is the caller's word that the connection is encrypted; without it the
    // mechanism refuses to produce the password.
    PlainClient(const QString &username, const QString &password, bool tlsActive);

    QString name() const override;
    QByteArray initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &challenge) override;
    bool verifySuccess(const QByteArray &additionalData) override;

private:
    QString m_username;
    QString m_password;
    bool m_tlsActive;
};

} // namespace Linnet
