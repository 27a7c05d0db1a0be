# Owned by the cli_muc work; see tests/integration/CMakeLists.txt.
