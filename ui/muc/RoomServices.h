#pragma once

namespace Linnet {

class AvatarImages;
class Bookmarks;
class ConversationListModel;
class HistoryStore;
class MucManager;

// What the group chat windows work with, as an account (or a test) owns it. None is owned
// here; bookmarks and conversations may be null (no bookmark toggle, no unread counts).
struct RoomServices
{
    MucManager *muc = nullptr;
    HistoryStore *history = nullptr;
    Bookmarks *bookmarks = nullptr;
    ConversationListModel *conversations = nullptr;
    AvatarImages *avatars = nullptr; // may be null: initials only

    bool isValid() const { return muc && history; }
};

} // namespace Linnet
