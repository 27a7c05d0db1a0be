# Contacts and presence, core part A (roster, subscriptions, blocking). Included from
# core/storage/CMakeLists.txt; may move into core/im/CMakeLists.txt as include(contacts.cmake).
target_sources(LinnetCore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PushOrigin.h ${CMAKE_CURRENT_LIST_DIR}/PushOrigin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RosterItem.h ${CMAKE_CURRENT_LIST_DIR}/RosterItem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Roster.h ${CMAKE_CURRENT_LIST_DIR}/Roster.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/Subscriptions.h ${CMAKE_CURRENT_LIST_DIR}/Subscriptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Blocking.h ${CMAKE_CURRENT_LIST_DIR}/Blocking.cpp)
