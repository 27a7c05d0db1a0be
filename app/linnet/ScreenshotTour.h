#pragma once

#include "im/Jid.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <vector>

class QWidget;

namespace Linnet {

class Account;
class MainWindow;

// `linnet --screenshots DIR`: once the account is online, shows the main window, a chat, a
// group chat and the service browser one after the other, waits until each shows real
// content (contacts, messages, occupants, services), saves it with QWidget::grab() as
// DIR/main-window.png, chat.png, group-chat.png and service-browser.png, and quits (exit
// code 1 when a step timed out). installer/screenshots.sh runs it against the demo server.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString directory;
        Jid chat; // the conversation to show
        Jid room; // the room to join and show
    };

    ScreenshotTour(Options options, MainWindow *window, QObject *parent = nullptr);

    // The account the controller signed in; the tour starts when it is online.
    void setAccount(Account *account);

private:
    struct Step
    {
        QString file;
        std::function<void()> prepare;
        std::function<bool()> ready;
        std::function<QWidget *()> target;
    };

    void addSteps();
    void poll();
    void capture(const Step &step);
    void finish(int exitCode, const QString &message);

    Options m_options;
    MainWindow *m_window;
    Account *m_account = nullptr;
    std::vector<Step> m_steps;
    std::size_t m_current = 0;
    bool m_prepared = false;
    qint64 m_readySince = -1;
    QElapsedTimer m_stepClock;
    QTimer m_poll;
};

} // namespace Linnet
