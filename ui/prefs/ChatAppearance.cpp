#include "ChatAppearance.h"

#include "chat/ConversationView.h"

#include <QApplication>
#include <QEvent>

namespace Linnet {

ChatAppearance::ChatAppearance(Preferences *preferences, QObject *parent)
    : QObject(parent), m_preferences(preferences)
{
    qApp->installEventFilter(this);
    connect(preferences, &Preferences::chatFontPointSizeChanged, this, &ChatAppearance::applyToAll);
    connect(preferences, &Preferences::messageLayoutChanged, this, &ChatAppearance::applyToAll);
    applyToAll();
}

void ChatAppearance::applyTo(ConversationView *view) const
{
    if (!m_preferences)
        return;
    view->setFontPointSize(m_preferences->chatFontPointSize());
    view->setCompactLayout(m_preferences->messageLayout() == Preferences::MessageLayout::Compact);
}

void ChatAppearance::applyToAll() const
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *view = qobject_cast<ConversationView *>(widget))
            applyTo(view);
    }
}

bool ChatAppearance::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *view = qobject_cast<ConversationView *>(watched))
            applyTo(view);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Linnet
