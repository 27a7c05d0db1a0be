#include "xml/InputLedger.h"

#include <algorithm>

namespace Linnet {

namespace {

// Length of the UTF-8 sequence that starts with lead; 1 for bytes that cannot start one
// (the reader rejects such input anyway, so their count does not matter).
int sequenceLength(uchar lead)
{
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return lead < 0xF8 ? 4 : 1;
}

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

void InputLedger::append(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_held.push_back(bytes);
    m_fed += bytes.size();
    for (const char byte : QByteArrayView(bytes).last(std::min<qsizetype>(3, bytes.size()))) {
        if (m_tailSize == 3) {
            std::copy(m_tail + 1, m_tail + 3, m_tail);
            m_tailSize = 2;
        }
        m_tail[m_tailSize++] = byte;
    }
}

// Bytes at the end of the input that start a UTF-8 sequence the decoder is still waiting
// to complete: they are fed but belong to no character yet.
int InputLedger::incompleteTailLength() const
{
    for (int back = 1; back <= m_tailSize; ++back) {
        const auto byte = uchar(m_tail[m_tailSize - back]);
        if (!isContinuation(byte))
            return sequenceLength(byte) > back ? back : 0;
    }
    return 0;
}

void InputLedger::markAllDecoded(qint64 units)
{
    // Until it has a few bytes the reader decodes nothing and reports offset 0.
    if (units <= m_newest.units)
        return;
    m_newest = Mark{m_fed - incompleteTailLength(), units};
    advanceAnchor();
}

void InputLedger::releaseBefore(qint64 units)
{
    m_floor = std::max(m_floor, units);
    advanceAnchor();
}

void InputLedger::advanceAnchor()
{
    if (m_newest.units <= m_floor)
        m_anchor = m_newest;
    while (!m_held.empty() && m_heldStart + m_held.front().size() <= m_anchor.bytes) {
        m_heldStart += m_held.front().size();
        m_held.pop_front();
    }
}

qint64 InputLedger::byteOffsetLowerBound(qint64 units) const
{
    return (m_newest.units <= units ? m_newest : m_anchor).bytes;
}

qint64 InputLedger::byteOffset(qint64 units)
{
    const Mark from = m_newest.units <= units ? m_newest : m_anchor;
    qint64 offset = from.bytes;
    qint64 counted = from.units;
    qint64 chunkStart = m_heldStart;
    for (const QByteArray &chunk : m_held) {
        if (counted >= units)
            break;
        const qint64 chunkEnd = chunkStart + chunk.size();
        if (offset < chunkEnd) {
            const auto *data = reinterpret_cast<const uchar *>(chunk.constData());
            qint64 i = offset - chunkStart;
            while (counted < units && i < chunk.size()) {
                const int length = sequenceLength(data[i]);
                counted += length == 4 ? 2 : 1; // a surrogate pair in UTF-16
                i += length;
            }
            offset = chunkStart + i; // may point into the next chunk when a sequence spans both
        }
        chunkStart = chunkEnd;
    }
    offset = std::min(offset, m_fed);

    const Mark found{offset, units};
    if (units >= m_newest.units)
        m_newest = found;
    else if (units <= m_floor && units > m_anchor.units)
        m_anchor = found;
    advanceAnchor();
    return offset;
}

qint64 InputLedger::bytesHeld() const
{
    qint64 held = 0;
    for (const QByteArray &chunk : m_held)
        held += chunk.size();
    return held;
}

void InputLedger::clear()
{
    *this = InputLedger();
}

} // namespace Linnet
