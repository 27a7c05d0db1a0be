#pragma once

#include "im/Message.h"

#include <QObject>
#include <QTimer>

namespace Linnet {

// Decides which XEP-0085 chat state to send as the user types in one conversation:
// composing on the first keystroke, paused after 5 s without one, active once sent, inactive
// when the conversation loses focus (gone when closed). Emits only changes.
class ChatStateNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChatStateNotifier(QObject *parent = nullptr);

    void userTyped(bool composerEmpty);
    void messageSent();
    void focusChanged(bool focused);
    void closed();
    ChatState current() const { return m_state; }
    static constexpr int PausedAfterMs = 5000;
    // Tests shorten the pause; PausedAfterMs otherwise.
    void setPauseDelay(int ms) { m_pauseTimer.setInterval(ms); }

Q_SIGNALS:
    void stateToSend(Linnet::ChatState state);

private:
    void setState(ChatState state);

    ChatState m_state = ChatState::None;
    QTimer m_pauseTimer;
};

} // namespace Linnet
