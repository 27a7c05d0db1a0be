#include "im/XmppDateTime.h"

using namespace Qt::StringLiterals;

namespace Linnet::XmppDateTime {
namespace {

// Reads count ASCII digits at pos; -1 when any is missing.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

bool charAt(QStringView text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text[pos] == c;
}

} // namespace

QDateTime parse(QStringView text)
{
    // Qt's ISO parser is lenient (a missing zone means local time, a space may replace 'T'),
    // so the profile is checked by hand.
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        !charAt(text, 4, u'-') || !charAt(text, 7, u'-') || !charAt(text, 10, u'T') ||
        !charAt(text, 13, u':') || !charAt(text, 16, u':'))
        return {};

    qsizetype pos = 19;
    int msec = 0;
    if (charAt(text, pos, u'.')) {
        ++pos;
        const qsizetype fractionStart = pos;
        int scale = 100;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            msec += (text[pos].unicode() - u'0') * scale; // digits past milliseconds are dropped
            scale /= 10;
            ++pos;
        }
        if (pos == fractionStart)
            return {};
    }

    int offsetSeconds = 0;
    if (charAt(text, pos, u'Z')) {
        ++pos;
    } else if (charAt(text, pos, u'+') || charAt(text, pos, u'-')) {
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || !charAt(text, pos + 3, u':') ||
            offsetHours > 23 || offsetMinutes > 59)
            return {};
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
        if (text[pos] == u'-')
            offsetSeconds = -offsetSeconds;
        pos += 6;
    } else {
        return {};
    }
    if (pos != text.size())
        return {};

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QString format(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() == 0 ? u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s
                                               : u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

} // namespace Linnet::XmppDateTime
