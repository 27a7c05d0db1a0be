#include "stream/ConnectionState.h"

#include <QCoreApplication>

namespace Linnet {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("Linnet", "Offline");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("Linnet", "Connecting");
    case ConnectionState::Securing:
        return QCoreApplication::translate("Linnet", "Securing the connection");
    case ConnectionState::Authenticating:
        return QCoreApplication::translate("Linnet", "Signing in");
    case ConnectionState::Binding:
        return QCoreApplication::translate("Linnet", "Starting the session");
    case ConnectionState::Online:
        return QCoreApplication::translate("Linnet", "Online");
    case ConnectionState::Reconnecting:
        return QCoreApplication::translate("Linnet", "Reconnecting");
    }
    return QString();
}

} // namespace Linnet
