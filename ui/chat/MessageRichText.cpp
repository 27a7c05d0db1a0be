#include "MessageRichText.h"

#include "im/MessageStyling.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linnet::MessageRichText {

namespace {
// The dimmed colour of styling directives and quotes; readable on light and dark themes.
constexpr auto DimColour = "#808080";
constexpr int QuoteIndent = 14;

QString escaped(QStringView text)
{
    QString out = text.toString().toHtmlEscaped();
    out.replace(u'\n', u"<br/>"_s);
    return out;
}

bool isTrailingPunctuation(QChar c)
{
    return QStringView(u".,;:!?'\"*_~`").contains(c);
}

// Closing brackets belong to the address only when it opened them (Wikipedia links).
QStringView trimmed(QStringView candidate)
{
    while (!candidate.isEmpty()) {
        const QChar last = candidate.back();
        if (isTrailingPunctuation(last) ||
            (last == u')' && candidate.count(u'(') < candidate.count(u')'))) {
            candidate.chop(1);
        } else {
            break;
        }
    }
    return candidate;
}

struct Run
{
    int styles = 0;
    bool directive = false;
};

QString styledText(QStringView text, const QList<Run> &runs, int from, int to)
{
    QString out;
    int start = from;
    while (start < to) {
        int end = start + 1;
        while (end < to && runs[end].styles == runs[start].styles &&
               runs[end].directive == runs[start].directive) {
            ++end;
        }
        const int styles = runs[start].styles;
        QString open;
        QString close;
        const auto wrap = [&](int flag, const QString &tag) {
            if (styles & flag) {
                open += u'<' + tag + u'>';
                close.prepend(u"</"_s + tag + u'>');
            }
        };
        wrap(StyledSpan::Strong, u"b"_s);
        wrap(StyledSpan::Emphasis, u"i"_s);
        wrap(StyledSpan::Strike, u"s"_s);
        wrap(StyledSpan::Code, u"code"_s);
        if (runs[start].directive) {
            open += u"<span style=\"color:%1\">"_s.arg(QLatin1StringView(DimColour));
            close.prepend(u"</span>"_s);
        }
        out += open + escaped(text.mid(start, end - start)) + close;
        start = end;
    }
    return out;
}

// The block's text with its spans and links; links wrap whole runs.
QString blockText(const StyledBlock &block)
{
    const QStringView text = block.text;
    QList<Run> runs(text.size());
    for (const StyledSpan &span : block.spans) {
        const int end = std::min(int(text.size()), span.start + span.length);
        for (int i = std::max(0, span.start); i < end; ++i)
            runs[i].styles |= span.styles;
        for (const int marker : {span.start - 1, span.start + span.length}) {
            if (marker >= 0 && marker < text.size())
                runs[marker].directive = true;
        }
    }
    QString out;
    int position = 0;
    for (const Link &link : findLinks(text)) {
        out += styledText(text, runs, position, link.start);
        out += u"<a href=\"%1\">"_s.arg(link.href.toHtmlEscaped());
        out += styledText(text, runs, link.start, link.start + link.length);
        out += u"</a>"_s;
        position = link.start + link.length;
    }
    out += styledText(text, runs, position, int(text.size()));
    return out;
}
} // namespace

bool isAllowedLink(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return !url.host().isEmpty();
    if (scheme == u"xmpp" || scheme == u"mailto")
        return !url.path().isEmpty();
    return false;
}

QList<Link> findLinks(QStringView text)
{
    static const QRegularExpression candidates(
        u"(?<![\\w/])(?:https?://|xmpp:|mailto:)[^\\s<>\"]+"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<Link> links;
    for (auto it = candidates.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringView candidate = trimmed(match.capturedView());
        const QUrl url(candidate.toString(), QUrl::StrictMode);
        if (candidate.isEmpty() || !isAllowedLink(url))
            continue;
        links.append({int(match.capturedStart()), int(candidate.size()),
                      QString::fromLatin1(url.toEncoded())});
    }
    return links;
}

QString toHtml(QStringView body)
{
    QString html;
    for (StyledBlock block : MessageStyling::parse(body)) {
        if (block.text.endsWith(u'\n'))
            block.text.chop(1);
        switch (block.kind) {
        case StyledBlock::Kind::Preformatted:
            block.spans.clear();
            html += u"<pre style=\"margin:0; margin-left:%1px\">"_s.arg(QuoteIndent *
                                                                        block.quoteDepth) +
                    blockText(block) + u"</pre>"_s;
            break;
        case StyledBlock::Kind::Quote:
            html += u"<div style=\"margin-left:%1px; color:%2; white-space:pre-wrap\">"_s.arg(
                        QString::number(QuoteIndent * std::max(1, block.quoteDepth)),
                        QLatin1StringView(DimColour)) +
                    blockText(block) + u"</div>"_s;
            break;
        case StyledBlock::Kind::Plain:
            html += u"<div style=\"white-space:pre-wrap\">"_s + blockText(block) + u"</div>"_s;
            break;
        }
    }
    return html;
}

} // namespace Linnet::MessageRichText
