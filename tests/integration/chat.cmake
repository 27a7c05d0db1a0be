# One-on-one chat end to end against the shared test Prosody.
linnet_add_qtest(integration_chat
    SOURCES tst_chat.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)
