#include "XmlHighlighter.h"

using namespace Qt::StringLiterals;

namespace Linnet {

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_tagPattern(u"</?[\\w:.-]+|/?>"_s),
      m_attributePattern(u"[\\w:.-]+(?==)"_s), m_valuePattern(u"\"[^\"]*\"|'[^']*'"_s),
      m_hiddenPattern(u"\\[hidden\\]"_s)
{
    m_incoming.setForeground(QColor(0x1f, 0x5f, 0x9e));
    m_incoming.setFontWeight(QFont::Bold);
    m_outgoing.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_outgoing.setFontWeight(QFont::Bold);
    m_tag.setForeground(QColor(0x88, 0x22, 0x88));
    m_attribute.setForeground(QColor(0x99, 0x55, 0x00));
    m_value.setForeground(QColor(0x1a, 0x7f, 0x7f));
    m_hidden.setForeground(QColor(0xc0, 0x39, 0x2b));
    m_hidden.setFontWeight(QFont::Bold);
    m_match.setBackground(QColor(0xff, 0xe0, 0x66));
}

void XmlHighlighter::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    rehighlight();
}

void XmlHighlighter::apply(const QString &text, const QRegularExpression &pattern,
                           const QTextCharFormat &format)
{
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
    }
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    // Headers start with the arrows ConsoleLogModel::headerFor writes.
    if (text.startsWith(u"← "))
        setFormat(0, int(text.size()), m_incoming);
    else if (text.startsWith(u"→ "))
        setFormat(0, int(text.size()), m_outgoing);
    else if (text.contains(u'<')) {
        apply(text, m_tagPattern, m_tag);
        apply(text, m_attributePattern, m_attribute);
        apply(text, m_valuePattern, m_value);
    }
    apply(text, m_hiddenPattern, m_hidden);
    if (m_search.isEmpty())
        return;
    for (qsizetype at = text.indexOf(m_search, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(m_search, at + m_search.size(), Qt::CaseInsensitive)) {
        QTextCharFormat found = format(int(at));
        found.setBackground(m_match.background());
        setFormat(int(at), int(m_search.size()), found);
    }
}

} // namespace Linnet
