#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Linnet::XmppDateTime {

// XEP-0082 DateTime "CCYY-MM-DDThh:mm:ss[.sss]TZD" to a UTC QDateTime. Anything else,
// including a stamp without its time zone, gives an invalid QDateTime.
QDateTime parse(QStringView text);
// The XEP-0082 form in UTC ("2002-09-10T23:08:25Z"), with milliseconds only when not zero.
QString format(const QDateTime &dateTime);

} // namespace Linnet::XmppDateTime
