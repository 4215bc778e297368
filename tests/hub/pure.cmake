# SPDX-License-Identifier: GPL-3.0-or-later
# The hub's pure parts, no server and no database: the residents' pages (receipts, works) and the Open311
# facade (with a fake store). Included from tests/hub/CMakeLists.txt.
foreach(name tst_phonepage tst_open311 tst_workpage)
    qt_add_executable(${name} ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp)
    target_link_libraries(${name} PRIVATE civichub civiccore civictestsupport Qt6::Test)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS unit ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endforeach()
target_link_libraries(tst_open311 PRIVATE civicopen311schema)

# Sample pages land here for screenshots (tests/hub/phonepage-screenshots.sh).
target_compile_definitions(tst_phonepage PRIVATE PHONE_PAGE_OUT_DIR="${CMAKE_CURRENT_BINARY_DIR}/phonepage")
