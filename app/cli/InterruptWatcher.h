#pragma once

#include <QObject>

class QSocketNotifier;

namespace Linnet::Cli {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop: the handler only writes a byte
// to a socket pair (async-signal-safe), a QSocketNotifier reads it. One instance at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override; // restores the default handlers

    // False when the socket pair could not be made (the signals then end the process).
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Linnet::Cli
