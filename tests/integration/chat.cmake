# One-on-one chat end to end against the shared test Prosody.
linnet_add_qtest(integration_chat
    SOURCES tst_chat.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)

# 1,000 messages both ways through loopback proxies that cut the connections at random.
linnet_add_qtest(integration_chat_faults
    SOURCES tst_chat_faults.cpp ChatPeer.h ChatPeer.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 420)
# It was disabled after the CI run of 7682886 stored one message (B138) 4 s after a later one
# (B160) in a run with lost sessions. Since f136122 (reconnect after a policy-violation stream
# error) it passed 16 runs of 16 by hand on clean builds of f136122 and a9f8d05.

