#!/usr/bin/env python3
"""Runs a command and fails unless it exits with one of the given statuses.

usage: expect_exit.py STATUS[,STATUS...] -- COMMAND...
Passes the command's output through. A crash (a signal) never matches.
"""
import subprocess
import sys

separator = sys.argv.index("--")
expected = {int(status) for status in sys.argv[1].split(",")}
result = subprocess.run(sys.argv[separator + 1:], timeout=300)
if result.returncode not in expected:
    print("expect_exit.py: %s exited with %d, expected %s"
          % (sys.argv[separator + 1], result.returncode, sorted(expected)), file=sys.stderr)
    sys.exit(1)
