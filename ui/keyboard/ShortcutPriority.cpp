#include "ShortcutPriority.h"

#include <QAction>
#include <QKeyEvent>
#include <QKeySequence>

namespace Linnet {

ShortcutPriority::ShortcutPriority(QObject *parent) : QObject(parent) {}

void ShortcutPriority::add(QAction *action)
{
    m_actions.append(action);
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (action && action->isEnabled() && action->shortcuts().contains(pressed)) {
            // Not accepted: the shortcut map goes on and finds the action's shortcut.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Linnet
