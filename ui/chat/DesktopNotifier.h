#pragma once

#include "Notifier.h"

#include <QHash>

class QDBusMessage;

namespace Linnet {

// Notifications through the freedesktop notification service on the session bus
// (org.freedesktop.Notifications). Without a bus or a service it does nothing, quietly.
// One notification per conversation, replaced by the next message; clicking it reports the
// conversation through activated().
class DesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const ChatNotification &notification) override;
    void withdraw(const QString &conversation) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    bool connectToService();

    bool m_connected = false;
    bool m_bodyMarkup = false;
    QHash<QString, uint> m_ids; // conversation -> notification id
};

} // namespace Linnet
