#include "im/ChatStateNotifier.h"

namespace Linnet {

ChatStateNotifier::ChatStateNotifier(QObject *parent) : QObject(parent)
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(PausedAfterMs);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        if (m_state == ChatState::Composing)
            setState(ChatState::Paused);
    });
}

void ChatStateNotifier::userTyped(bool composerEmpty)
{
    if (composerEmpty) {
        // Deleting everything takes back the "is typing"; nothing to take back otherwise.
        m_pauseTimer.stop();
        if (m_state == ChatState::Composing || m_state == ChatState::Paused)
            setState(ChatState::Active);
        return;
    }
    setState(ChatState::Composing);
    m_pauseTimer.start();
}

void ChatStateNotifier::messageSent()
{
    m_pauseTimer.stop();
    setState(ChatState::Active);
}

void ChatStateNotifier::focusChanged(bool focused)
{
    if (focused) {
        if (m_state == ChatState::Inactive || m_state == ChatState::Gone)
            setState(ChatState::Active);
        return;
    }
    // Only a conversation that has told the peer something gets told it is left alone.
    if (m_state != ChatState::None && m_state != ChatState::Gone) {
        m_pauseTimer.stop();
        setState(ChatState::Inactive);
    }
}

void ChatStateNotifier::closed()
{
    m_pauseTimer.stop();
    if (m_state != ChatState::None)
        setState(ChatState::Gone);
}

void ChatStateNotifier::setState(ChatState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateToSend(state);
}

} // namespace Linnet
