# lupdate must see the sources of every layer that calls tr(). Each library registers its
# sources here; translations/CMakeLists.txt hands the list to qt_add_translations().
function(lgsp_register_translatable)
    foreach(src IN LISTS ARGN)
        get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        set_property(GLOBAL APPEND PROPERTY LGSP_TRANSLATABLE_SOURCES "${abs}")
    endforeach()
endfunction()
