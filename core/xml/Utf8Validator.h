#pragma once

#include <QByteArrayView>

namespace Linnet {

// Checks that input is UTF-8 as it arrives, a sequence possibly split between two pieces.
// QXmlStreamReader does not always notice bad UTF-8 in data added piece by piece: it can stop
// producing tokens without reporting any error, so the stream would hang instead of failing.
class Utf8Validator
{
public:
    // False as soon as the bytes seen so far cannot be UTF-8 (overlong forms, surrogates and
    // code points past U+10FFFF included); the validator then stays unusable until reset.
    bool accept(QByteArrayView bytes);
    void reset() { *this = Utf8Validator(); }

private:
    int m_pending = 0;  // continuation bytes still expected
    uchar m_low = 0x80; // the range allowed for the next continuation byte
    uchar m_high = 0xBF;
};

} // namespace Linnet
