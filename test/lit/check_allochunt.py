#!/usr/bin/env python3
"""Runs one AllocHunt check over a lit test file and verifies what it reports and fixes.

Usage (from a RUN line):
  %check_allochunt [-check-suffix=S | -check-suffixes=S1,S2] [-std=STD]
                   [-expect-clang-tidy-error] [-no-idempotency]
                   FILE CHECK-NAME TEMP [-- CLANG-TIDY-ARGS... [-- COMPILER-ARGS...]]

What it does, per language standard (-std=c++17-or-later runs c++17, c++20 and c++23;
a comma list runs each one named):
  1. copies FILE to TEMP.<ext> with every `// CHECK-...:` comment blanked (line numbers stay);
  2. runs clang-tidy with -fix and only CHECK-NAME enabled; no .clang-tidy file is read unless
     the test passes -config/--config-file itself;
  3. FileChecks the diagnostics against CHECK-MESSAGES (warnings and errors; any warning the
     test did not expect fails) or CHECK-NOTES (notes too), and the fixed file against
     CHECK-FIXES; a test with no CHECK-FIXES must leave the file unchanged;
  4. when fixes were applied, runs clang-tidy again on the fixed file: it must compile, and the
     second run must change nothing (fixes are idempotent).
With -check-suffix(es), the prefixes become CHECK-MESSAGES-S, CHECK-FIXES-S, CHECK-NOTES-S.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys

STANDARD_SETS = {
    "c++17-or-later": ["c++17", "c++20", "c++23"],
    "c++20-or-later": ["c++20", "c++23"],
    "c++23-or-later": ["c++23"],
}

DIAGNOSTIC = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note|remark): ")
FIXIT_NOTE = re.compile(r"note: FIX-IT applied suggested code changes$")
CHECK_COMMENT = re.compile(r"//\s*CHECK-[A-Z0-9\-]*:[^\r\n]*")


class TestFailure(Exception):
    pass


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clang-tidy", required=True,
                        help="clang-tidy command of the front end under test")
    parser.add_argument("-check-suffix", "-check-suffixes", dest="suffixes", default="")
    parser.add_argument("-std", dest="std", default="c++17-or-later")
    parser.add_argument("-expect-clang-tidy-error", action="store_true")
    parser.add_argument("-no-idempotency", action="store_true",
                        help="skip the second run (only for tests of deliberately "
                             "non-converging output, which a check should not have)")
    parser.add_argument("input_file")
    parser.add_argument("check_name")
    parser.add_argument("temp_file")
    # Split at the first '--' before argparse sees it: argparse would drop that '--' and
    # misread '-- -- COMPILER-ARGS' and '-- TIDY-ARGS -- COMPILER-ARGS'.
    own, rest = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv \
        else (argv, [])
    args = parser.parse_args(own)
    tidy_args, compiler_args = [], []
    if rest:
        if "--" in rest:
            split = rest.index("--")
            tidy_args, compiler_args = rest[:split], rest[split + 1:]
        else:
            tidy_args = rest
    return args, tidy_args, compiler_args


def standards_for(spec):
    if spec in STANDARD_SETS:
        return STANDARD_SETS[spec]
    return [s for s in spec.split(",") if s]


def prefixes(kind, suffixes):
    if not suffixes:
        return ["CHECK-" + kind]
    return ["CHECK-%s-%s" % (kind, s) for s in suffixes.split(",") if s]


def uses_prefix(text, names):
    return any(re.search(r"\b" + re.escape(n) + r"(-NOT|-NEXT|-SAME|-DAG|-EMPTY)?:", text)
               for n in names)


def run(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, **kwargs)


def diagnostics_only(output):
    """Keeps the diagnostic lines, without the FIX-IT bookkeeping notes and source excerpts."""
    kept = []
    for line in output.splitlines():
        if FIXIT_NOTE.search(line):
            continue
        if DIAGNOSTIC.match(line) or line.startswith("error: "):
            kept.append(line)
    return "\n".join(kept) + "\n"


def file_check(input_text, check_file, check_prefixes, extra, what, temp_base):
    input_path = temp_base + "." + what + ".txt"
    with open(input_path, "w") as f:
        f.write(input_text)
    cmd = ["FileCheck", "-input-file=" + input_path, check_file,
           "-check-prefixes=" + ",".join(check_prefixes)] + extra
    result = run(cmd)
    if result.returncode != 0:
        raise TestFailure("FileCheck of the %s failed:\n%s\n--- %s ---\n%s" %
                          (what, result.stdout, what, input_text))


def run_tidy(tidy_command, path, check_name, tidy_args, compiler_args, std):
    has_config = any(a.startswith(("-config", "--config")) for a in tidy_args)
    cmd = shlex.split(tidy_command) + [path, "-fix", "--checks=-*," + check_name]
    if not has_config:
        cmd.append("--config={}")
    cmd += tidy_args + ["--", "-std=" + std] + compiler_args
    return cmd, run(cmd)


def check_one_standard(args, tidy_args, compiler_args, std, original_text):
    ext = os.path.splitext(args.input_file)[1] or ".cpp"
    temp_base = "%s.%s" % (args.temp_file, std.replace("+", "x"))
    temp_source = temp_base + ext
    cleaned = CHECK_COMMENT.sub("//", original_text)
    os.makedirs(os.path.dirname(os.path.abspath(temp_source)), exist_ok=True)
    with open(temp_source, "w") as f:
        f.write(cleaned)

    cmd, result = run_tidy(args.clang_tidy, temp_source, args.check_name, tidy_args,
                           compiler_args, std)
    shown = "command: %s\n%s" % (" ".join(shlex.quote(c) for c in cmd), result.stdout)
    if result.returncode != 0 and not args.expect_clang_tidy_error:
        raise TestFailure("clang-tidy failed (exit %d):\n%s" % (result.returncode, shown))
    if args.expect_clang_tidy_error and result.returncode == 0:
        raise TestFailure("clang-tidy was expected to fail:\n" + shown)
    if "Fix conflicts with existing fix" in result.stdout:
        raise TestFailure("conflicting fix-its:\n" + shown)

    message_prefixes = prefixes("MESSAGES", args.suffixes)
    note_prefixes = prefixes("NOTES", args.suffixes)
    fix_prefixes = prefixes("FIXES", args.suffixes)
    diagnostics = diagnostics_only(result.stdout)
    if uses_prefix(original_text, note_prefixes):
        file_check(diagnostics, args.input_file, note_prefixes,
                   ["-implicit-check-not={{note|warning|error}}:"], "diagnostics", temp_base)
    elif uses_prefix(original_text, message_prefixes):
        without_notes = "\n".join(l for l in diagnostics.splitlines()
                                  if not DIAGNOSTIC.match(l) or
                                  DIAGNOSTIC.match(l).group(4) != "note") + "\n"
        file_check(without_notes, args.input_file, message_prefixes,
                   ["-implicit-check-not={{warning|error}}:"], "diagnostics", temp_base)
    elif re.search(r"(warning|error):", diagnostics):
        raise TestFailure("unexpected diagnostics (the test expects none):\n" + shown)

    with open(temp_source) as f:
        fixed = f.read()
    if uses_prefix(original_text, fix_prefixes):
        file_check(fixed, args.input_file, fix_prefixes, ["-strict-whitespace"],
                   "fixed file", temp_base)
    elif fixed != cleaned and not args.expect_clang_tidy_error:
        raise TestFailure("fix-its were applied but the test pins none (add CHECK-FIXES):\n"
                          + fixed)

    if fixed != cleaned and not args.no_idempotency:
        cmd, second = run_tidy(args.clang_tidy, temp_source, args.check_name, tidy_args,
                               compiler_args, std)
        with open(temp_source) as f:
            refixed = f.read()
        if second.returncode != 0 or re.search(r"\berror: ", second.stdout):
            raise TestFailure("the fixed file does not compile or clang-tidy failed on it:\n"
                              + second.stdout + "\n--- fixed file ---\n" + fixed)
        if refixed != fixed:
            raise TestFailure("fix-its are not idempotent: a second run changed the file "
                              "again:\n" + refixed)


def main(argv):
    args, tidy_args, compiler_args = parse_args(argv)
    with open(args.input_file) as f:
        original_text = f.read()
    failures = 0
    for std in standards_for(args.std):
        try:
            check_one_standard(args, tidy_args, compiler_args, std, original_text)
        except TestFailure as failure:
            failures += 1
            print("FAIL [-std=%s] %s" % (std, failure))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
