// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

/** Test helper: the URL of the PostgreSQL server a test may use —
    postgresql://USER@127.0.0.1:PORT/DATABASE — from the environment variable
    CIVIC_TEST_PG_URL, else from the file named by CIVIC_TEST_PG_URL_FILE (written by
    tests/hub/pgserver.sh, see tests/hub/postgres.cmake), else an empty string. */
QString civicTestPgUrl();
