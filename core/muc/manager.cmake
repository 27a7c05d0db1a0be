# The rooms of an account (routing, invitations, rejoin, autojoin, room listing), bookmarks
# (XEP-0402 / XEP-0048) and self-ping (XEP-0410).
target_sources(LinnetCore PRIVATE
    MucManager.h MucManager.cpp
    MucRouting.h MucRouting.cpp
    MucInvitations.h MucInvitations.cpp
    Mentions.h Mentions.cpp
    RoomDirectory.h RoomDirectory.cpp
    Bookmarks.h Bookmarks.cpp
    BookmarkStanzas.h BookmarkStanzas.cpp
    SelfPing.h SelfPing.cpp)
