# SPDX-License-Identifier: GPL-3.0-or-later
# A private PostgreSQL 15 server for the tests that need one (tests/hub/pgserver.sh): started
# once per ctest run by the fixture test pg_start, stopped and deleted by pg_stop.
#
#   civic_use_postgres(tst_something)
#
# makes tst_something require the fixture and tells it where the URL is: the environment
# variable CIVIC_TEST_PG_URL_FILE names a file holding postgresql://cityhub@127.0.0.1:PORT/
# cityhub_test (read it with civicTestPgUrl() from tests/common/pgurl.h). Call it after any
# set_tests_properties(… ENVIRONMENT …) of that test, which would replace the variable.
# Every test of one ctest run shares the one database: a test works in a schema of its own
# (or drops what it made), so tests stay independent in any order.
# A server that cannot start fails pg_start, and every test that requires it is not run.
include_guard(GLOBAL)

set(CIVIC_PG_DIR "${CMAKE_BINARY_DIR}/pg")
set(CIVIC_PG_SERVER "${CMAKE_CURRENT_LIST_DIR}/pgserver.sh")

add_test(NAME pg_start COMMAND "${CIVIC_PG_SERVER}" start "${CIVIC_PG_DIR}")
add_test(NAME pg_stop COMMAND "${CIVIC_PG_SERVER}" stop "${CIVIC_PG_DIR}")
set_tests_properties(pg_start PROPERTIES FIXTURES_SETUP postgres LABELS fixture TIMEOUT 120)
# DEPENDS orders the two even in a run where no test requires the fixture.
set_tests_properties(pg_stop PROPERTIES FIXTURES_CLEANUP postgres DEPENDS pg_start
                     LABELS fixture TIMEOUT 60)

function(civic_use_postgres test_name)
    set_property(TEST ${test_name} APPEND PROPERTY FIXTURES_REQUIRED postgres)
    set_property(TEST ${test_name} APPEND PROPERTY ENVIRONMENT
                 "CIVIC_TEST_PG_URL_FILE=${CIVIC_PG_DIR}/url")
endfunction()
