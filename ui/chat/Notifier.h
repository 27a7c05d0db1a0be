#pragma once

#include <QObject>
#include <QString>

namespace Linnet {

// A desktop notification about a conversation.
struct ChatNotification
{
    QString conversation; // bare JID
    QString title;        // who wrote
    QString body;         // plain text
};

// Where ChatController sends notifications: the desktop (DesktopNotifier), or a recording in
// the tests.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows (or replaces) the conversation's notification.
    virtual void notify(const ChatNotification &notification) = 0;
    // The user has seen the conversation: its notification may go.
    virtual void withdraw(const QString &conversation) { Q_UNUSED(conversation) }

Q_SIGNALS:
    // The user clicked a notification.
    void activated(const QString &conversation);
};

} // namespace Linnet
