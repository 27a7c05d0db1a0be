// ChatStateNotifier: which XEP-0085 state the composer of one conversation should send, with
// a shortened pause.
#include "im/ChatStateNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

constexpr int ShortPauseMs = 50;

QList<ChatState> statesSent(const QSignalSpy &spy)
{
    QList<ChatState> states;
    for (const QList<QVariant> &arguments : spy)
        states.append(arguments.at(0).value<ChatState>());
    return states;
}

} // namespace

class ChatStateNotifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Linnet::ChatState>(); }

    void startsWithNothingSent()
    {
        ChatStateNotifier notifier;
        QCOMPARE(notifier.current(), ChatState::None);
        QCOMPARE(ChatStateNotifier::PausedAfterMs, 5000);
    }

    void typingComposesOnce()
    {
        ChatStateNotifier notifier;
        notifier.setPauseDelay(ShortPauseMs);
        QSignalSpy spy(&notifier, &ChatStateNotifier::stateToSend);
        notifier.userTyped(false);
        notifier.userTyped(false);
        notifier.userTyped(false);
        QCOMPARE(statesSent(spy), QList<ChatState>{ChatState::Composing});
        QCOMPARE(notifier.current(), ChatState::Composing);
    }

    void pausesAfterAQuietWhile()
    {
        ChatStateNotifier notifier;
        notifier.setPauseDelay(ShortPauseMs);
        QSignalSpy spy(&notifier, &ChatStateNotifier::stateToSend);
        notifier.userTyped(false);
        QTRY_COMPARE(notifier.current(), ChatState::Paused);
        // Typing again composes again; the pause comes again.
        notifier.userTyped(false);
        QTRY_COMPARE(notifier.current(), ChatState::Paused);
        QCOMPARE(statesSent(spy), (QList<ChatState>{ChatState::Composing, ChatState::Paused,
                                                    ChatState::Composing, ChatState::Paused}));
    }

    void keystrokesPostponeThePause()
    {
        ChatStateNotifier notifier;
        // Generous for a loaded machine: keystrokes 100 ms apart all fall inside a 1 s pause.
        notifier.setPauseDelay(1000);
        notifier.userTyped(false);
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(100);
            notifier.userTyped(false);
            QCOMPARE(notifier.current(), ChatState::Composing);
        }
        QTRY_COMPARE(notifier.current(), ChatState::Paused);
    }

    void emptiedComposerIsActive()
    {
        ChatStateNotifier notifier;
        notifier.setPauseDelay(ShortPauseMs);
        QSignalSpy spy(&notifier, &ChatStateNotifier::stateToSend);
        // Nothing typed yet: an empty composer says nothing.
        notifier.userTyped(true);
        QVERIFY(spy.isEmpty());
        notifier.userTyped(false);
        notifier.userTyped(true);
        QCOMPARE(notifier.current(), ChatState::Active);
        // No pause follows an emptied composer.
        QTest::qWait(ShortPauseMs * 3);
        QCOMPARE(statesSent(spy), (QList<ChatState>{ChatState::Composing, ChatState::Active}));
        // Emptied again while already active: nothing new.
        notifier.userTyped(true);
        QCOMPARE(spy.size(), 2);

        // From paused, too.
        notifier.userTyped(false);
        QTRY_COMPARE(notifier.current(), ChatState::Paused);
        notifier.userTyped(true);
        QCOMPARE(notifier.current(), ChatState::Active);
    }

    void sendingIsActive()
    {
        ChatStateNotifier notifier;
        notifier.setPauseDelay(ShortPauseMs);
        QSignalSpy spy(&notifier, &ChatStateNotifier::stateToSend);
        notifier.userTyped(false);
        notifier.messageSent();
        QCOMPARE(notifier.current(), ChatState::Active);
        QTest::qWait(ShortPauseMs * 3); // the pending pause was cancelled
        notifier.messageSent();
        QCOMPARE(statesSent(spy), (QList<ChatState>{ChatState::Composing, ChatState::Active}));
    }

    void focus()
    {
        ChatStateNotifier notifier;
        notifier.setPauseDelay(ShortPauseMs);
        QSignalSpy spy(&notifier, &ChatStateNotifier::stateToSend);
        // Before anything was sent, focus changes say nothing.
        notifier.focusChanged(false);
        notifier.focusChanged(true);
        QVERIFY(spy.isEmpty());

        notifier.userTyped(false);
        notifier.focusChanged(false);
        QCOMPARE(notifier.current(), ChatState::Inactive);
        QTest::qWait(ShortPauseMs * 3); // no pause while away
        QCOMPARE(notifier.current(), ChatState::Inactive);
        notifier.focusChanged(false);
        notifier.focusChanged(true);
        QCOMPARE(notifier.current(), ChatState::Active);
        notifier.focusChanged(true);
        QCOMPARE(statesSent(spy),
                 (QList<ChatState>{ChatState::Composing, ChatState::Inactive, ChatState::Active}));
    }

    void typingAfterInactiveComposes()
    {
        ChatStateNotifier notifier;
        notifier.messageSent();
        notifier.focusChanged(false);
        notifier.userTyped(false);
        QCOMPARE(notifier.current(), ChatState::Composing);
    }

    void closingIsGone()
    {
        ChatStateNotifier notifier;
        notifier.setPauseDelay(ShortPauseMs);
        QSignalSpy spy(&notifier, &ChatStateNotifier::stateToSend);
        notifier.userTyped(false);
        notifier.closed();
        QCOMPARE(notifier.current(), ChatState::Gone);
        QTest::qWait(ShortPauseMs * 3);
        notifier.closed();
        notifier.focusChanged(false); // nothing to tell a peer we left
        QCOMPARE(statesSent(spy), (QList<ChatState>{ChatState::Composing, ChatState::Gone}));
        // Reopened and focused: back in the conversation.
        notifier.focusChanged(true);
        QCOMPARE(notifier.current(), ChatState::Active);
    }

    void closingUntouchedSaysNothing()
    {
        ChatStateNotifier notifier;
        QSignalSpy spy(&notifier, &ChatStateNotifier::stateToSend);
        notifier.closed();
        QVERIFY(spy.isEmpty());
        QCOMPARE(notifier.current(), ChatState::None);
    }
};

QTEST_GUILESS_MAIN(ChatStateNotifierTest)
#include "tst_chatstatenotifier.moc"
