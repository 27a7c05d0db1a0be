#include "HistoryChecks.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Linnet::Test {

namespace {

struct Sequence
{
    QChar side;
    int number = -1;
};

Sequence parse(const QString &body)
{
    const QString head = body.section(u' ', 0, 0);
    bool ok = false;
    const int number = head.mid(1).toInt(&ok);
    if (head.size() < 2 || !ok)
        return {};
    return {head.at(0), number};
}

QString describe(const HistoryMessage &message)
{
    return u"%1 (id %2, server id %3, at %4, row %5)"_s.arg(
        message.body.section(u' ', 0, 0), message.messageId, message.serverId,
        message.timestamp.toString(Qt::ISODateWithMs), QString::number(message.rowId));
}

} // namespace

QString sequenceBody(QChar side, int number, int paddingBytes)
{
    QString body = side + QString::number(number);
    if (paddingBytes > 0)
        body += u' ' + QString(paddingBytes, u'x');
    return body;
}

QString checkExactlyOnce(const QList<HistoryMessage> &messages, const QString &sides, int perSide)
{
    QHash<QString, const HistoryMessage *> seen;
    for (const HistoryMessage &message : messages) {
        const Sequence sequence = parse(message.body);
        if (sequence.number < 0 || !sides.contains(sequence.side) || sequence.number >= perSide)
            return u"unexpected message %1"_s.arg(describe(message));
        const QString key = message.body.section(u' ', 0, 0);
        if (const HistoryMessage *first = seen.value(key))
            return u"duplicate: %1 and %2"_s.arg(describe(*first), describe(message));
        seen.insert(key, &message);
    }
    QStringList missing;
    for (const QChar side : sides) {
        for (int i = 0; i < perSide; ++i) {
            if (!seen.contains(side + QString::number(i)))
                missing.append(side + QString::number(i));
        }
    }
    if (missing.isEmpty())
        return u"ok"_s;
    return u"%1 missing of %2 (%3 stored): %4"_s.arg(missing.size())
        .arg(sides.size() * perSide)
        .arg(messages.size())
        .arg(missing.mid(0, 20).join(u", "));
}

QString checkOrder(const QList<HistoryMessage> &messages, const QString &sides, int perSide)
{
    QHash<QChar, const HistoryMessage *> previous;
    QHash<QChar, int> next;
    for (const HistoryMessage &message : messages) {
        const Sequence sequence = parse(message.body);
        int &expected = next[sequence.side];
        if (sequence.number != expected) {
            const HistoryMessage *before = previous.value(sequence.side);
            return u"%1 stored after %2; expected %3%4"_s.arg(
                describe(message), before ? describe(*before) : u"nothing"_s,
                QString(sequence.side), QString::number(expected));
        }
        ++expected;
        previous.insert(sequence.side, &message);
    }
    for (const QChar side : sides) {
        if (next.value(side) != perSide)
            return u"incomplete: %1 of %2 from %3"_s.arg(next.value(side)).arg(perSide).arg(side);
    }
    return u"ok"_s;
}

QString unacknowledgedOwn(const QList<HistoryMessage> &messages)
{
    QStringList bodies;
    for (const HistoryMessage &message : messages) {
        if (message.isOwn() &&
            (message.state < DeliveryState::Sent || message.state == DeliveryState::Failed))
            bodies.append(message.body.section(u' ', 0, 0));
    }
    return bodies.join(u", ");
}

} // namespace Linnet::Test
