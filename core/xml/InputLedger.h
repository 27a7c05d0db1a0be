#pragma once

#include <QByteArray>
#include <deque>

namespace Linnet {

// Maps QXmlStreamReader character offsets (UTF-16 code units) back to byte offsets of the
// UTF-8 input, so that stanza sizes can be limited in bytes. The reader only tells character
// offsets, and the bytes behind a character range are unknown until they are counted; counting
// every byte would cost a second pass over all input, so offsets are known exactly only at a
// few marks (the start, and each time the reader has decoded everything fed) and the bytes
// after the oldest mark still needed are kept to count from there when asked.
class InputLedger
{
public:
    void append(const QByteArray &bytes);
    // The reader has decoded every complete character fed so far: units code units in all.
    void markAllDecoded(qint64 units);
    // No offset below units will be asked for again: the bytes before it can go.
    void releaseBefore(qint64 units);

    // Exact byte offset of the character that starts at units (units >= the released floor).
    // Counts UTF-8 sequences from the nearest mark; the answer becomes a mark itself.
    qint64 byteOffset(qint64 units);
    // A cheap lower bound of byteOffset(units): the byte offset of the nearest mark before it.
    qint64 byteOffsetLowerBound(qint64 units) const;

    qint64 bytesFed() const { return m_fed; }
    // Bytes kept for counting; bounded by the bytes since the oldest needed mark.
    qint64 bytesHeld() const;
    void clear();

private:
    struct Mark
    {
        qint64 bytes = 0;
        qint64 units = 0;
    };

    int incompleteTailLength() const;
    void advanceAnchor();

    std::deque<QByteArray> m_held; // input from m_heldStart on
    qint64 m_heldStart = 0;
    qint64 m_fed = 0;
    qint64 m_floor = 0;
    Mark m_anchor;       // the newest mark at or below the floor; held bytes start at or before it
    Mark m_newest;       // the newest mark of all
    char m_tail[3] = {}; // last bytes fed, to see a UTF-8 sequence cut at the end
    int m_tailSize = 0;
};

} // namespace Linnet
