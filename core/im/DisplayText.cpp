#include "im/DisplayText.h"

#include <QTextBoundaryFinder>

namespace Linnet {

namespace {

bool isBreakOrSpaceLike(char32_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// Text of more than maxLength grapheme clusters becomes its first maxLength - 1 and an
// ellipsis; no accent or emoji is split in half.
QString cutToLength(const QString &text, int maxLength)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    qsizetype cut = 0;
    while (graphemes.toNextBoundary() >= 0) {
        if (++count == maxLength - 1)
            cut = graphemes.position();
        if (count > maxLength)
            return text.left(cut).trimmed() + u'\u2026';
    }
    return text;
}

} // namespace

bool isDeceptiveFormatCharacter(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E ||
           (c >= 0x2061 && c <= 0x2064) || (c >= 0xFFF9 && c <= 0xFFFB) ||
           c == 0xE0001; // the deprecated language tag; emoji flags need the other tags
}

QString safeDisplayName(QStringView name, int maxLength)
{
    QString out;
    out.reserve(name.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name[i], name[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c))
            c = 0xFFFD; // a lone surrogate becomes the replacement mark
        if (isBreakOrSpaceLike(c) || QChar::isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (isControl(c) || isDeceptiveFormatCharacter(c))
            continue;
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(c);
        }
    }
    return maxLength > 0 ? cutToLength(out, maxLength) : out;
}

QString safeTerminalText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        if (c == u'\n' || c == u'\t') {
            out += QChar(c);
            continue;
        }
        if (isControl(c) || isDeceptiveFormatCharacter(c) || c == 0x2028 || c == 0x2029)
            continue;
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(c);
        }
    }
    return out;
}

} // namespace Linnet
