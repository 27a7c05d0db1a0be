# Presence, entity capabilities and disco against the test Prosody (contacts and presence, B).
set(presence_integration_tests tst_presence tst_presence_caps)
foreach(name ${presence_integration_tests})
    string(REPLACE "tst_" "integration_" target ${name})
    linnet_add_qtest(${target} SOURCES ${name}.cpp ClientHarness.h ClientHarness.cpp
        LABELS integration FIXTURES linnet_server TIMEOUT 180)
endforeach()
