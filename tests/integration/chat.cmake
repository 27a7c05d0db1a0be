# One-on-one chat end to end against the shared test Prosody.
linnet_add_qtest(integration_chat
    SOURCES tst_chat.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)

# 1,000 messages both ways through loopback proxies that cut the connections at random.
linnet_add_qtest(integration_chat_faults
    SOURCES tst_chat_faults.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 420)
