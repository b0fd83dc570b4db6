# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch prefix and checks that every file lands where the
# desktop expects it. Run by CTest with BUILD_DIR, PREFIX and APP_ID set.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
include(GNUInstallDirs)
foreach(expected
        "${CMAKE_INSTALL_BINDIR}/mentorbook"
        "${CMAKE_INSTALL_DATADIR}/applications/${APP_ID}.desktop"
        "${CMAKE_INSTALL_DATADIR}/metainfo/${APP_ID}.metainfo.xml"
        "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
        "${CMAKE_INSTALL_DATADIR}/icons/hicolor/16x16/apps/${APP_ID}.png"
        "${CMAKE_INSTALL_DATADIR}/icons/hicolor/48x48/apps/${APP_ID}.png"
        "${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps/${APP_ID}.png"
        "${CMAKE_INSTALL_DATADIR}/mentorbook/translations/mentorbook_de.qm"
        "${CMAKE_INSTALL_DATADIR}/mentorbook/translations/mentorbook_fr.qm"
        "${CMAKE_INSTALL_DATADIR}/mentorbook/translations/mentorbook_es.qm")
    if(NOT EXISTS "${PREFIX}/${expected}")
        message(FATAL_ERROR "not installed: ${expected}")
    endif()
endforeach()
execute_process(COMMAND "${PREFIX}/${CMAKE_INSTALL_BINDIR}/mentorbook" --version
                RESULT_VARIABLE result OUTPUT_VARIABLE version)
if(NOT result EQUAL 0 OR NOT version MATCHES "^mentorbook [0-9]")
    message(FATAL_ERROR "the installed mentorbook does not run: ${result} ${version}")
endif()
message(STATUS "installed: ${version}")
