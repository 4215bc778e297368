#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every tests/browser/test_*.py (or the modules named on the command line) and exits
non-zero on any failure, or when the browser tools are missing: a browser test that cannot
run must not pass quietly."""

import os
import shutil
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def missing_tools():
    import hubfixture as hf
    problems = []
    try:
        import selenium  # noqa: F401
    except ImportError:
        problems.append(f"python3-selenium is not importable by {sys.executable}")
    for path, package in ((hf.CHROMIUM, "chromium"), (hf.CHROMEDRIVER, "chromium-driver")):
        if not (os.path.exists(path) or shutil.which(path)):
            problems.append(f"{path} is missing (Debian package {package})")
    if not os.access(hf.CITY_HUB, os.X_OK):
        problems.append(f"{hf.CITY_HUB} is not built")
    return problems


def main(argv):
    problems = missing_tools()
    if problems:
        for p in problems:
            print("browser tests cannot run:", p, file=sys.stderr)
        print("install deploy/packages-test.txt (deploy/setup.sh packages-test.txt)", file=sys.stderr)
        return 1
    loader = unittest.TestLoader()
    if argv:
        suite = loader.loadTestsFromNames([a.removesuffix(".py") for a in argv])
    else:
        suite = loader.discover(HERE, pattern="test_*.py", top_level_dir=HERE)
    started = time.monotonic()
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    print(f"browser tests on {os.environ.get('CIVIC_BROWSER_DB', 'sqlite')}: {result.testsRun} tests in "
          f"{time.monotonic() - started:.1f} s")
    return 0 if result.wasSuccessful() and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
