target_sources(LinnetCore PRIVATE
    MucTypes.h MucTypes.cpp
    MucStatus.h MucStatus.cpp
    Room.h Room.cpp)
