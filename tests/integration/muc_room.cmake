# Owned by the muc_room work; see tests/integration/CMakeLists.txt.
