#include "xml/Utf8Validator.h"

#include <cstring>

namespace Linnet {

namespace {

// Skips ASCII eight bytes at a time: most XMPP traffic is markup.
const uchar *skipAscii(const uchar *from, const uchar *end)
{
    while (end - from >= 8) {
        quint64 word;
        std::memcpy(&word, from, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        from += 8;
    }
    while (from < end && *from < 0x80)
        ++from;
    return from;
}

} // namespace

bool Utf8Validator::accept(QByteArrayView bytes)
{
    const auto *at = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = at + bytes.size();
    while (at < end) {
        if (m_pending > 0) {
            const uchar byte = *at++;
            if (byte < m_low || byte > m_high) {
                m_pending = -1;
                return false;
            }
            m_low = 0x80;
            m_high = 0xBF;
            --m_pending;
            continue;
        }
        if (m_pending < 0)
            return false;
        at = skipAscii(at, end);
        if (at == end)
            break;
        const uchar lead = *at++;
        if (lead >= 0xC2 && lead <= 0xDF) {
            m_pending = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            m_pending = 2;
            m_low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            m_high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            m_pending = 3;
            m_low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong forms
            m_high = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            m_pending = -1;
            return false;
        }
    }
    return m_pending >= 0;
}

} // namespace Linnet
