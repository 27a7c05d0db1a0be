# linnet-cli rooms and join against the test Prosody, with a ChatPeer in the same room.
linnet_add_qtest(integration_cli_muc
    SOURCES tst_cli_muc.cpp CliProcess.h CliProcess.cpp ChatPeer.h ChatPeer.cpp
            ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 240)
target_compile_definitions(integration_cli_muc PRIVATE
    LINNET_CLI_PATH="$<TARGET_FILE:linnet-cli>")
add_dependencies(integration_cli_muc linnet-cli)
