# Browsing services (issue 6): disco walk, ad-hoc commands and in-band registration against the
# test Prosody, and the linnet-cli disco, command and register commands.
linnet_add_qtest(integration_disco SOURCES tst_disco.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 180)
linnet_add_qtest(integration_cli_disco
    SOURCES tst_cli_disco.cpp CliProcess.h CliProcess.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 180)
target_compile_definitions(integration_cli_disco PRIVATE
    LINNET_CLI_PATH="$<TARGET_FILE:linnet-cli>")
add_dependencies(integration_cli_disco linnet-cli)
