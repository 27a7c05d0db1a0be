# Owned by the muc_manager work; see tests/integration/CMakeLists.txt.
