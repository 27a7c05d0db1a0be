#include "DesktopIdleSource.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::StringLiterals;

namespace Linnet {

DesktopIdleSource::DesktopIdleSource(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &DesktopIdleSource::poll);
    m_timer.start(5000);
    call(Backend::Mutter);
}

void DesktopIdleSource::poll()
{
    if (m_backend == Backend::Mutter || m_backend == Backend::ScreenSaver)
        call(m_backend);
}

void DesktopIdleSource::call(Backend backend)
{
    QDBusMessage message;
    if (backend == Backend::Mutter) {
        message = QDBusMessage::createMethodCall(
            u"org.gnome.Mutter.IdleMonitor"_s, u"/org/gnome/Mutter/IdleMonitor/Core"_s,
            u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s);
    } else {
        message = QDBusMessage::createMethodCall(
            u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s,
            u"org.freedesktop.ScreenSaver"_s, u"GetSessionIdleTime"_s);
    }
    const QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(message, 2000);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, backend](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                bool ok =
                    reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty();
                const qint64 idleMs = ok ? reply.arguments().first().toLongLong(&ok) : 0;
                onReply(backend, ok, idleMs);
            });
}

void DesktopIdleSource::onReply(Backend backend, bool ok, qint64 idleMs)
{
    if (ok) {
        m_backend = backend;
        m_idleSeconds = int(idleMs / 1000);
        return;
    }
    m_idleSeconds.reset();
    if (backend == Backend::Mutter && m_backend != Backend::Mutter) {
        call(Backend::ScreenSaver); // not GNOME: try the freedesktop service
        return;
    }
    if (backend == Backend::Mutter) {
        m_backend = Backend::Probing; // Mutter stopped answering: probe again
        call(Backend::ScreenSaver);
        return;
    }
    m_backend = Backend::None;
}

} // namespace Linnet
