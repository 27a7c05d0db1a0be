#include "ScreenshotTour.h"

#include "ContactListPanel.h"
#include "MainWindow.h"
#include "account/Account.h"
#include "account/AccountServices.h"
#include "browser/ServiceBrowser.h"
#include "chat/ChatController.h"
#include "chat/ChatWindow.h"
#include "models/DiscoModel.h"
#include "models/MessageModel.h"
#include "models/RosterModel.h"
#include "muc/MucManager.h"
#include "muc/Room.h"
#include "muc/RoomController.h"
#include "muc/RoomTimelineModel.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
constexpr int PollInterval = 200;
// Presence, avatars and late rows keep arriving for a moment after a view has its content.
constexpr qint64 SettleTime = 1500;
constexpr qint64 StepTimeout = 60000;
} // namespace

ScreenshotTour::ScreenshotTour(Options options, MainWindow *window, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_window(window)
{
    addSteps();
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
    m_window->resize(420, 600);
}

void ScreenshotTour::setAccount(Account *account)
{
    m_account = account;
    if (account && !m_poll.isActive())
        m_poll.start();
}

void ScreenshotTour::addSteps()
{
    const auto online = [this] {
        return m_account && m_account->state() == ConnectionState::Online;
    };
    m_steps.push_back(
        {u"main-window.png"_s, [] {},
         [this, online] { return online() && m_window->contactList()->model()->rowCount() > 0; },
         [this]() -> QWidget * { return m_window; }});

    m_steps.push_back({u"chat.png"_s,
                       [this] {
                           m_window->chatController()->openChat(m_options.chat);
                           m_window->chatWindow()->resize(820, 560);
                       },
                       [this] {
                           const MessageModel *messages = m_window->chatController()->messageModel(
                               m_options.chat.bareString());
                           return messages && messages->rowCount() >= 4;
                       },
                       [this]() -> QWidget * { return m_window->chatWindow(); }});

    m_steps.push_back(
        {u"group-chat.png"_s, [this] { m_account->services()->muc()->join(m_options.room, {}); },
         [this] {
             const Room *room = m_account->services()->muc()->existingRoom(m_options.room);
             if (!room || room->state() != Room::State::Joined)
                 return false;
             RoomController *rooms = m_window->roomController();
             rooms->openRoom(m_options.room);
             const RoomTimelineModel *timeline = rooms->timeline(m_options.room);
             return room->occupants().size() >= 3 && timeline && timeline->rowCount() >= 4;
         },
         [this]() -> QWidget * { return m_window->chatWindow(); }});

    m_steps.push_back(
        {u"service-browser.png"_s, [this] { m_window->showServiceBrowser(); },
         [this] {
             ServiceBrowser *browser = m_window->serviceBrowser();
             if (!browser)
                 return false;
             browser->resize(860, 520);
             const DiscoModel *model = browser->model();
             // The server's row, and below it its services, each with its info.
             const QModelIndex root = model->rootIndex();
             QModelIndex conference;
             for (int row = 0; row < model->rowCount(root); ++row) {
                 const QModelIndex index = model->index(row, 0, root);
                 const DiscoModel::State info = model->infoState(index);
                 if (info == DiscoModel::State::NotLoaded || info == DiscoModel::State::Loading)
                     return false;
                 if (index.data(DiscoModel::JidRole).toString().startsWith(u"conference."_s))
                     conference = index;
             }
             if (!conference.isValid())
                 return false;
             if (browser->tree()->currentIndex() != conference)
                 browser->tree()->setCurrentIndex(conference);
             return true;
         },
         [this]() -> QWidget * { return m_window->serviceBrowser(); }});
}

void ScreenshotTour::poll()
{
    if (m_current >= m_steps.size())
        return;
    const Step &step = m_steps[m_current];
    if (!m_prepared) {
        if (!m_account || m_account->state() != ConnectionState::Online) {
            if (m_stepClock.isValid() && m_stepClock.elapsed() > StepTimeout)
                finish(1, u"the account did not come online"_s);
            else if (!m_stepClock.isValid())
                m_stepClock.start();
            return;
        }
        step.prepare();
        m_prepared = true;
        m_readySince = -1;
        m_stepClock.start();
    }
    if (!step.ready()) {
        m_readySince = -1;
        if (m_stepClock.elapsed() > StepTimeout)
            finish(1, step.file + u": the window did not get its content in time"_s);
        return;
    }
    if (m_readySince < 0)
        m_readySince = m_stepClock.elapsed();
    if (m_stepClock.elapsed() - m_readySince < SettleTime)
        return;
    capture(step);
    ++m_current;
    m_prepared = false;
    if (m_current == m_steps.size())
        finish(0, u"saved %1 screenshots in %2"_s.arg(m_steps.size()).arg(m_options.directory));
}

void ScreenshotTour::capture(const Step &step)
{
    QWidget *target = step.target();
    const QString path = QDir(m_options.directory).filePath(step.file);
    if (!target || !QDir().mkpath(m_options.directory) || !target->grab().save(path, "PNG"))
        finish(1, u"could not save "_s + path);
}

void ScreenshotTour::finish(int exitCode, const QString &message)
{
    m_poll.stop();
    m_current = m_steps.size();
    QTextStream(exitCode == 0 ? stdout : stderr) << "linnet: screenshots: " << message << Qt::endl;
    QApplication::exit(exitCode);
}

} // namespace Linnet
