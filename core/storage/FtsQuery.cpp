#include "storage/FtsQuery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Linnet::FtsQuery {

namespace {

// unicode61 makes tokens of letters and digits only.
int tokenCharacters(QStringView word)
{
    int count = 0;
    for (char32_t c : word.toUcs4())
        count += QChar::isLetterOrNumber(c) ? 1 : 0;
    return count;
}

} // namespace

QString fromUserText(const QString &text)
{
    // Decomposed accents would split words for the tokenizer; stored text is mostly composed.
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    QStringList words;
    int lastCharacters = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= normalized.size(); ++i) {
        const bool space = i == normalized.size() || normalized.at(i).isSpace();
        if (space && start >= 0) {
            const QStringView word = QStringView(normalized).mid(start, i - start);
            if (const int characters = tokenCharacters(word)) {
                words.append(u'"' + word.toString().replace(u'"', u"\"\""_s) + u'"');
                lastCharacters = characters;
            }
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    if (words.isEmpty())
        return {};
    if (lastCharacters >= 2)
        words.last().append(u'*');
    return words.join(u' ');
}

QString conversationToken(const QString &conversation)
{
    return u'c' + QString::fromLatin1(conversation.toUtf8().toHex());
}

QString matchBodies(const QString &expression, const QString &conversation)
{
    const QString bodies = u"body : ("_s + expression + u')';
    if (conversation.isEmpty())
        return bodies;
    return u"conversation_token : \""_s + conversationToken(conversation) + u"\" AND "_s + bodies;
}

} // namespace Linnet::FtsQuery
