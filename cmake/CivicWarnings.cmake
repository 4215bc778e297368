# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler warnings for every target the project builds: the programs, the libraries, the QML
# module, the tests, benchmarks and tools. Applied once, from the top-level CMakeLists.txt,
# after every folder has added its targets, so a new target gets them without asking. Qt's
# generated sources (moc, rcc, qmlcachegen, type registrations) compile cleanly with them on
# Qt 6.4.2, so they are not set apart.
#
#   -DCIVIC_WERROR=ON   turn those warnings into errors. Off by default: a newer compiler's new
#                       warning must not break a build in the field or in CI.
include_guard(GLOBAL)

option(CIVIC_WERROR "Treat compiler warnings as errors in the project's targets" OFF)

function(civic_enable_warnings dir)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        return()
    endif()
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
            target_compile_options(${target} PRIVATE -Wall -Wextra $<$<BOOL:${CIVIC_WERROR}>:-Werror>)
        endif()
    endforeach()
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        civic_enable_warnings(${subdir})
    endforeach()
endfunction()
