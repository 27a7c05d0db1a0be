#include "Composer.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace Linnet {

Composer::Composer(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(u"composer"_s);
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Write a message…"));
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT typed(document()->isEmpty());
    });
}

void Composer::setTextQuietly(const QString &text)
{
    m_quiet = true;
    setPlainText(text);
    moveCursor(QTextCursor::End);
    m_quiet = false;
}

int Composer::linesHeight(int lines) const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * lines + 2 * int(document()->documentMargin()) +
           margins.top() + margins.bottom();
}

QSize Composer::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), linesHeight(3)};
}

QSize Composer::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), linesHeight(1)};
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && modifiers == Qt::ShiftModifier) {
        insertPlainText(u"\n"_s);
        return;
    }
    if (enter && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)) {
        const QString text = toPlainText();
        if (!text.trimmed().isEmpty())
            Q_EMIT submitted(text);
        return;
    }
    if (event->key() == Qt::Key_Up && modifiers == Qt::NoModifier && document()->isEmpty()) {
        Q_EMIT lastMessageWanted();
        return;
    }
    if (event->key() == Qt::Key_Escape && modifiers == Qt::NoModifier) {
        Q_EMIT escapePressed();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void Composer::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    Q_EMIT focusChanged(true);
}

void Composer::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A context menu or a completion popup is not leaving the conversation.
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT focusChanged(false);
}

} // namespace Linnet
