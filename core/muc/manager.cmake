target_sources(LinnetCore PRIVATE
    MucManager.h MucManager.cpp
    Bookmarks.h Bookmarks.cpp
    SelfPing.h SelfPing.cpp)
