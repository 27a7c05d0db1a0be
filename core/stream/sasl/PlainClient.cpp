#include "stream/sasl/PlainClient.h"

#include "stream/sasl/SaslPrep.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet {

PlainClient::PlainClient(const QString &username, const QString &password, bool tlsActive)
    : m_username(saslPrep(username)), m_password(saslPrep(password)), m_tlsActive(tlsActive)
{}

QString PlainClient::name() const
{
    return u"PLAIN"_s;
}

QByteArray PlainClient::initialResponse()
{
    if (!m_tlsActive) {
        setError(QCoreApplication::translate(
            "Linnet::PlainClient",
            "Linnet will not send your password over a connection that is not encrypted."));
        return QByteArray();
    }
    // message = [authzid] NUL authcid NUL passwd; no authzid: we act as ourselves.
    return '\0' + m_username.toUtf8() + '\0' + m_password.toUtf8();
}

std::optional<QByteArray> PlainClient::respond(const QByteArray &)
{
    setError(QCoreApplication::translate(
        "Linnet::PlainClient", "The server sent an unexpected challenge during sign-in."));
    return std::nullopt;
}

bool PlainClient::verifySuccess(const QByteArray &)
{
    return error().isEmpty();
}

} // namespace Linnet
