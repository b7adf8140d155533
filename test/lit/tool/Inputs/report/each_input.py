#!/usr/bin/env python3
"""Runs a command on each file of a directory; fails on an unexpected exit status or a hang.

usage: each_input.py DIRECTORY STATUS[,STATUS...] -- COMMAND...   (the file is appended)
README.md files are skipped. Each run may take 60 seconds.
"""
import os
import subprocess
import sys

directory, statuses = sys.argv[1], {int(s) for s in sys.argv[2].split(",")}
command = sys.argv[sys.argv.index("--") + 1:]
inputs = sorted(name for name in os.listdir(directory) if name != "README.md")
for name in inputs:
    path = os.path.join(directory, name)
    try:
        result = subprocess.run(command + [path], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, timeout=60)
    except subprocess.TimeoutExpired:
        sys.exit("each_input.py: %s: timed out" % path)
    if result.returncode not in statuses:
        sys.exit("each_input.py: %s: exit status %d\n%s"
                 % (path, result.returncode, result.stderr.decode(errors="replace")[-3000:]))
print("each_input.py: %d inputs, all exited with %s" % (
    len(inputs), " or ".join(", ".join(str(s) for s in sorted(statuses)).rsplit(", ", 1))))
