#include "RoomController.h"

#include "JoinFlow.h"
#include "OccupantList.h"
#include "RoomActionFlows.h"
#include "RoomPage.h"
#include "RoomPresenter.h"
#include "RoomTexts.h"
#include "RoomTimelineModel.h"
#include "SubjectBar.h"
#include "chat/ChatWindow.h"
#include "chat/Composer.h"
#include "chat/ConversationView.h"
#include "chat/MessageDelegate.h"
#include "chat/Notifier.h"
#include "models/ConversationListModel.h"
#include "models/MessageModel.h"
#include "models/OccupantModel.h"
#include "muc/Bookmarks.h"
#include "muc/MucManager.h"
#include "muc/Room.h"
#include "storage/HistoryStore.h"

#include <QAction>
#include <QDesktopServices>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
QString withoutTrailingSpace(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}
} // namespace

struct RoomController::Entry
{
    Jid jid;
    QPointer<Room> room;
    QPointer<RoomPage> page;
    std::unique_ptr<MessageModel> messages;
    std::unique_ptr<RoomTimelineModel> timeline;
    std::unique_ptr<OccupantModel> occupants;
    std::unique_ptr<RoomPresenter> presenter; // what the room's signals do on the page
};

RoomController::RoomController(ChatWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_serviceContext(std::make_unique<QObject>()),
      m_join(new JoinFlow(window, this)), m_actions(new RoomActionFlows(this))
{
    connect(window, &ChatWindow::closeRequested, this,
            [this](ConversationWidget *page) { closePage(page, true); });
    connect(m_join, &JoinFlow::joinStarted, this, [this](const Jid &room) { openRoom(room); });
    connect(window, &ChatWindow::joinRoomRequested, this, [this] {
        if (m_services.isValid())
            m_join->showJoinDialog();
    });
    connect(m_join, &JoinFlow::configureRequested, this, [this](Room *room) {
        if (Entry *entry = find(room->jid()))
            m_actions->configure(room, entry->page);
    });
    m_actions->setNoticeSink([this](const Jid &room, const QString &sentence) {
        if (Entry *entry = find(room))
            entry->timeline->addNotice(sentence);
    });
}

RoomController::~RoomController()
{
    m_serviceContext.reset();
    m_services = RoomServices();
    closeAll();
}

bool RoomController::hasServices() const
{
    return m_services.isValid();
}

void RoomController::setServices(const RoomServices &services)
{
    m_serviceContext = std::make_unique<QObject>();
    m_services = RoomServices();
    m_join->setServices({});
    closeAll();
    if (!services.isValid())
        return;
    m_services = services;
    m_join->setServices(services);
    QObject *context = m_serviceContext.get();
    connect(services.muc, &QObject::destroyed, context, [this] { setServices({}); });
    connect(services.history, &QObject::destroyed, context, [this] { setServices({}); });
    connect(services.muc, &MucManager::roomAdded, context,
            [this](Room *room) { ensure(room, false); });
    connect(services.muc, &MucManager::mentioned, context,
            [this](Room *room, const HistoryMessage &message) { onMentioned(room, message); });
    if (ConversationListModel *conversations = services.conversations) {
        connect(conversations, &QObject::destroyed, context,
                [this] { m_services.conversations = nullptr; });
        connect(conversations, &ConversationListModel::unreadChanged, context,
                [this](const QString &jid, int) { refreshTitle(Jid::parse(jid)); });
    }
    if (Bookmarks *bookmarks = services.bookmarks) {
        connect(bookmarks, &QObject::destroyed, context,
                [this] { m_services.bookmarks = nullptr; });
        const auto refresh = [this](const Jid &room) {
            if (Entry *entry = find(room); entry && entry->page && m_services.bookmarks) {
                entry->page->setBookmarked(m_services.bookmarks->bookmark(room).has_value());
                refreshTitle(room);
            }
        };
        connect(bookmarks, &Bookmarks::bookmarkChanged, context,
                [refresh](const Bookmark &bookmark) { refresh(bookmark.room); });
        connect(bookmarks, &Bookmarks::bookmarkRemoved, context, refresh);
        connect(bookmarks, &Bookmarks::loaded, context, [this, refresh] {
            for (const auto &[key, entry] : m_rooms)
                refresh(entry->jid);
        });
    }
    // Rooms the account already has (rejoined after sign-in before the window was given them).
    for (Room *room : services.muc->rooms())
        ensure(room, false);
}

void RoomController::setNotifier(Notifier *notifier)
{
    m_notifier = notifier;
}

void RoomController::setPrivateChatOpener(std::function<void(const Jid &)> opener)
{
    m_openPrivate = std::move(opener);
}

RoomController::Entry *RoomController::find(const Jid &room) const
{
    const auto it = m_rooms.find(room.bareString());
    return it == m_rooms.end() ? nullptr : it->second.get();
}

RoomPage *RoomController::page(const Jid &room) const
{
    const Entry *entry = find(room);
    return entry ? entry->page : nullptr;
}

RoomTimelineModel *RoomController::timeline(const Jid &room) const
{
    const Entry *entry = find(room);
    return entry ? entry->timeline.get() : nullptr;
}

OccupantModel *RoomController::occupantModel(const Jid &room) const
{
    const Entry *entry = find(room);
    return entry ? entry->occupants.get() : nullptr;
}

RoomController::Entry *RoomController::ensure(Room *room, bool inFront)
{
    if (!room || !m_window || !m_services.isValid())
        return nullptr;
    if (Entry *existing = find(room->jid())) {
        // A rejoin after the room object went (left, then joined again) gets the new one.
        if (existing->room != room)
            bind(existing, room);
        if (inFront && existing->page)
            m_window->bringToFront(existing->page);
        return existing;
    }
    auto entry = std::make_unique<Entry>();
    entry->jid = room->jid();
    const QString key = entry->jid.bareString();
    entry->messages = std::make_unique<MessageModel>(*m_services.history, key);
    entry->timeline = std::make_unique<RoomTimelineModel>(entry->messages.get());
    entry->page = new RoomPage(entry->jid);
    RoomPage *page = entry->page;
    page->setTitle(RoomTexts::roomTitle(entry->jid));
    page->view()->setTimeline(entry->timeline.get(), entry->messages.get());
    page->view()->messageDelegate()->setAvatars(m_services.avatars);
    page->occupantList()->setAvatars(m_services.avatars, entry->jid);
    const Jid jid = entry->jid;
    page->setNickSource([this, jid](const QString &prefix) {
        const Entry *e = find(jid);
        if (!e || !e->occupants)
            return QStringList();
        QStringList nicks = e->occupants->completions(prefix);
        // Our own nick is never the one we want to address.
        if (e->room)
            nicks.removeIf([own = e->room->nick()](const QString &nick) { return nick == own; });
        return nicks;
    });
    page->setOccupantActions([this, jid](const Occupant &occupant) {
        const Entry *e = find(jid);
        return e && e->room ? OccupantActions::allowed(*e->room, occupant)
                            : QList<OccupantAction>{};
    });
    if (m_services.bookmarks)
        page->setBookmarked(m_services.bookmarks->bookmark(entry->jid).has_value());
    Entry *raw = entry.get();
    m_rooms.emplace(key, std::move(entry));
    connectPage(raw);
    bind(raw, room);
    m_window->addConversation(page, m_window->opensSeparateWindows());
    refreshTitle(raw->jid);
    if (inFront)
        m_window->bringToFront(page);
    return raw;
}

void RoomController::bind(Entry *entry, Room *room)
{
    entry->room = room;
    entry->presenter.reset(); // its connections go with the old room
    auto occupants = std::make_unique<OccupantModel>(room);
    if (entry->page)
        entry->page->setOccupantModel(occupants.get());
    entry->occupants = std::move(occupants); // after the view let go of the old one
    entry->presenter = std::make_unique<RoomPresenter>(room, entry->page, entry->timeline.get());
    entry->presenter->showCurrent();
    m_join->watch(room);
}

void RoomController::connectPage(Entry *entry)
{
    RoomPage *page = entry->page;
    const Jid jid = entry->jid;
    const auto room = [this, jid]() -> Room * {
        const Entry *e = find(jid);
        return e ? e->room.data() : nullptr;
    };
    connect(page, &ConversationWidget::sendRequested, this,
            [this, jid](const QString &text) { send(jid, text); });
    connect(page, &ConversationWidget::linkActivated, this, [this](const QUrl &url) {
        // xmpp:room@service?join opens the join dialog; other links open outside.
        if (url.scheme().compare(u"xmpp", Qt::CaseInsensitive) == 0) {
            if (const Jid target = Jid::parse(url.path()); target.isValid())
                m_join->showJoinDialog(target.bare());
            return;
        }
        QDesktopServices::openUrl(url);
    });
    connect(page, &RoomPage::rejoinRequested, this, [this, jid] { m_join->rejoin(jid); });
    connect(page, &RoomPage::joinAlternateRequested, this,
            [this](const Jid &alternate) { m_join->showJoinDialog(alternate); });
    connect(page, &RoomPage::occupantActionRequested, this,
            [this, page, room](OccupantAction action, const Occupant &occupant) {
                Room *target = room();
                if (!target)
                    return;
                if (action == OccupantAction::PrivateMessage) {
                    if (m_openPrivate)
                        m_openPrivate(target->jid().withResource(occupant.nick));
                    return;
                }
                m_actions->moderate(target, action, occupant, page);
            });
    const auto withRoom = [room, page](auto flow) {
        return [room, page, flow] {
            if (Room *target = room())
                flow(target, page);
        };
    };
    connect(page->inviteAction(), &QAction::triggered, this,
            withRoom([this](Room *r, RoomPage *p) { m_actions->invite(r, p); }));
    connect(page->changeNickAction(), &QAction::triggered, this,
            withRoom([this](Room *r, RoomPage *p) { m_actions->changeNick(r, p); }));
    connect(page->changeSubjectAction(), &QAction::triggered, this,
            withRoom([this](Room *r, RoomPage *p) { m_actions->changeSubject(r, p); }));
    connect(page->settingsAction(), &QAction::triggered, this,
            withRoom([this](Room *r, RoomPage *p) { m_actions->configure(r, p); }));
    connect(page->destroyAction(), &QAction::triggered, this,
            withRoom([this](Room *r, RoomPage *p) { m_actions->destroy(r, p); }));
    connect(page->leaveAction(), &QAction::triggered, this, [this, jid] { closeRoom(jid); });
    connect(page->bookmarkAction(), &QAction::triggered, this,
            [this, jid](bool on) { onBookmarkToggled(jid, on); });
}

bool RoomController::openRoom(const Jid &room)
{
    if (!m_services.isValid())
        return false;
    if (Entry *entry = find(room); entry && entry->page) {
        m_window->bringToFront(entry->page);
        return true;
    }
    // A room we are not in (left, or never joined) is joined, not just shown.
    Room *existing = m_services.muc->existingRoom(room.bare());
    return existing && existing->state() != Room::State::NotJoined && ensure(existing, true);
}

bool RoomController::isKnownRoom(const Jid &room) const
{
    if (!m_services.isValid() || !room.isBare())
        return false;
    if (m_services.muc->existingRoom(room) ||
        (m_services.bookmarks && m_services.bookmarks->bookmark(room)))
        return true;
    const ConversationListModel *list = m_services.conversations;
    if (!list || list->rowCount() == 0)
        return false;
    const QModelIndexList found = list->match(list->index(0, 0), ConversationListModel::JidRole,
                                              room.bareString(), 1, Qt::MatchExactly);
    return !found.isEmpty() && found.constFirst().data(ConversationListModel::TypeRole).toInt() ==
                                   int(MessageType::Groupchat);
}

bool RoomController::showRoom(const Jid &room)
{
    if (openRoom(room))
        return true;
    if (!isKnownRoom(room))
        return false;
    JoinRoomDialog *dialog = m_join->showJoinDialog(room);
    if (m_services.bookmarks) {
        if (const auto bookmark = m_services.bookmarks->bookmark(room)) {
            if (!bookmark->nick.isEmpty())
                dialog->setNick(bookmark->nick);
            dialog->setPassword(bookmark->password);
        }
    }
    return true;
}

void RoomController::closeRoom(const Jid &room)
{
    if (Entry *entry = find(room); entry && entry->page)
        closePage(entry->page, true);
}

void RoomController::closePage(ConversationWidget *page, bool leave)
{
    const auto it = std::find_if(m_rooms.begin(), m_rooms.end(),
                                 [page](const auto &entry) { return entry.second->page == page; });
    if (it == m_rooms.end())
        return;
    std::unique_ptr<Entry> entry = std::move(it->second);
    m_rooms.erase(it);
    entry->presenter.reset();
    if (leave && m_services.muc && entry->room)
        m_services.muc->leave(entry->jid);
    if (m_window && entry->page)
        m_window->removeConversation(entry->page);
    delete entry->page; // before the models it shows
}

void RoomController::closeAll()
{
    while (!m_rooms.empty()) {
        if (RoomPage *page = m_rooms.begin()->second->page)
            closePage(page, false);
        else
            m_rooms.erase(m_rooms.begin());
    }
}

void RoomController::send(const Jid &jid, const QString &text)
{
    Entry *entry = find(jid);
    const QString body = withoutTrailingSpace(text);
    if (!entry || !entry->room || body.trimmed().isEmpty())
        return;
    if (entry->room->state() != Room::State::Joined) {
        entry->timeline->addNotice(tr("Not sent: you are not in the room."));
        return;
    }
    entry->room->sendMessage(body);
}

void RoomController::refreshTitle(const Jid &room)
{
    Entry *entry = find(room);
    if (!entry || !entry->page || !m_window)
        return;
    const int unread = m_services.conversations
                           ? m_services.conversations->unreadCount(entry->jid.bareString())
                           : 0;
    // The bookmark's name when the user gave the room one.
    QString name = RoomTexts::roomTitle(entry->jid);
    if (m_services.bookmarks) {
        if (const auto bookmark = m_services.bookmarks->bookmark(entry->jid);
            bookmark && !bookmark->name.isEmpty())
            name = bookmark->name;
    }
    entry->page->setTitle(name);
    m_window->setTitle(entry->page, name, unread);
}

void RoomController::onMentioned(Room *room, const HistoryMessage &message)
{
    Entry *entry = find(room->jid());
    if (!entry || !m_window)
        return;
    const QString conversation = entry->jid.bareString();
    if (entry->page && m_window->frontPage() == entry->page)
        return;
    if (entry->page)
        m_window->showInBackground(entry->page);
    if (m_notifier) {
        m_notifier->notify(
            {conversation,
             RoomTexts::mentionTitle(message.senderName, RoomTexts::roomTitle(entry->jid)),
             message.body});
    }
}

void RoomController::onBookmarkToggled(const Jid &jid, bool on)
{
    Bookmarks *bookmarks = m_services.bookmarks;
    Entry *entry = find(jid);
    if (!bookmarks || !entry)
        return;
    if (!on) {
        bookmarks->remove(jid);
        return;
    }
    Bookmark bookmark = bookmarks->bookmark(jid).value_or(Bookmark{});
    bookmark.room = jid;
    if (entry->room)
        bookmark.nick = entry->room->nick();
    bookmark.autojoin = true;
    bookmarks->set(bookmark);
}

} // namespace Linnet
