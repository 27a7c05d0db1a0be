# The rooms of an account against the test Prosody: bookmarks (XEP-0402) with autojoin,
# invitations of both kinds, self-ping rejoin, room listing, spoofed group chat.
linnet_add_qtest(integration_muc_manager
    SOURCES tst_muc_manager.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)
