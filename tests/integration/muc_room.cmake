# One room end to end against the test Prosody (conference.localhost with muc_mam): creation
# (instant and configured), talking both ways, private messages, nick change, kick and ban,
# password and members-only rooms, destroy, and a spoofed group chat message.
linnet_add_qtest(integration_muc_room
    SOURCES tst_muc_room.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 300)
