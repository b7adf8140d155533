#!/usr/bin/env python3
"""A stand-in for clang-tidy that misbehaves on purpose, to test scripts/validate's reports.

  fake_tidy.py REAL_CLANG_TIDY [clang-tidy arguments...]
--version and --list-checks are answered by the real clang-tidy. Otherwise the source file
(the last argument) decides: a file containing `fake:crash` crashes (SIGSEGV), `fake:hang`
sleeps past any timeout, `fake:break` gets a fix-it that deletes the `;` after it (the fixed
file no longer compiles), and `fake:again` gets a fix-it that inserts another `/*again*/`
before it (offered again at the same place on the fixed file: not idempotent).
"""
import os
import signal
import subprocess
import sys
import time


def main():
    real, args = sys.argv[1], sys.argv[2:]
    if "--version" in args or "--list-checks" in args:
        return subprocess.call([real] + args)
    source = args[-1]
    text = open(source, "rb").read()
    if b"fake:crash" in text:
        print("Stack dump:", flush=True)
        os.kill(os.getpid(), signal.SIGSEGV)
    if b"fake:hang" in text:
        time.sleep(120)
    diagnostics = []
    for marker, name, make in (
            (b"fake:break", "fake-break", lambda at: (text.index(b";", at), 1, "")),
            (b"fake:again", "fake-again", lambda at: (at - 2, 0, "/*again*/"))):
        if marker in text and (marker != b"fake:break" or b";" in text):
            at = text.index(marker)
            offset, length, replacement = make(at)
            line = text.count(b"\n", 0, at) + 1
            column = at - (text.rfind(b"\n", 0, at) + 1) + 1
            print("%s:%d:%d: warning: fake finding [%s]" % (source, line, column, name))
            diagnostics.append(
                "  - DiagnosticName:  %s\n    DiagnosticMessage:\n      Message: 'fake finding'\n"
                "      FilePath: '%s'\n      FileOffset: %d\n      Replacements:\n"
                "        - FilePath: '%s'\n          Offset: %d\n          Length: %d\n"
                "          ReplacementText: '%s'\n    Level: Warning\n    BuildDirectory: '%s'\n"
                % (name, source, at, source, offset, length, replacement, os.getcwd()))
    exports = [a.split("=", 1)[1] for a in args if a.startswith("--export-fixes=")]
    if exports and diagnostics:
        with open(exports[0], "w") as out:
            out.write("---\nMainSourceFile: '%s'\nDiagnostics:\n%s...\n"
                      % (source, "".join(diagnostics)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
