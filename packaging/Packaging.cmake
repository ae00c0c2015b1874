# Installation layout, desktop integration and installers (issue 5, sections 1
# and 2). Included at the end of the top-level CMakeLists.txt, after every
# target exists, so that its install() rules run after those of app/ and
# server/ (CMP0082 keeps install rules in declaration order).
#
# Layout (GNUInstallDirs, prefix /usr in the .deb and .rpm):
#   bin/testops-users, bin/testops-users-server   (the app starts the server beside it)
#   share/applications/<id>.desktop
#   share/icons/hicolor/{scalable,16x16,…,256x256}/apps/<id>.{svg,png}
#   share/metainfo/<id>.metainfo.xml
#   share/testops-users/translations/*.qm        (see TESTOPS_QM_FILES below)
#   share/doc/testops-users/{copyright,changelog.gz,examples/…}
#   share/man/man1/testops-users{,-server}.1.gz
#   lib/systemd/system/testops-users-server.service, testops-users-server@.service
# Windows: everything in bin/ with the Qt runtime beside it (windeployqt).
# macOS: testops-users.app with the server in Contents/MacOS (macdeployqt).

# The reverse-DNS application id: the .desktop file, the icon, the AppStream
# component and QGuiApplication::desktopFileName() all use it.
set(TESTOPS_APP_ID "com.example.TestOpsUsers")
set(TESTOPS_PACKAGE_NAME "testops-users")
set(TESTOPS_LICENSE "MIT")
set(TESTOPS_VENDOR "The TestOps User Management developers")
set(TESTOPS_MAINTAINER "${TESTOPS_VENDOR} <testops-users@example.com>")
# The date of the release named by PROJECT_VERSION: update both together.
set(TESTOPS_RELEASE_DATE "2026-11-29")
set(TESTOPS_RELEASE_DATE_RFC2822 "Sun, 29 Nov 2026 12:00:00 +0000")
set(TESTOPS_SCREENSHOT_URL "${PROJECT_HOMEPAGE_URL}/raw/main/docs/screenshot-main-window.png")

set(TESTOPS_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(TESTOPS_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/${TESTOPS_PACKAGE_NAME}")

# Translations: the .qm files (issue 5, section 3) are installed from the
# global property TESTOPS_QM_FILES, which the translations' CMakeLists fills
# with set_property(GLOBAL APPEND PROPERTY TESTOPS_QM_FILES <files…>), e.g. from
# qt_add_translations(… QM_FILES_OUTPUT_VARIABLE qm_files). Nothing is
# installed while it is empty (translations embedded as resources need none).
if(APPLE)
    set(TESTOPS_INSTALL_TRANSLATIONSDIR "testops-users.app/Contents/Resources/translations")
elseif(WIN32)
    set(TESTOPS_INSTALL_TRANSLATIONSDIR "${CMAKE_INSTALL_BINDIR}/translations")
else()
    set(TESTOPS_INSTALL_TRANSLATIONSDIR "${CMAKE_INSTALL_DATADIR}/${TESTOPS_PACKAGE_NAME}/translations")
endif()
get_property(TESTOPS_QM_FILES GLOBAL PROPERTY TESTOPS_QM_FILES)
if(TESTOPS_QM_FILES)
    install(FILES ${TESTOPS_QM_FILES} DESTINATION "${TESTOPS_INSTALL_TRANSLATIONSDIR}")
endif()

if(UNIX AND NOT APPLE)
    # Desktop integration on freedesktop.org systems.
    if(TARGET testops-users)
        install(FILES "${TESTOPS_PACKAGING_DIR}/${TESTOPS_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
        configure_file("${TESTOPS_PACKAGING_DIR}/${TESTOPS_APP_ID}.metainfo.xml.in"
            "${CMAKE_BINARY_DIR}/packaging/${TESTOPS_APP_ID}.metainfo.xml" @ONLY)
        install(FILES "${CMAKE_BINARY_DIR}/packaging/${TESTOPS_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
        # The icon: the SVG the app's resources use, and its pre-rendered PNG
        # sizes (resources/render-icons.sh), renamed to the application id.
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/testops-users.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${TESTOPS_APP_ID}.svg")
        foreach(size IN ITEMS 16 32 48 64 128 256)
            install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/testops-users-${size}.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
                RENAME "${TESTOPS_APP_ID}.png")
        endforeach()
    endif()

    # The server as a system service; the package installs it but never
    # enables or starts it.
    if(TARGET testops-users-server)
        install(FILES "${TESTOPS_PACKAGING_DIR}/testops-users-server.service"
            "${TESTOPS_PACKAGING_DIR}/testops-users-server@.service"
            DESTINATION "lib/systemd/system")
        # docs/deploy.md's load balancer in front of several instances.
        install(FILES "${PROJECT_SOURCE_DIR}/docs/deploy.md"
            "${PROJECT_SOURCE_DIR}/docs/deploy/haproxy.cfg"
            DESTINATION "${TESTOPS_DOC_DIR}/examples")
        install(FILES "${TESTOPS_PACKAGING_DIR}/testops-users-server.environment"
            DESTINATION "${TESTOPS_DOC_DIR}/examples")
    endif()

    # Debian policy: the copyright file, and a changelog and manual pages
    # compressed with gzip -9n (no timestamp, so that builds are reproducible).
    install(FILES "${TESTOPS_PACKAGING_DIR}/copyright" DESTINATION "${TESTOPS_DOC_DIR}")
    find_program(TESTOPS_GZIP gzip)
    if(TESTOPS_GZIP)
        configure_file("${TESTOPS_PACKAGING_DIR}/changelog.in"
            "${CMAKE_BINARY_DIR}/packaging/changelog" @ONLY)
        execute_process(
            COMMAND "${TESTOPS_GZIP}" -9nkf "${CMAKE_BINARY_DIR}/packaging/changelog"
            RESULT_VARIABLE gzip_result)
        if(gzip_result EQUAL 0)
            install(FILES "${CMAKE_BINARY_DIR}/packaging/changelog.gz"
                DESTINATION "${TESTOPS_DOC_DIR}")
        endif()
        # Manual pages of both programs.
        foreach(program IN ITEMS testops-users testops-users-server)
            if(TARGET ${program})
                configure_file("${TESTOPS_PACKAGING_DIR}/${program}.1"
                    "${CMAKE_BINARY_DIR}/packaging/${program}.1" COPYONLY)
                execute_process(
                    COMMAND "${TESTOPS_GZIP}" -9nkf "${CMAKE_BINARY_DIR}/packaging/${program}.1"
                    RESULT_VARIABLE gzip_result)
                if(gzip_result EQUAL 0)
                    install(FILES "${CMAKE_BINARY_DIR}/packaging/${program}.1.gz"
                        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
                endif()
            endif()
        endforeach()
    endif()
endif()

# Windows and macOS: the Qt runtime goes beside the executables through Qt's
# deploy scripts (windeployqt, macdeployqt): no hand-kept list of Qt DLLs.
if(WIN32 AND TARGET testops-users)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET testops-users
            OUTPUT_SCRIPT testops_app_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET testops-users
            FILENAME_VARIABLE testops_app_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${testops_app_deploy_script}")
    # The server may use Qt modules and plugins the app does not (Qt Sql's):
    # windeployqt runs over it as well and adds what is still missing.
    if(TARGET testops-users-server)
        file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/packaging/deploy-server-$<CONFIG>.cmake"
            CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:testops-users-server>\"
    NO_OVERWRITE)
")
        install(SCRIPT "${CMAKE_BINARY_DIR}/packaging/deploy-server-$<CONFIG>.cmake")
    endif()
    # The libraries that are not Qt's (QtKeychain, libcurl and what they
    # load), found by CMake from the executables' imports in the folders of
    # those libraries; Qt's own DLLs stay unresolved here (windeployqt's job).
    set(testops_dll_dirs "")
    foreach(lib IN ITEMS Qt6Keychain::Qt6Keychain CURL::libcurl)
        if(TARGET ${lib})
            # The DLL's folder, or bin/ beside the import library's lib/.
            list(APPEND testops_dll_dirs "$<TARGET_FILE_DIR:${lib}>" "$<TARGET_FILE_DIR:${lib}>/../bin")
        endif()
    endforeach()
    install(CODE "
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:testops-users>\" \"$<TARGET_FILE:testops-users-server>\"
            DIRECTORIES ${testops_dll_dirs}
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
            POST_EXCLUDE_REGEXES \"[Ss]ystem32\"
            RESOLVED_DEPENDENCIES_VAR testops_dlls
            UNRESOLVED_DEPENDENCIES_VAR testops_unresolved)
        if(testops_dlls)
            file(INSTALL \${testops_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        endif()
    ")
    # The Visual C++ runtime.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
elseif(APPLE AND TARGET testops-users)
    # What qt_generate_deploy_app_script writes for a bundle, plus the server
    # inside the bundle (-executable=), which that function cannot name.
    file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/packaging/deploy-app-$<CONFIG>.cmake"
        CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:testops-users>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:testops-users>.app/Contents/MacOS/testops-users-server\")
")
    install(SCRIPT "${CMAKE_BINARY_DIR}/packaging/deploy-app-$<CONFIG>.cmake")
endif()

# CPack: .deb, .rpm and .tar.gz on Linux, NSIS on Windows, a DMG on macOS.
set(CPACK_PACKAGE_NAME "${TESTOPS_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "${TESTOPS_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${TESTOPS_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage the people of a TestOps organization")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${TESTOPS_PACKAGING_DIR}/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TestOps User Management")
set(CPACK_PACKAGE_EXECUTABLES "testops-users" "TestOps User Management")
set(CPACK_RESOURCE_FILE_LICENSE "${TESTOPS_PACKAGING_DIR}/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/Testing/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "TestOps User Management")
    set(CPACK_NSIS_PACKAGE_NAME "TestOps User Management")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\testops-users.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
    # WiX instead: cpack -G WIX (needs a stable upgrade code).
    set(CPACK_WIX_UPGRADE_GUID "6C0F3E5A-2B7D-4E1B-9A55-3F1D8C2B7A10")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "TestOps User Management")
    set(CPACK_DMG_FORMAT "UDZO")
else()
    set(CPACK_GENERATOR "DEB" "TGZ")
    find_program(TESTOPS_RPMBUILD rpmbuild)
    if(TESTOPS_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()

    # .deb: dependencies from dpkg-shlibdeps, plus the Qt plugins the
    # binaries load at run time (shlibdeps cannot see those).
    set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
    # Qt's own strings (OK, Cancel, the file dialog) in German, French and
    # Japanese; the app works without them, in English there.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TESTOPS_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

    # .rpm: dependencies from rpm's own scanner; directories that the
    # distribution's filesystem package owns stay out of our file list.
    set(CPACK_RPM_FILE_NAME "RPM-DEFAULT")
    set(CPACK_RPM_PACKAGE_LICENSE "${TESTOPS_LICENSE}")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    # No /usr/lib/.build-id links: they would clash with other packages'.
    set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/lib/systemd /usr/lib/systemd/system
        /usr/share/applications /usr/share/metainfo /usr/share/doc
        /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
        /usr/share/icons/hicolor/16x16 /usr/share/icons/hicolor/16x16/apps
        /usr/share/icons/hicolor/32x32 /usr/share/icons/hicolor/32x32/apps
        /usr/share/icons/hicolor/48x48 /usr/share/icons/hicolor/48x48/apps
        /usr/share/icons/hicolor/64x64 /usr/share/icons/hicolor/64x64/apps
        /usr/share/icons/hicolor/128x128 /usr/share/icons/hicolor/128x128/apps
        /usr/share/icons/hicolor/256x256 /usr/share/icons/hicolor/256x256/apps)
endif()

include(CPack)

# What tests/packaging/check-deb.sh expects of the package, as shell variables.
set(testops_qm_names "")
foreach(qm IN LISTS TESTOPS_QM_FILES)
    get_filename_component(qm_name "${qm}" NAME)
    string(APPEND testops_qm_names " \"${qm_name}\"")
endforeach()
file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/packaging/package-facts.sh" CONTENT
"app_id=\"${TESTOPS_APP_ID}\"
version=\"${PROJECT_VERSION}\"
qm_files=(${testops_qm_names})
")
