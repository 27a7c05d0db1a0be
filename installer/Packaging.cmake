# Installing Linnet (cmake --install) and the packages CPack builds from that: a Debian
# package here (cpack -G DEB), an NSIS installer on Windows, a drag-and-drop disk image with
# the app bundle on macOS. installer/README.md tells how to build each. Included at the end
# of the top-level CMakeLists.txt, after the linnet and linnet-cli targets (whose install()
# rules live next to them in app/).
include(GNUInstallDirs)

set(LINNET_APP_ID im.linnet.Linnet)
set(LINNET_PACKAGE_MAINTAINER "Linnet developers <maintainers@linnet.im>"
    CACHE STRING "Maintainer named in the packages")

# Packages need linnet, linnet-cli, the icons and the man pages, not the test suite:
# `cmake --build B --target linnet linnet-cli linnet-package-files` and then cpack is enough.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# ---- hicolor icons: PNGs rendered from the SVG at build time -------------------------------
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
qt_add_executable(linnet-render-icon installer/icon-renderer/main.cpp)
target_link_libraries(linnet-render-icon PRIVATE Qt6::Gui Qt6::Svg)

set(LINNET_ICON_SVG ${CMAKE_CURRENT_SOURCE_DIR}/resources/icons/app/${LINNET_APP_ID}.svg)
set(LINNET_ICON_SIZES 16 22 24 32 48 64 128 256)
set(linnet_icon_dir ${CMAKE_CURRENT_BINARY_DIR}/installer/hicolor)
set(linnet_icon_pngs)
foreach(size IN LISTS LINNET_ICON_SIZES)
    list(APPEND linnet_icon_pngs ${linnet_icon_dir}/${size}x${size}/apps/${LINNET_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${linnet_icon_pngs}
    COMMAND linnet-render-icon ${LINNET_ICON_SVG} ${linnet_icon_dir} ${LINNET_ICON_SIZES}
    DEPENDS linnet-render-icon ${LINNET_ICON_SVG}
    COMMENT "Rendering Linnet's hicolor icons"
    VERBATIM)

# ---- man pages, compressed as Debian installs them ----------------------------------------
set(linnet_man_pages)
foreach(page linnet.1 linnet-cli.1)
    set(copy ${CMAKE_CURRENT_BINARY_DIR}/installer/${page})
    add_custom_command(OUTPUT ${copy}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/installer/${page} ${copy}
        COMMAND gzip -9 -n -f ${copy}
        DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/installer/${page}
        COMMENT "Compressing the man page ${page}"
        VERBATIM)
    list(APPEND linnet_man_pages ${copy}.gz)
endforeach()

add_custom_target(linnet-package-files ALL DEPENDS ${linnet_icon_pngs} ${linnet_man_pages})

# ---- what a Linux installation holds besides the two programs ------------------------------
if(UNIX AND NOT APPLE)
    # qt_standard_project_setup gives installed programs the RUNPATH $ORIGIN:$ORIGIN/../lib;
    # Linnet's own libraries are static and Qt is in the system's path, so none is needed
    # (and Debian packages should carry none).
    set_target_properties(linnet linnet-cli PROPERTIES INSTALL_RPATH "")
    install(FILES installer/${LINNET_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES installer/${LINNET_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${LINNET_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(DIRECTORY ${linnet_icon_dir}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
    install(FILES ${linnet_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# ---- CPack: the same description for every generator ---------------------------------------
set(CPACK_PACKAGE_NAME linnet)
set(CPACK_PACKAGE_VENDOR "Linnet")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${LINNET_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Linnet is a desktop chat client for XMPP (Jabber). Every message is kept in a local "
    "outbox until the server has it and shows whether it was sent, delivered and read; "
    "gaps are filled from the server's archive after every sign-in. Contacts and presence, "
    "group chats, a service browser with ad-hoc commands, an XML console, and linnet-cli "
    "for scripts and terminals.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Linnet)
set(CPACK_PACKAGE_EXECUTABLES linnet Linnet)
set(CPACK_STRIP_FILES ON)

# Debian: dpkg-shlibdeps finds the libraries the programs link (Qt, QtKeychain, libstdc++);
# the Qt plugins they load at run time are named by hand, since no linker sees them: the
# X11/Wayland platform plugins, the SQLite driver of the message database and the SVG icon
# engine that draws the presence and delivery icons.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LINNET_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}\n${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

if(WIN32)
    # NSIS: linnet.exe and linnet-cli.exe in Program Files\Linnet, a Start menu entry, and
    # the Qt DLLs that windeployqt gathers next to them (see installer/README.md).
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME Linnet)
    set(CPACK_NSIS_PACKAGE_NAME Linnet)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\linnet.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # The installer's icon, made from the rendered PNGs (installer/README.md) when present.
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/installer/windows/linnet.ico)
        set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/installer/windows/linnet.ico)
    endif()
    install(CODE "execute_process(COMMAND windeployqt --no-translations --dir
        \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/linnet.exe\")")
elseif(APPLE)
    # macOS: Linnet.app (MACOSX_BUNDLE, installed at the top by app/linnet) made
    # self-contained by macdeployqt, in a drag-and-drop disk image.
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Linnet)
    set(CPACK_DMG_FORMAT UDBZ)
    set_target_properties(linnet PROPERTIES
        OUTPUT_NAME Linnet
        MACOSX_BUNDLE_BUNDLE_NAME Linnet
        MACOSX_BUNDLE_GUI_IDENTIFIER ${LINNET_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    install(CODE "execute_process(COMMAND macdeployqt
        \"\${CMAKE_INSTALL_PREFIX}/Linnet.app\")")
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
