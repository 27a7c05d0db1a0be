#include "SearchSnippet.h"

#include <QList>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet::SearchSnippet {

namespace {
struct Range
{
    int start;
    int end;
};

QList<Range> matches(QStringView text, const QStringList &words)
{
    QList<Range> ranges;
    for (const QString &word : words) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
            ranges.append({int(at), int(at + word.size())});
        }
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.start < b.start; });
    QList<Range> merged;
    for (const Range &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, range.end);
        else
            merged.append(range);
    }
    return merged;
}
} // namespace

QStringList terms(const QString &query)
{
    static const QRegularExpression syntax(u"[\"*^():{}+\\-]"_s);
    static const QStringList operators{u"AND"_s, u"OR"_s, u"NOT"_s, u"NEAR"_s};
    QString plain = query;
    plain.replace(syntax, u" "_s);
    QStringList words;
    for (const QString &word : plain.split(u' ', Qt::SkipEmptyParts)) {
        if (!operators.contains(word))
            words.append(word);
    }
    return words;
}

QString toHtml(const QString &body, const QString &query, int context)
{
    QString text = body;
    text.replace(u'\n', u' ');
    const QStringList words = terms(query);
    QList<Range> found = matches(text, words);
    int from = 0;
    int to = int(text.size());
    if (!found.isEmpty()) {
        from = std::max(0, found.constFirst().start - context);
        to = std::min(int(text.size()), found.constFirst().end + 2 * context);
    } else {
        to = std::min(int(text.size()), 3 * context);
    }
    QString html;
    if (from > 0)
        html += u"…"_s;
    int position = from;
    for (const Range &range : std::as_const(found)) {
        if (range.start >= to)
            break;
        const int start = std::max(range.start, from);
        const int end = std::min(range.end, to);
        html += text.mid(position, start - position).toHtmlEscaped();
        html += u"<b style=\"background-color:#fff0a0; color:#000000\">"_s +
                text.mid(start, end - start).toHtmlEscaped() + u"</b>"_s;
        position = end;
    }
    html += text.mid(position, to - position).toHtmlEscaped();
    if (to < text.size())
        html += u"…"_s;
    return html;
}

} // namespace Linnet::SearchSnippet
