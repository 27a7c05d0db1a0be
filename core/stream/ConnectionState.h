#pragma once

#include <QMetaType>
#include <QString>

namespace Linnet {

// Where a client is on its way to (or from) an online session.
enum class ConnectionState {
    Disconnected,
    Connecting,     // resolving and opening TCP
    Securing,       // STARTTLS or direct TLS handshake
    Authenticating, // SASL
    Binding,        // resource binding
    Online,
    Reconnecting // waiting before the next attempt
};

QString connectionStateName(ConnectionState state);

} // namespace Linnet

Q_DECLARE_METATYPE(Linnet::ConnectionState)
