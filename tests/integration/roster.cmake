# Roster, subscriptions and blocking against the real test Prosody (contacts, core part A).
linnet_add_qtest(integration_roster SOURCES tst_roster.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 180)

# linnet-cli roster and presence.
linnet_add_qtest(integration_cli_contacts SOURCES tst_cli_contacts.cpp ClientHarness.h ClientHarness.cpp
    LABELS integration FIXTURES linnet_server TIMEOUT 180)
target_compile_definitions(integration_cli_contacts PRIVATE
    LINNET_CLI_PATH="$<TARGET_FILE:linnet-cli>")
add_dependencies(integration_cli_contacts linnet-cli)
