# Roster, subscriptions and blocking against the real test Prosody (contacts, core part A).
linnet_add_qtest(integration_roster SOURCES tst_roster.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 180)
