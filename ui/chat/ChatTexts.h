#pragma once

#include "im/Message.h"
#include "storage/HistoryTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Linnet {

// The words and short labels of the chat windows, in one place so that the delegate, the
// tabs and the tests agree on them.
class ChatTexts
{
    Q_DECLARE_TR_FUNCTIONS(Linnet::ChatTexts)
public:
    // "Today", "Yesterday", or the date in the user's locale.
    static QString dayLabel(const QDate &day, const QDate &today = QDate::currentDate());
    // A message's time of day, local time, short format.
    static QString timeLabel(const QDateTime &utc);
    static QString timeLabel(const QTime &localTime);
    // Date and time, for tooltips and search results.
    static QString fullTimestamp(const QDateTime &utc);
    // "Alice is typing…", "Alice has stopped typing", or empty.
    static QString chatStateSentence(const QString &name, ChatState state);
    // "Waiting to be sent", "Sent", "Delivered", "Seen", "Not delivered"; empty for None.
    static QString deliveryLabel(DeliveryState state);
    // The icon's name under :/icons/delivery-<name>.svg, or empty for None.
    static QString deliveryIconName(DeliveryState state);
    // "Alice (2)" with unread messages, "Alice" without.
    static QString titleWithUnread(const QString &name, int unread);
    // "(3) title" for a window title with unread messages, so it shows even when cut short.
    static QString windowTitleWithUnread(const QString &title, int unread);
    // The name shown for our own messages.
    static QString ownName();
};

} // namespace Linnet
