#pragma once

#include "im/IdleSource.h"

#include <QObject>
#include <QTimer>

namespace Linnet {

// The desktop's idle time over D-Bus, for AutoAway: GNOME's org.gnome.Mutter.IdleMonitor
// (GetIdletime) first, then the freedesktop org.freedesktop.ScreenSaver (GetSessionIdleTime,
// KDE and others). Calls are asynchronous: the source polls every few seconds and answers
// idleSeconds() from the last reply, so the GUI thread never waits on the bus. Unavailable
// when neither service answers.
class DesktopIdleSource : public QObject, public IdleSource
{
    Q_OBJECT
public:
    explicit DesktopIdleSource(QObject *parent = nullptr);

    bool isAvailable() const override { return m_backend != Backend::None; }
    std::optional<int> idleSeconds() const override { return m_idleSeconds; }

private:
    enum class Backend { Probing, Mutter, ScreenSaver, None };

    void poll();
    void call(Backend backend);
    void onReply(Backend backend, bool ok, qint64 idleMs);

    QTimer m_timer;
    Backend m_backend = Backend::Probing;
    std::optional<int> m_idleSeconds;
};

} // namespace Linnet
