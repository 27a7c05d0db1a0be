#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Linnet {

// Colours the XML console's text: entry headers by direction, tag names, attribute names and
// values, hidden secrets, and the matches of the search text.
class XmlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit XmlHighlighter(QTextDocument *document);

    void setSearchText(const QString &text);

protected:
    void highlightBlock(const QString &text) override;

private:
    void apply(const QString &text, const QRegularExpression &pattern,
               const QTextCharFormat &format);

    QString m_search;
    QTextCharFormat m_incoming;
    QTextCharFormat m_outgoing;
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_hidden;
    QTextCharFormat m_match;
    QRegularExpression m_tagPattern;
    QRegularExpression m_attributePattern;
    QRegularExpression m_valuePattern;
    QRegularExpression m_hiddenPattern;
};

} // namespace Linnet
