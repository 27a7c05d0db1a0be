#include "ChatTexts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Linnet {

QString ChatTexts::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QString ChatTexts::timeLabel(const QDateTime &utc)
{
    return timeLabel(utc.toLocalTime().time());
}

QString ChatTexts::timeLabel(const QTime &localTime)
{
    // Some locales' short format has seconds; a chat needs minutes.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return QLocale().toString(localTime, format);
}

QString ChatTexts::fullTimestamp(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

QString ChatTexts::chatStateSentence(const QString &name, ChatState state)
{
    switch (state) {
    case ChatState::Composing:
        return tr("%1 is typing…").arg(name);
    case ChatState::Paused:
        return tr("%1 has stopped typing").arg(name);
    case ChatState::None:
    case ChatState::Active:
    case ChatState::Inactive:
    case ChatState::Gone:
        break;
    }
    return {};
}

QString ChatTexts::deliveryLabel(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return tr("Waiting to be sent");
    case DeliveryState::Sent:
        return tr("Sent");
    case DeliveryState::Delivered:
        return tr("Delivered");
    case DeliveryState::Displayed:
        return tr("Seen");
    case DeliveryState::Failed:
        return tr("Not delivered");
    case DeliveryState::None:
        break;
    }
    return {};
}

QString ChatTexts::deliveryIconName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return u"queued"_s;
    case DeliveryState::Sent:
        return u"sent"_s;
    case DeliveryState::Delivered:
        return u"delivered"_s;
    case DeliveryState::Displayed:
        return u"displayed"_s;
    case DeliveryState::Failed:
        return u"failed"_s;
    case DeliveryState::None:
        break;
    }
    return {};
}

QString ChatTexts::titleWithUnread(const QString &name, int unread)
{
    if (unread <= 0)
        return name;
    return tr("%1 (%2)", "name (unread messages)").arg(name).arg(unread);
}

QString ChatTexts::windowTitleWithUnread(const QString &title, int unread)
{
    if (unread <= 0)
        return title;
    return tr("(%1) %2", "(unread messages) window title").arg(unread).arg(title);
}

QString ChatTexts::ownName()
{
    return tr("Me");
}

} // namespace Linnet
