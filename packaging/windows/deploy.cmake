# Windows: the Qt runtime (DLLs, platform, SQLite, SVG and TLS plugins) next to both programs,
# found by windeployqt through Qt's deployment API (Qt 6.5+), and QtKeychain's DLL.
qt_generate_deploy_script(
    TARGET lgsp-console
    OUTPUT_SCRIPT lgsp_deploy_script
    CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:lgsp-console>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:lgsp-sandbox>\"
    GENERATE_QT_CONF
    VERBOSE)")
install(SCRIPT "${lgsp_deploy_script}" COMPONENT console)
install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION bin
        COMPONENT console)
