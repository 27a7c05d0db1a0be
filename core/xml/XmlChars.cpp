#include "xml/XmlChars.h"

namespace Linnet {

namespace {

bool isAllowedBmp(char16_t c)
{
    return c >= 0x20 ? (c <= 0xFFFD) : (c == 0x9 || c == 0xA || c == 0xD);
}

// Index of the first character XML cannot carry, or -1.
qsizetype firstForbidden(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0xD800)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < size &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c) || !isAllowedBmp(c))
            return i;
    }
    return -1;
}

} // namespace

QString xmlSafe(const QString &text)
{
    qsizetype i = firstForbidden(text);
    if (i < 0)
        return text;
    QString safe = text;
    while (i >= 0) {
        safe[i] = QChar::ReplacementCharacter;
        const qsizetype next = firstForbidden(QStringView(safe).sliced(i + 1));
        i = next < 0 ? -1 : i + 1 + next;
    }
    return safe;
}

} // namespace Linnet
