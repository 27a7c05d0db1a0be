#pragma once

#include "storage/HistoryTypes.h"

#include <QList>
#include <QString>

namespace Linnet::Test {

// Message bodies in the fault tests are "<side><number>", e.g. "A17", optionally followed by a
// space and padding (large stanzas). Sides are single letters.
QString sequenceBody(QChar side, int number, int paddingBytes = 0);

// "ok" when the stored conversation holds <side>0 .. <side>{perSide-1} of every side in
// sides exactly once each, and nothing else. Otherwise the first problem, with the ids.
QString checkExactlyOnce(const QList<HistoryMessage> &messages, const QString &sides, int perSide);
// "ok" when each side's messages are stored in the order they were sent.
QString checkOrder(const QList<HistoryMessage> &messages, const QString &sides, int perSide);
// Own messages the server has not acknowledged (still Queued, or Failed), as "A12, A13".
QString unacknowledgedOwn(const QList<HistoryMessage> &messages);

} // namespace Linnet::Test
