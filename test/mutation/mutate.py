#!/usr/bin/env python3
"""Mutation testing of the allochunt checks: derive mutants of the lit inputs, run every check.

  test/mutation/mutate.py --clang-tidy CMD [--budget SECONDS] [--max-mutants N] [--seed S]
                          [--timeout SECONDS] [--jobs N] [--keep DIR] [INPUT...]

INPUT defaults to every test/lit/checks/*.cpp. Each mutant is one of: a token deleted, a token
duplicated, two identifiers swapped, a call wrapped in a function-like macro, a function made a
template, a type spelled through a new alias, the file truncated. The mutants are derived in a
fixed order from --seed, so a run is repeatable; the run stops at --budget seconds or
--max-mutants mutants, whichever comes first. Every mutant runs through every allochunt check
with -fix, and fails when
  - clang-tidy crashes (a signal, "Stack dump") or exceeds --timeout (a hang);
  - a fix-it edits text inside the macro invocation the mutant added;
  - the mutant compiled and the fixed file does not;
  - the checks offer a fix again on the fixed file (a fix must be idempotent).
Failing mutants are written to --keep (default: a temporary folder) with the command that
reproduces them. Exit status: 0 when every mutant passes, 1 when one fails, 2 on a set-up error.
"""

import argparse
import glob
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = re.compile(r"""
    (?P<skip>//[^\n]*|/\*.*?\*/|\s+|\#[^\n]*)
  | (?P<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<number>\d[\w.']*)
  | (?P<punct>::|->|<<=|>>=|<=>|&&|\|\||[-+*/%&|^!=<>]=|\+\+|--|<<|[^\s\w])
""", re.S | re.X)
KEYWORDS = set("""alignas alignof auto bool break case catch char char8_t char16_t char32_t class
const consteval constexpr constinit const_cast continue co_await co_return co_yield decltype
default delete do double dynamic_cast else enum explicit export extern false float for friend
goto if inline int long mutable namespace new noexcept nullptr operator private protected public
register reinterpret_cast requires return short signed sizeof static static_assert static_cast
struct switch template this thread_local throw true try typedef typeid typename union unsigned
using virtual void volatile wchar_t while include define""".split())
FUNCTION_START = re.compile(r"^(?:static |inline )*[A-Za-z_][\w:<>, *&]*[\s*&]+[A-Za-z_]\w*\([^;]*\)\s*(?:const\s*)?\{\s*$")
WRAP = "ALLOCHUNT_MUTANT_WRAP"


def tokens(text):
    """The (kind, start, end) of each token outside comments and preprocessor lines."""
    out = []
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        if kind != "skip":
            out.append((kind, match.start(), match.end()))
    return out


def matching_paren(text, open_at):
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        elif text[i] in ";{}":
            return None
    return None


def mutate(text, rng):
    """One mutant of text: (kind, mutated text, the added macro's span or None), or None."""
    toks = tokens(text)
    if not toks:
        return None
    kind = rng.choice(["delete", "duplicate", "swap", "wrap", "template", "alias", "truncate"])
    if kind in ("delete", "duplicate"):
        _, start, end = rng.choice(toks)
        if kind == "delete":
            return kind, text[:start] + text[end:], None
        return kind, text[:start] + text[start:end] + " " + text[start:], None
    if kind == "swap":
        names = [t for t in toks if t[0] == "ident" and text[t[1]:t[2]] not in KEYWORDS]
        if len(names) < 2:
            return None
        first, second = sorted(rng.sample(names, 2), key=lambda t: t[1])
        a, b = text[first[1]:first[2]], text[second[1]:second[2]]
        return kind, (text[:first[1]] + b + text[first[2]:second[1]] + a + text[second[2]:]), None
    if kind == "wrap":
        calls = [t for i, t in enumerate(toks[:-1])
                 if t[0] == "ident" and text[toks[i + 1][1]:toks[i + 1][2]] == "("
                 and text[t[1]:t[2]] not in KEYWORDS]
        rng.shuffle(calls)
        for _, start, end in calls:
            close = matching_paren(text, text.index("(", end))
            if close is None:
                continue
            head = "#define %s(...) __VA_ARGS__\n" % WRAP
            body = text[:start] + WRAP + "(" + text[start:close + 1] + ")" + text[close + 1:]
            offset = len(head)
            return kind, head + body, (offset + start, offset + close + 1 + len(WRAP) + 2)
        return None
    if kind == "template":
        lines = text.split("\n")
        starts = [i for i, line in enumerate(lines) if FUNCTION_START.match(line)
                  and not line.startswith(("template", "int main"))]
        if not starts:
            return None
        i = rng.choice(starts)
        lines[i] = "template <typename AllocHuntMutantT = void> " + lines[i]
        return kind, "\n".join(lines), None
    if kind == "alias":
        spots = [m for m in re.finditer(r"std::(?:string|vector<[\w:]+>|map<[\w:, ]+>)\b", text)]
        if not spots:
            return None
        spot = rng.choice(spots)
        last_include = max((m.end() for m in re.finditer(r"^#include[^\n]*", text, re.M)),
                           default=0)
        if spot.start() < last_include:
            return None
        alias = "\nusing AllocHuntMutantType = %s;\n" % spot.group(0)
        body = text[:spot.start()] + "AllocHuntMutantType" + text[spot.end():]
        return kind, body[:last_include] + alias + body[last_include:], None
    cut = rng.randrange(len(text))
    return "truncate", text[:cut], None


def run_tidy(args, path, extra, timeout, fixes):
    command = args.clang_tidy + ["--config={}", "--checks=-*,allochunt-*", "-fix",
                                 "-export-fixes=" + fixes, path, "--"] + extra
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout, text=True, errors="replace")
    except subprocess.TimeoutExpired:
        return "hang", "", command
    if done.returncode < 0 or "Stack dump" in done.stdout or "PLEASE submit" in done.stdout:
        return "crash", done.stdout, command
    return "ok", done.stdout, command


def replacement_offsets(fixes):
    """(offset, length) of each replacement in an --export-fixes file."""
    if not os.path.exists(fixes):
        return []
    text = open(fixes, encoding="utf-8", errors="replace").read()
    return [(int(o), int(n)) for o, n in
            re.findall(r"Offset:\s+(\d+)\s+Length:\s+(\d+)", text)]


def compiler_errors(output):
    return [line for line in output.splitlines()
            if re.search(r": error: .*\[clang-diagnostic-", line)
            or re.search(r": error: (?!.*\[)", line)]


def check_mutant(args, work, number, source, kind, text, macro_span):
    folder = os.path.join(work, "m%05d" % number)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, os.path.basename(source))
    for name in (path, path + ".mutant"):  # the .mutant copy survives the fix
        with open(name, "w", encoding="utf-8") as out:
            out.write(text)
    extra = ["-std=c++20", "-I", os.path.join(os.path.dirname(source), "Inputs"),
             "-ferror-limit=0"]
    status, output, command = run_tidy(args, path, extra, args.timeout,
                                       os.path.join(folder, "fixes.yaml"))
    if status != "ok":
        return folder, status, command
    edits = replacement_offsets(os.path.join(folder, "fixes.yaml"))
    compiled = not compiler_errors(output)
    if not edits or not compiled:
        shutil.rmtree(folder)
        return "compiled" if compiled else "did not compile"
    if macro_span and any(o < macro_span[1] and o + n > macro_span[0] for o, n in edits):
        return folder, "fix inside a macro expansion", command
    status, output, command = run_tidy(args, path, extra, args.timeout,
                                       os.path.join(folder, "again.yaml"))
    if status != "ok":
        return folder, status + " (on the fixed file)", command
    if compiler_errors(output):
        return folder, "the fixed file no longer compiles", command
    if replacement_offsets(os.path.join(folder, "again.yaml")):
        return folder, "a fix is offered again after it was applied", command
    shutil.rmtree(folder)
    return "fixed"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clang-tidy", required=True, type=shlex.split,
                        help="the clang-tidy command with the allochunt checks")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds (default 60)")
    parser.add_argument("--max-mutants", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds per clang-tidy run before it counts as a hang")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", help="folder for failing mutants (default: a temporary one)")
    parser.add_argument("inputs", nargs="*")
    args = parser.parse_args(argv)
    inputs = sorted(args.inputs or glob.glob(os.path.join(ROOT, "test/lit/checks/*.cpp")))
    if not inputs:
        print("mutate.py: no inputs", file=sys.stderr)
        return 2
    sources = {path: re.sub(r"//\s*(?:CHECK|RUN)[^\n]*", "", open(path, encoding="utf-8").read())
               for path in inputs}
    work = args.keep or tempfile.mkdtemp(prefix="allochunt-mutants-")
    os.makedirs(work, exist_ok=True)
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.budget
    counts, outcomes, failures = {}, {}, []

    def record(result):
        if isinstance(result, str):
            outcomes[result] = outcomes.get(result, 0) + 1
        else:
            failures.append(result)

    def plan():
        number = 0
        while number < args.max_mutants:
            source = inputs[number % len(inputs)]
            mutant = mutate(sources[source], rng)
            number += 1
            if mutant:
                yield number, source, mutant

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        pending = []
        for number, source, (kind, text, span) in plan():
            if time.monotonic() > deadline:
                break
            counts[kind] = counts.get(kind, 0) + 1
            pending.append(pool.submit(check_mutant, args, work, number, source, kind, text,
                                       span))
            if len(pending) >= args.jobs:
                record(pending.pop(0).result())
        for future in pending:
            record(future.result())
    total = sum(counts.values())
    print("mutate.py: %d mutants (%s), seed %d, %.0f s" % (
        total, ", ".join("%s %d" % kv for kv in sorted(counts.items())), args.seed,
        args.budget - max(0.0, deadline - time.monotonic())))
    print("mutate.py: %s" % ", ".join("%s %d" % kv for kv in sorted(outcomes.items())))
    for folder, what, command in failures:
        print("FAIL %s: %s\n  %s" % (folder, what, " ".join(shlex.quote(c) for c in command)))
    print("mutate.py: %d failing" % len(failures))
    if not args.keep and not failures:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
