# linnet-cli send, listen and history against the test Prosody, and the outbox surviving a kill.
foreach(name tst_cli_chat tst_outbox_kill)
    string(REPLACE "tst_" "integration_" target ${name})
    linnet_add_qtest(${target}
        SOURCES ${name}.cpp CliProcess.h CliProcess.cpp ClientHarness.h ClientHarness.cpp
        LABELS integration FIXTURES linnet_server TIMEOUT 180)
    target_compile_definitions(${target} PRIVATE LINNET_CLI_PATH="$<TARGET_FILE:linnet-cli>")
    add_dependencies(${target} linnet-cli)
endforeach()
# The stream without XEP-0198 is scripted.
target_sources(integration_cli_chat PRIVATE FakeXmppServer.h FakeXmppServer.cpp)
target_compile_definitions(integration_cli_chat PRIVATE
    LINNET_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
