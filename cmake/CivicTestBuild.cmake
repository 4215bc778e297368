# SPDX-License-Identifier: GPL-3.0-or-later
# Test programs compile their own code with -Og instead of the build type's -O2: it builds in
# about 60 % of the time (tst_hubabuse 10 s instead of 17 s), and a test's speed is that of the
# product code it drives, which keeps the build type's flags like every library. Applied once,
# from the top-level CMakeLists.txt, to every executable named tst_* under tests/, so a new
# test gets it without asking. Left as they are, because their own code's speed is measured or
# matters: the benchmarks (bench_*), tst_kioskqml (it also runs bench_memory), crashchild
# (tst_crash's kills are timed against its pace), the tools (faultproxy) and the test-support
# libraries the benchmarks link.
#
#   -DCIVIC_QUICK_TEST_BUILD=OFF   build the tests with the build type's flags too.
include_guard(GLOBAL)

option(CIVIC_QUICK_TEST_BUILD "Compile the tst_* programs' own code with -Og" ON)

function(civic_quick_test_build dir)
    if(NOT CIVIC_QUICK_TEST_BUILD OR NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        return()
    endif()
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "EXECUTABLE" AND target MATCHES "^tst_" AND NOT target STREQUAL "tst_kioskqml")
            # Only where the build type optimises: a Debug build stays at -O0.
            target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-Og>)
        endif()
    endforeach()
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        civic_quick_test_build(${subdir})
    endforeach()
endfunction()
