#pragma once

// The main window over a GroupChatFeed with notifications recorded, and what a user sees of a
// room's tab in words: the occupant tree, the messages with their senders, the notices.
#include "GroupChatFeed.h"
#include "MainWindow.h"
#include "chat/ChatController.h"
#include "chat/ChatWindow.h"
#include "chat/ConversationView.h"
#include "chat/MessageDelegate.h"
#include "chat/Notifier.h"
#include "models/MessageModel.h"
#include "models/OccupantModel.h"
#include "muc/JoinFlow.h"
#include "muc/OccupantList.h"
#include "muc/RoomController.h"
#include "muc/RoomPage.h"
#include "muc/RoomTimelineModel.h"

#include <QAction>
#include <QMenu>
#include <QTest>

namespace Linnet::Test {

class RecordingNotifier : public Notifier
{
public:
    void notify(const ChatNotification &notification) override { shown.append(notification); }
    void withdraw(const QString &conversation) override { withdrawn.append(conversation); }

    QList<ChatNotification> shown;
    QStringList withdrawn;
};

struct GroupChatScreen
{
    explicit GroupChatScreen(GroupChatFeed &feed) : feed(feed)
    {
        window.setChatServices(feed.chatServices());
        window.setRoomServices(feed.roomServices());
        chats = window.chatController();
        rooms = window.roomController();
        chats->setNotifier(&notifier);
        rooms->setNotifier(&notifier);
        chatWindow = window.chatWindow();
    }

    // Joins the room as "me" through the join flow and returns its tab.
    RoomPage *join(const QString &nick = u"me"_s)
    {
        JoinRequest request;
        request.room = Jid::parse(RoomJid);
        request.nick = nick;
        rooms->joinFlow()->join(request);
        RoomPage *page = rooms->page(request.room);
        if (page && !QTest::qWaitFor([&] { return timeline()->messages()->isLoaded(); }))
            qWarning() << "The room's messages did not load";
        return page;
    }
    RoomPage *page() const { return rooms->page(Jid::parse(RoomJid)); }
    RoomTimelineModel *timeline() const { return rooms->timeline(Jid::parse(RoomJid)); }

    // "Group: nick, nick" per role group, the group's name without its count.
    QStringList occupantTree() const
    {
        QStringList groups;
        const QAbstractItemModel *model = page()->occupantList()->model();
        if (!model)
            return groups;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex group = model->index(row, 0);
            QString name = group.data(Qt::DisplayRole).toString();
            name = name.left(name.indexOf(u" ("_s));
            QStringList nicks;
            for (int child = 0; child < model->rowCount(group); ++child)
                nicks.append(
                    model->index(child, 0, group).data(OccupantModel::NickRole).toString());
            groups.append(name + u": "_s + nicks.join(u", "_s));
        }
        return groups;
    }
    QModelIndex occupantIndex(const QString &nick) const
    {
        const QAbstractItemModel *model = page()->occupantList()->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QModelIndex group = model->index(row, 0);
            for (int child = 0; child < model->rowCount(group); ++child) {
                const QModelIndex index = model->index(child, 0, group);
                if (index.data(OccupantModel::NickRole).toString() == nick)
                    return index;
            }
        }
        return {};
    }
    // "sender: text" for the message rows of the tab, as the delegate names them.
    QStringList shownMessages() const
    {
        QStringList rows;
        const QAbstractItemModel *model = page()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (MessageDelegate::isNotice(index))
                continue;
            rows.append(page()->view()->messageDelegate()->senderName(index) + u": "_s +
                        index.data(MessageModel::BodyRole).toString());
        }
        return rows;
    }
    QModelIndex messageRow(const QString &body) const
    {
        const QAbstractItemModel *model = page()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(MessageModel::BodyRole).toString() == body)
                return index;
        }
        return {};
    }
    QStringList occupantMenu(const QString &nick) const
    {
        QStringList names;
        const auto occupant = OccupantListView::occupantAt(occupantIndex(nick));
        if (!occupant)
            return names;
        std::unique_ptr<QMenu> menu(page()->occupantMenu(*occupant, nullptr));
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                names.append(action->objectName());
        }
        return names;
    }

    GroupChatFeed &feed;
    RecordingNotifier notifier;
    MainWindow window;
    ChatController *chats = nullptr;
    RoomController *rooms = nullptr;
    ChatWindow *chatWindow = nullptr;
};

} // namespace Linnet::Test
