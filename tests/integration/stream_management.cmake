# XEP-0198 stream management (issue 4).
# Against the shared test Prosody; one case starts and restarts a private server of its own.
linnet_add_qtest(integration_stream_management
    SOURCES tst_stream_management.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)

# Scripted servers on loopback: wire format, resumption paths, servers that break the rules.
linnet_add_qtest(integration_hostile_sm
    SOURCES tst_hostile_sm.cpp FakeXmppServer.h FakeXmppServer.cpp
    LABELS hostile TIMEOUT 120)
target_compile_definitions(integration_hostile_sm PRIVATE
    LINNET_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
