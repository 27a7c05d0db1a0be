#include "NickCompleter.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Linnet {

NickCompleter::NickCompleter(QPlainTextEdit *editor, Source source, QObject *parent)
    : QObject(parent), m_editor(editor), m_source(std::move(source))
{
    if (editor)
        editor->installEventFilter(this);
}

void NickCompleter::reset()
{
    m_candidates.clear();
    m_current = -1;
    m_inserted.clear();
}

bool NickCompleter::complete(QString &text, int &cursor)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    const bool cycling = m_current >= 0 && !m_candidates.isEmpty() &&
                         cursor == m_wordStart + m_inserted.size() &&
                         QStringView(text).mid(m_wordStart, m_inserted.size()) == m_inserted;
    if (cycling) {
        m_current = (m_current + 1) % int(m_candidates.size());
    } else {
        int start = cursor;
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        const QString prefix = text.mid(start, cursor - start);
        if (prefix.isEmpty())
            return false;
        const QStringList candidates = m_source ? m_source(prefix) : QStringList();
        if (candidates.isEmpty())
            return false;
        m_candidates = candidates;
        m_current = 0;
        m_wordStart = start;
        m_inserted = prefix;
    }
    // At the very start of the message the nick addresses someone: "nick: ".
    // A space follows unless one is already there.
    const QString nick = m_candidates.at(m_current);
    const qsizetype end = m_wordStart + m_inserted.size();
    const bool spaceFollows = end < text.size() && text.at(end).isSpace();
    const QString completion =
        nick + (m_wordStart == 0 ? u":"_s : QString()) + (spaceFollows ? QString() : u" "_s);
    text.replace(m_wordStart, m_inserted.size(), completion);
    m_inserted = completion;
    cursor = m_wordStart + int(completion.size());
    return true;
}

bool NickCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Tab || key->modifiers() != Qt::NoModifier) {
        if (key->key() != Qt::Key_Shift && key->key() != Qt::Key_Control)
            reset();
        return false;
    }
    QString text = m_editor->toPlainText();
    int cursor = m_editor->textCursor().position();
    const int before = int(text.size());
    if (!complete(text, cursor)) {
        // A word with no match keeps Tab in the composer; after white space Tab moves on.
        return cursor > 0 && !text.at(cursor - 1).isSpace();
    }
    // Replaces only the word, so undo and the rest of the text are kept.
    QTextCursor edit = m_editor->textCursor();
    const int changedLength = int(text.size()) - before;
    const int start = m_wordStart;
    const int oldEnd = cursor - changedLength;
    edit.setPosition(start);
    edit.setPosition(oldEnd, QTextCursor::KeepAnchor);
    edit.insertText(text.mid(start, cursor - start));
    m_editor->setTextCursor(edit);
    return true;
}

} // namespace Linnet
