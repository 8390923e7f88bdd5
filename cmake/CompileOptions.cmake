# One INTERFACE target carries the project's compile options; every target links it.
add_library(lgsp_compile_options INTERFACE)

target_compile_features(lgsp_compile_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(lgsp_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(lgsp_compile_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(LGSP_WERROR)
        target_compile_options(lgsp_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(lgsp_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
    if(LGSP_WERROR)
        target_compile_options(lgsp_compile_options INTERFACE -Werror)
    endif()
    if(LGSP_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "LGSP_FUZZ needs clang (libFuzzer); use the fuzz preset")
        endif()
        # Coverage for libFuzzer plus the sanitizers on every library; the harnesses add
        # libFuzzer's main when they link.
        target_compile_options(lgsp_compile_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(lgsp_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(LGSP_SANITIZE)
        target_compile_options(lgsp_compile_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(lgsp_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
