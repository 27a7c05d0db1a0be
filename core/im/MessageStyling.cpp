#include "im/MessageStyling.h"

#include <array>
#include <bit>

// XEP-0393 in two passes: lines into blocks, then spans inside each line of a text block.
// Blocks come out flat, in order: consecutive plain lines at the same quote depth share one
// block (joined with '\n'; spans never cross a line), a quote is a block of kind Quote per run
// of its plain lines, and a ``` block inside a quote is Preformatted with that quoteDepth.

namespace Linnet::MessageStyling {
namespace {

bool isWhitespace(QChar c)
{
    return c.isSpace(); // White_Space or category Z (XEP-0393 glossary)
}

bool isDirective(QChar c)
{
    return c == u'*' || c == u'_' || c == u'~' || c == u'`';
}

int styleOf(QChar c)
{
    switch (c.unicode()) {
    case u'*':
        return StyledSpan::Strong;
    case u'_':
        return StyledSpan::Emphasis;
    case u'~':
        return StyledSpan::Strike;
    default:
        return StyledSpan::Code;
    }
}

// One line and, for each directive, where the next possible closing directive is: lazily
// matched spans then cost one lookup each, so hostile lines stay linear.
class SpanParser
{
public:
    explicit SpanParser(QStringView line) : m_line(line)
    {
        const qsizetype n = line.size();
        for (auto &next : m_nextClosing)
            next.resize(n + 1, n);
        for (qsizetype j = n - 1; j >= 0; --j) {
            for (int d = 0; d < 4; ++d)
                m_nextClosing[d][j] = m_nextClosing[d][j + 1];
            // A closing directive is not preceded by whitespace.
            if (isDirective(line[j]) && j > 0 && !isWhitespace(line[j - 1]))
                m_nextClosing[indexOf(line[j])][j] = j;
        }
    }

    // Spans in [begin, end): begin is the start of the line or just inside an opening directive.
    void parse(qsizetype begin, qsizetype end, int outerStyles, int offset,
               QList<StyledSpan> &spans) const
    {
        qsizetype i = begin;
        while (i < end) {
            const qsizetype close = opensSpan(begin, end, i) ? closingFor(end, i) : -1;
            if (close < 0) {
                ++i;
                continue;
            }
            const int styles = outerStyles | styleOf(m_line[i]);
            spans.append({offset + int(i) + 1, int(close - i - 1), styles});
            if (m_line[i] != u'`') // a preformatted span holds plain text only
                parse(i + 1, close, styles, offset, spans);
            i = close + 1;
        }
    }

private:
    static int indexOf(QChar directive) { return std::countr_zero(unsigned(styleOf(directive))); }

    // An opening directive stands at the start or after whitespace, and is followed by text
    // that is neither whitespace nor the same directive ("**" and "****" style nothing).
    bool opensSpan(qsizetype begin, qsizetype end, qsizetype i) const
    {
        if (!isDirective(m_line[i]) || (i > begin && !isWhitespace(m_line[i - 1])))
            return false;
        return i + 1 < end && !isWhitespace(m_line[i + 1]) && m_line[i + 1] != m_line[i];
    }

    // The first closing directive with some text between it and the opening one, or -1.
    qsizetype closingFor(qsizetype end, qsizetype open) const
    {
        if (open + 2 >= end)
            return -1;
        const qsizetype close = m_nextClosing[indexOf(m_line[open])][open + 2];
        return close < end ? close : -1;
    }

    QStringView m_line;
    std::array<QList<qsizetype>, 4> m_nextClosing;
};

void addLine(QList<StyledBlock> &blocks, StyledBlock::Kind kind, int depth, QStringView line)
{
    if (!blocks.isEmpty()) {
        StyledBlock &last = blocks.last();
        if (last.kind == kind && last.quoteDepth == depth) {
            last.text += u'\n';
            last.text += line;
            return;
        }
    }
    blocks.append({kind, depth, line.toString(), {}});
}

// Deeper '>' levels stay in the text, so that hostile bodies cannot exhaust the stack.
constexpr int MaxQuoteDepth = 32;

void parseBlocks(const QList<QStringView> &lines, int depth, QList<StyledBlock> &blocks)
{
    qsizetype i = 0;
    while (i < lines.size()) {
        const QStringView line = lines[i];
        if (line.startsWith(u"```")) {
            // Up to a line of only ``` or the end of the parent block; the opening line's
            // remainder (often a language name) is not part of the text.
            qsizetype end = i + 1;
            while (end < lines.size() && lines[end] != u"```")
                ++end;
            QStringList content;
            for (qsizetype k = i + 1; k < end; ++k)
                content.append(lines[k].toString());
            blocks.append({StyledBlock::Kind::Preformatted, depth, content.join(u'\n'), {}});
            i = end + 1;
        } else if (line.startsWith(u'>') && depth < MaxQuoteDepth) {
            QList<QStringView> quoted;
            for (; i < lines.size() && lines[i].startsWith(u'>'); ++i) {
                QStringView child = lines[i].mid(1);
                if (!child.isEmpty() && isWhitespace(child.front()))
                    child = child.mid(1); // only the first whitespace character goes
                quoted.append(child);
            }
            parseBlocks(quoted, depth + 1, blocks);
        } else {
            addLine(blocks, depth > 0 ? StyledBlock::Kind::Quote : StyledBlock::Kind::Plain, depth,
                    line);
            ++i;
        }
    }
}

} // namespace

QList<StyledBlock> parse(QStringView body)
{
    QList<StyledBlock> blocks;
    if (body.isEmpty())
        return blocks;
    parseBlocks(body.split(u'\n'), 0, blocks);
    for (StyledBlock &block : blocks) {
        if (block.kind == StyledBlock::Kind::Preformatted)
            continue;
        const QStringView text = block.text;
        qsizetype lineStart = 0;
        while (lineStart <= text.size()) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            const QStringView line = text.mid(lineStart, lineEnd - lineStart);
            SpanParser(line).parse(0, line.size(), 0, int(lineStart), block.spans);
            lineStart = lineEnd + 1;
        }
    }
    return blocks;
}

} // namespace Linnet::MessageStyling
