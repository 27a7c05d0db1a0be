#pragma once

#include "stream/ConnectionState.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace Linnet {

// How a connection state looks: one colour and one line of text, the same in the status bar
// and in the account overview. failed marks an offline state that an error caused.
struct ConnectionStatePresentation
{
    ConnectionState state = ConnectionState::Disconnected;
    QString reason;
    bool failed = false;

    // "Online — Signed in as demo@localhost/linnet"; the state name alone when the reason
    // adds nothing.
    QString text() const;
    QColor colour() const;
    // A filled dot in colour(), crisp at any device pixel ratio.
    QIcon icon(int size = 12) const;
    // True while Linnet is on its way online.
    bool isBusy() const;
};

} // namespace Linnet
