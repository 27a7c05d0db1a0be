#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "linnet.ui.notify")

const auto Service = u"org.freedesktop.Notifications"_s;
const auto Path = u"/org/freedesktop/Notifications"_s;
const auto Interface = u"org.freedesktop.Notifications"_s;
// Long messages are cut; the chat window has the rest.
constexpr int MaxBodyLength = 200;

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(Service, Path, Interface, method);
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : Notifier(parent) {}

// Connects on first use, so that windows that never notify never touch the bus.
bool DesktopNotifier::connectToService()
{
    if (m_connected)
        return true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    m_connected = true;
    bus.connect(Service, Path, Interface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(Service, Path, Interface, u"NotificationClosed"_s, this,
                SLOT(onClosed(uint, uint)));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call(u"GetCapabilities"_s)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<QStringList> reply = *finished;
                if (reply.isValid())
                    m_bodyMarkup = reply.value().contains(u"body-markup"_s);
                finished->deleteLater();
            });
    return true;
}

void DesktopNotifier::notify(const ChatNotification &notification)
{
    if (!connectToService())
        return;
    QString body = notification.body;
    if (body.size() > MaxBodyLength)
        body = body.left(MaxBodyLength) + u"…"_s;
    // With body-markup the service reads the body as markup: never let the text be markup.
    if (m_bodyMarkup)
        body = body.toHtmlEscaped();
    QDBusMessage message = call(u"Notify"_s);
    const QVariantMap hints{{u"category"_s, u"im.received"_s},
                            {u"desktop-entry"_s, QGuiApplication::desktopFileName()}};
    message << QGuiApplication::applicationDisplayName() << m_ids.value(notification.conversation)
            << QString() << notification.title << body << QStringList{u"default"_s, tr("Open")}
            << hints << -1;
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, conversation = notification.conversation](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isValid())
                    m_ids.insert(conversation, reply.value());
                else
                    qCDebug(lcNotify) << "No notification:" << reply.error().message();
                finished->deleteLater();
            });
}

void DesktopNotifier::withdraw(const QString &conversation)
{
    const uint id = m_ids.take(conversation);
    if (!id || !m_connected)
        return;
    QDBusMessage message = call(u"CloseNotification"_s);
    message << id;
    QDBusConnection::sessionBus().asyncCall(message);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action != u"default")
        return;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == id) {
            Q_EMIT activated(it.key());
            return;
        }
    }
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.value() == id) {
            m_ids.erase(it);
            return;
        }
    }
}

} // namespace Linnet
