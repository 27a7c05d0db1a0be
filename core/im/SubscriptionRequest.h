#pragma once

#include "im/Jid.h"

#include <QDateTime>
#include <QString>

namespace Linnet {

// A presence subscription request from a contact that the user has not answered yet
// (RFC 6121 §3.1.3): who asks, what they wrote, and when it arrived.
struct SubscriptionRequest
{
    Jid jid; // bare
    QString message;
    QDateTime receivedAt;

    friend bool operator==(const SubscriptionRequest &, const SubscriptionRequest &) = default;
};

} // namespace Linnet
