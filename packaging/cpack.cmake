# CPack: one package with both programs. Version, summary and home page from project().
set(CPACK_PACKAGE_NAME "lgsp-console")
set(CPACK_PACKAGE_VENDOR "The LGSP Console developers")
set(CPACK_PACKAGE_CONTACT "LGSP Console developers <${LGSP_MAINTAINER_EMAIL}>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters, as Debian's control file wants them.
set(CPACK_PACKAGE_DESCRIPTION
    "A native desktop console for the LGSP platforms of Vietnam's ministries and
provinces (the integration and data-sharing platforms linked to the national
platform NDXP): a fleet overview of many instances, their tenants and service
catalog searchable without diacritics, connection health, in Vietnamese or
English. Includes lgsp-sandbox, a small reference LGSP instance to try it on
one machine.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LGSP Console")
set(CPACK_PACKAGE_EXECUTABLES "lgsp-console;LGSP Console")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;RPM")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

    # Debian: library dependencies found by dpkg-shlibdeps, plus what Qt loads at run time
    # (the SQLite driver of the sandbox and the console's chart store, the SVG icon engine and
    # image plugin; platform plugins come with libqt6gui6). A Secret Service is recommended:
    # without one the console works but keeps no secret.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # RPM: library dependencies found by rpm's own scan, plus the run-time plugins.
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
    # Directories the distribution already owns are not claimed by the package.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/doc /usr/share/man /usr/share/man/man1)
    foreach(size 16 22 24 32 48 64 128 256 512)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
             /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
    set(LGSP_APP_ICON "${icon_dir}/${LGSP_APP_ID}.ico")
    configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt"
                   COPYONLY)
    set(LGSP_LICENSE_TXT "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
    include(${CMAKE_CURRENT_LIST_DIR}/windows/installer.cmake)
endif()

include(CPack)
