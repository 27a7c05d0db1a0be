#pragma once

namespace Linnet {

class AvatarImages;
class ChatManager;
class ConversationListModel;
class HistoryStore;
class Roster;

// What the chat windows work with, as an account (or a test) owns it. None is owned here;
// roster may be null (names are then the addresses).
struct ChatServices
{
    ChatManager *chats = nullptr;
    HistoryStore *history = nullptr;
    ConversationListModel *conversations = nullptr;
    Roster *roster = nullptr;
    AvatarImages *avatars = nullptr; // may be null: initials only

    bool isValid() const { return chats && history && conversations; }
};

} // namespace Linnet
