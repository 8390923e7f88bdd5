# Windows installers: CPack NSIS and WiX settings. Included by packaging/cpack.cmake on
# Windows, and by nsis-check/ on Linux, where makensis compiles the same NSIS script around a
# placeholder payload (scripts/check-packages.sh). Expects LGSP_APP_ICON (.ico) and the
# project's version; LGSP_LICENSE_TXT is the licence with a .txt name (WiX wants one).
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LGSP Console")
# Fixed: the installers recognise an installed version and replace it (upgrade in place).
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "LGSP Console")
set(CPACK_NSIS_DISPLAY_NAME "LGSP Console")
set(CPACK_NSIS_PACKAGE_NAME "LGSP Console ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lgsp-console.exe")
set(CPACK_NSIS_MUI_ICON "${LGSP_APP_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${LGSP_APP_ICON}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The options page: add bin\ to PATH (for --check and --list in scripts) and the optional
# desktop shortcut. (CMake's template shows that page only when PATH is offered.)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${LGSP_MAINTAINER_EMAIL}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# Start-menu shortcut (CPACK_PACKAGE_EXECUTABLES) and an optional desktop one, a check box
# of the options page.
set(CPACK_PACKAGE_EXECUTABLES "lgsp-console;LGSP Console")
set(CPACK_CREATE_DESKTOP_LINKS "lgsp-console")
set(CPACK_NSIS_INSTALLER_MUI_FINISHPAGE_RUN_CODE "")

# English and Vietnamese, chosen in a dialog when the installer starts. CMake's own NSIS
# template offers sixty languages and no choice; it is adapted here at configure time rather
# than copied into the repository.
file(READ "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in" lgsp_nsis)
string(REGEX REPLACE "[ \t]*!insertmacro MUI_LANGUAGE \"[A-Za-z]+\"[^\n]*\n" "" lgsp_nsis
       "${lgsp_nsis}")
string(REPLACE "!insertmacro MUI_RESERVEFILE_INSTALLOPTIONS"
       "!insertmacro MUI_LANGUAGE \"English\"\n  !insertmacro MUI_LANGUAGE \"Vietnamese\"\n  !insertmacro MUI_RESERVEFILE_LANGDLL\n  !insertmacro MUI_RESERVEFILE_INSTALLOPTIONS"
       lgsp_nsis "${lgsp_nsis}")
string(REPLACE "Function .onInit\n" "Function .onInit\n  !insertmacro MUI_LANGDLL_DISPLAY\n"
       lgsp_nsis "${lgsp_nsis}")
string(REPLACE "Function un.onInit\n" "Function un.onInit\n  !insertmacro MUI_UNGETLANGUAGE\n"
       lgsp_nsis "${lgsp_nsis}")
if(NOT lgsp_nsis MATCHES "MUI_LANGDLL_DISPLAY" OR NOT lgsp_nsis MATCHES "\"Vietnamese\"")
    message(FATAL_ERROR "CMake's NSIS template changed: adapt packaging/windows/installer.cmake")
endif()
set(lgsp_nsis_dir "${CMAKE_BINARY_DIR}/packaging/nsis")
file(WRITE "${lgsp_nsis_dir}/NSIS.template.in" "${lgsp_nsis}")
list(PREPEND CPACK_MODULE_PATH "${lgsp_nsis_dir}")
list(PREPEND CMAKE_MODULE_PATH "${lgsp_nsis_dir}")

# WiX (MSI): a fixed upgrade code, so a newer MSI replaces the installed one.
set(CPACK_WIX_UPGRADE_GUID "5C2B8B7E-3F0A-4C62-9E54-2D1A7F0C9B31")
set(CPACK_WIX_PRODUCT_ICON "${LGSP_APP_ICON}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "LGSP Console")
set(CPACK_WIX_CULTURES "en-US;vi-VN")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${LGSP_LICENSE_TXT}")
