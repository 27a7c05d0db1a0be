# The room as one occupant sees it (XEP-0045): the Room and the value types and stanzas it
# works with. Room's implementation is split by job: Room.cpp (joining, leaving, state),
# RoomPresence.cpp (occupants), RoomMessages.cpp (messages, subject, archive),
# RoomModeration.cpp (§8–9), RoomConfiguration.cpp (§10, invitations, disco#info).
target_sources(LinnetCore PRIVATE
    MucTypes.h MucTypes.cpp
    MucStatus.h MucStatus.cpp
    MucUserPayload.h MucUserPayload.cpp
    MucStanzas.h MucStanzas.cpp
    MucPermissions.h MucPermissions.cpp
    RoomSentences.h RoomSentences.cpp
    Room.h Room.cpp RoomPrivate.h
    RoomPresence.cpp
    RoomMessages.cpp
    RoomModeration.cpp
    RoomConfiguration.cpp)
