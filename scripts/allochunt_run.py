#!/usr/bin/env python3
"""Runs clang-tidy with the allochunt checks over a compile database, in parallel.

This is the one runner behind ./run.sh, scripts/validate and bench/bench.py. It models a set
of translation units (from a compile_commands.json, or from a CMake project it configures out
of tree to get one), each analyzed by its own clang-tidy process under a timeout, with the
process's wall time and peak memory measured and its output parsed into diagnostics. It does
not apply or judge fixes (scripts/validate does) nor compare configurations (bench/bench.py).

As a command, it is what ./run.sh runs:
  allochunt_run.py [DIR] [-j N] [--checks GLOBS] [--clang-tidy CMD] [--config YAML] ...
DIR is a folder with compile_commands.json or a CMake project (default: examples/). It prints
every finding once (a header seen by many translation units reports once), then a per-check
table. Exit status: 0 when every translation unit was analyzed (findings are not an error),
1 when one crashed, hung, failed to compile or clang-tidy failed, 2 on a usage or set-up error.
"""

import argparse
import concurrent.futures
import dataclasses
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# An upstream check with a narrow matcher (namespace aliases) and nothing to say about most code:
# enabled where clang-tidy needs at least one check, and the benchmark's baseline.
TRIVIAL_CHECK = "misc-unused-alias-decls"
DEFAULT_TIMEOUT = 600.0

DIAGNOSTIC = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<level>warning|error|fatal error|note|remark): (?P<message>.*?)"
    r"(?: \[(?P<check>[^\[\]\s]+)\])?$")
SNIPPET = re.compile(r"^\s+(\d+ )?\|")
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:", "LLVM ERROR:")


class SetupError(Exception):
    """Something the user must fix before anything can run (a missing tool, a bad DIR)."""


# --- Where the tools are -------------------------------------------------------------------

def llvm_version(requested=None):
    return str(requested or os.environ.get("LLVM_VERSION", "19"))


def build_dir(version):
    """The build directory test.sh and run.sh use for an LLVM major version."""
    return PROJECT_ROOT / ("build" if version == "19" else "build-%s" % version)


def default_tidy(version):
    return [str(build_dir(version) / "bin" / "allochunt-tidy")]


def tidy_major(tidy):
    """The LLVM major version of a clang-tidy command (from --version)."""
    try:
        out = subprocess.run(tidy + ["--version"], capture_output=True, text=True, check=False)
    except OSError as error:
        raise SetupError("cannot run %s: %s" % (shlex.join(tidy), error)) from error
    match = re.search(r"LLVM version (\d+)", out.stdout + out.stderr)
    if not match:
        raise SetupError("%s --version did not name an LLVM version:\n%s"
                         % (shlex.join(tidy), out.stdout + out.stderr))
    return match.group(1)


def llvm_tool(name, major):
    """An LLVM tool of the given major version (clang-apply-replacements, clang++, ...)."""
    for candidate in ("/usr/lib/llvm-%s/bin/%s" % (major, name), "%s-%s" % (name, major)):
        found = shutil.which(candidate)
        if found:
            return found
    raise SetupError("%s for LLVM %s not found (install clang-tools-%s / clang-%s)"
                     % (name, major, major, major))


def registered_checks(tidy):
    """The allochunt checks the front end registers (none is a valid answer)."""
    cmd = tidy + ["--config={}", "--checks=-*,allochunt-*", "--allow-no-checks", "--list-checks"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SetupError("%s failed:\n%s" % (shlex.join(cmd), out.stdout + out.stderr))
    return sorted(line.strip() for line in out.stdout.splitlines()
                  if line.startswith((" ", "\t")) and line.strip().startswith("allochunt-"))


def checks_glob(checks_override, registered):
    """The --checks value: the override, else every allochunt check.

    clang-tidy refuses to run with no check enabled, so with no allochunt check registered the
    trivial upstream check keeps the run going (it still parses every TU, which is what a smoke
    test needs)."""
    if checks_override:
        return checks_override if checks_override.startswith("-*") else "-*," + checks_override
    if registered:
        return "-*,allochunt-*"
    return "-*,allochunt-*," + TRIVIAL_CHECK


# --- Translation units ---------------------------------------------------------------------

@dataclasses.dataclass
class TranslationUnit:
    file: str          # absolute, normalized
    directory: str     # absolute working directory of the compile command
    arguments: list    # the compile command, argv form

    def rewritten(self, old_root, new_root):
        """The same compile command for a copy of the tree at new_root."""
        def move(text):
            if text == old_root:
                return new_root
            return text.replace(old_root + os.sep, new_root + os.sep)
        return TranslationUnit(move(self.file), move(self.directory),
                               [move(a) for a in self.arguments])

    def syntax_only_command(self, extra=()):
        """The compile command with -c/-o and dependency outputs dropped, -fsyntax-only added."""
        args, skip = [], False
        for arg in self.arguments:
            if skip:
                skip = False
                continue
            if arg in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if arg in ("-c", "-M", "-MM", "-MD", "-MMD", "-MP", "-fsyntax-only") or \
                    (arg.startswith("-o") and len(arg) > 2 and not arg.startswith("-obj")) or \
                    arg.startswith(("-MF", "-MT", "-MQ")):
                continue
            args.append(arg)
        return args + ["-fsyntax-only"] + list(extra)


def load_compile_db(db_dir):
    """The translation units of db_dir/compile_commands.json, one per source file, in order."""
    path = Path(db_dir) / "compile_commands.json"
    try:
        entries = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise SetupError("cannot read %s: %s" % (path, error)) from error
    units, seen = [], set()
    for entry in entries:
        directory = os.path.normpath(os.path.join(str(db_dir), entry.get("directory", ".")))
        file = os.path.normpath(os.path.join(directory, entry["file"]))
        if file in seen:
            continue
        seen.add(file)
        arguments = entry.get("arguments") or shlex.split(entry.get("command", ""))
        units.append(TranslationUnit(file, directory, list(arguments)))
    return units


def write_compile_db(db_dir, units):
    Path(db_dir).mkdir(parents=True, exist_ok=True)
    entries = [{"directory": u.directory, "file": u.file, "arguments": u.arguments}
               for u in units]
    (Path(db_dir) / "compile_commands.json").write_text(json.dumps(entries, indent=2) + "\n")


def sample(units, size):
    """A deterministic sample of size units spread over the database (all when size is 0)."""
    if not size or size >= len(units):
        return list(units)
    step = len(units) / size
    return [units[int(i * step)] for i in range(size)]


@dataclasses.dataclass
class Project:
    db_dir: str        # the folder with compile_commands.json
    source_root: str   # the tree the sources (and fixes) live in
    units: list


def cmake_source_dir(db_dir):
    cache = Path(db_dir) / "CMakeCache.txt"
    if cache.is_file():
        for line in cache.read_text(errors="replace").splitlines():
            if line.startswith("CMAKE_HOME_DIRECTORY:"):
                return line.split("=", 1)[1].strip()
    return None


def configure_cmake(source, out, major, cmake_args=()):
    """Configures a CMake project into out (outside its tree) for a compile database."""
    out.mkdir(parents=True, exist_ok=True)
    cmd = ["cmake", "-S", str(source), "-B", str(out), "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"]
    if not (out / "CMakeCache.txt").exists():
        if shutil.which("ninja"):
            cmd += ["-G", "Ninja"]
        for lang, compiler in (("CXX", "clang++"), ("C", "clang")):
            found = shutil.which("%s-%s" % (compiler, major))
            if found:
                cmd.append("-DCMAKE_%s_COMPILER=%s" % (lang, found))
    cmd += list(cmake_args)
    log = out / "allochunt-configure.log"
    with open(log, "w") as stream:
        status = subprocess.run(cmd, stdout=stream, stderr=subprocess.STDOUT, check=False)
    if status.returncode != 0 or not (out / "compile_commands.json").exists():
        tail = "".join(log.read_text(errors="replace").splitlines(True)[-20:])
        raise SetupError("configuring %s failed (%s):\n%s" % (source, log, tail))


def open_project(directory, work_root, major, source_root=None, cmake_args=()):
    """The compile database of directory: its own, or one from configuring it with CMake.

    A CMake project is configured into work_root/run/<name>-<hash>, outside its source tree.
    The source root (where fixes may be applied) is, in order: source_root if given, the CMake
    source of a CMake build directory, directory itself when it holds sources, else the common
    folder of every translation unit."""
    directory = Path(directory).resolve()
    if not directory.is_dir():
        raise SetupError("%s is not a directory" % directory)
    if (directory / "compile_commands.json").is_file():
        db_dir = directory
    elif (directory / "CMakeLists.txt").is_file():
        digest = hashlib.sha1(str(directory).encode()).hexdigest()[:8]
        db_dir = Path(work_root) / "run" / ("%s-%s" % (directory.name, digest))
        configure_cmake(directory, db_dir, major, cmake_args)
    else:
        raise SetupError("%s has neither compile_commands.json nor CMakeLists.txt" % directory)
    units = load_compile_db(db_dir)
    if not units:
        raise SetupError("%s/compile_commands.json lists no translation unit" % db_dir)
    root = source_root or cmake_source_dir(db_dir)
    if not root and db_dir != directory:
        root = str(directory)
    if not root and any(u.file.startswith(str(directory) + os.sep) for u in units):
        root = str(directory)
    if not root:
        root = os.path.commonpath([os.path.dirname(u.file) for u in units])
    return Project(str(db_dir), os.path.realpath(str(root)), units)


# --- One process ---------------------------------------------------------------------------

@dataclasses.dataclass
class ProcessResult:
    returncode: int    # negative: killed by that signal
    output: str        # stdout and stderr, interleaved
    seconds: float     # wall time
    max_rss_kib: int   # peak resident set size
    timed_out: bool
    cpu_seconds: float = 0.0   # user + system time of the process


def run_process(cmd, cwd=None, timeout=None):
    """Runs cmd and measures its wall time, CPU time and peak memory (getrusage of that child
    alone, so concurrent runs do not blur each other's numbers)."""
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT)
        lock, state = threading.Lock(), {"exited": False, "timed_out": False}

        def kill_on_timeout():
            with lock:
                if not state["exited"]:
                    state["timed_out"] = True
                    os.kill(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill_on_timeout) if timeout else None
        if timer:
            timer.start()
        # Wait without reaping first, so the timer can never signal a recycled pid.
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
        with lock:
            state["exited"] = True
        if timer:
            timer.cancel()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", errors="replace")
    return ProcessResult(proc.returncode, text, seconds, usage.ru_maxrss, state["timed_out"],
                         usage.ru_utime + usage.ru_stime)


# --- One clang-tidy run --------------------------------------------------------------------

@dataclasses.dataclass
class Diagnostic:
    file: str
    line: int
    col: int
    level: str
    message: str
    check: str
    text: str          # as clang-tidy printed it (file made absolute), with snippet and notes

    def shown(self, root):
        """The text with the file name relative to root when it is under root."""
        return display_path(self.file, root) + self.text[len(self.file):]

    def key(self):
        return (self.file, self.line, self.col, self.level, self.check, self.message)


def parse_diagnostics(output, directory="."):
    """The warnings and errors in clang-tidy's output; notes and snippets stay in their text.

    File names are made absolute against directory (the compile command's working directory,
    against which clang-tidy prints the relative names it was given)."""
    diagnostics, current = [], None
    for line in output.splitlines():
        match = DIAGNOSTIC.match(line)
        if match and match.group("level") != "note":
            file = os.path.realpath(os.path.join(directory, match.group("file")))
            current = Diagnostic(file, int(match.group("line")),
                                 int(match.group("col")), match.group("level"),
                                 match.group("message"), match.group("check") or "",
                                 file + line[len(match.group("file")):])
            diagnostics.append(current)
        elif current is not None and (match or SNIPPET.match(line)):
            current.text += "\n" + line
        else:
            current = None
    return diagnostics


@dataclasses.dataclass
class TidyResult:
    unit: TranslationUnit
    process: ProcessResult
    status: str        # ok, compile-error, tool-error, crash, timeout
    diagnostics: list
    fixes_file: str = None

    def findings(self):
        """Warnings reported by enabled checks (compiler warnings are not findings)."""
        return [d for d in self.diagnostics
                if d.level == "warning" and d.check and not d.check.startswith("clang-")]

    def errors(self):
        return [d for d in self.diagnostics if d.level in ("error", "fatal error")]

    def failed(self):
        return self.status != "ok"

    def explanation(self):
        """A few lines saying why the run failed."""
        if self.status == "timeout":
            return "no result within the timeout (%.0f s)" % self.process.seconds
        lines = self.process.output.splitlines()
        if self.status == "crash":
            start = next((i for i, l in enumerate(lines) if any(m in l for m in CRASH_MARKERS)),
                         max(0, len(lines) - 12))
            return "\n".join(lines[start:start + 12])
        errors = self.errors()
        if errors:
            return "\n".join(e.text.splitlines()[0] for e in errors[:5])
        return "\n".join(lines[-8:])


def classify(process, diagnostics):
    if process.timed_out:
        return "timeout"
    if process.returncode < 0 or any(m in process.output for m in CRASH_MARKERS):
        return "crash"
    compile_errors = [d for d in diagnostics if d.level in ("error", "fatal error")
                      and (not d.check or d.check.startswith("clang-diagnostic"))]
    other_errors = [d for d in diagnostics if d.level in ("error", "fatal error")
                    and d.check and not d.check.startswith("clang-diagnostic")]
    if other_errors:
        return "tool-error"
    if process.returncode != 0:
        return "compile-error" if compile_errors else "tool-error"
    return "ok"


@dataclasses.dataclass
class TidyOptions:
    """How each clang-tidy process runs (everything but the translation unit)."""
    tidy: list                 # the clang-tidy command (allochunt-tidy, or clang-tidy -load ...)
    checks: str                # the --checks value
    db_dir: str
    source_root: str = None    # report only diagnostics in the main file or under this root
    header_filter: str = ".*"  # what clang-tidy reports before that (system headers never)
    config: str = None         # --config; None reads the project's .clang-tidy files
    timeout: float = DEFAULT_TIMEOUT
    extra: tuple = ()          # more clang-tidy arguments


def run_tidy(options, unit, fixes_file=None, extra=()):
    cmd = list(options.tidy) + ["-p", options.db_dir, "--checks=" + options.checks,
                                "--warnings-as-errors=-*", "--quiet"]
    if options.config is not None:
        cmd.append("--config=" + options.config)
    if options.header_filter:
        cmd.append("--header-filter=" + options.header_filter)
    if fixes_file:
        cmd.append("--export-fixes=" + fixes_file)
    cmd += list(options.extra) + list(extra) + [unit.file]
    process = run_process(cmd, cwd=unit.directory, timeout=options.timeout)
    diagnostics = parse_diagnostics(process.output, unit.directory)
    status = classify(process, diagnostics)
    if options.source_root:
        main_file = os.path.realpath(unit.file)
        diagnostics = [d for d in diagnostics if d.file == main_file or
                       d.file.startswith(options.source_root.rstrip(os.sep) + os.sep)]
    return TidyResult(unit, process, status, diagnostics, fixes_file)


# --- Many at once ----------------------------------------------------------------------------

def default_jobs():
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def display_path(path, root):
    if root and path.startswith(root.rstrip(os.sep) + os.sep):
        return os.path.relpath(path, root)
    return path


def run_parallel(items, work, jobs, label=None, stream=sys.stderr):
    """work(item) for every item on jobs threads; results in input order.

    With label, prints one progress line per finished item: `[n/N] label(item) (detail)`,
    where detail comes from the result's progress_detail() when it has one."""
    results = [None] * len(items)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(work, item): index for index, item in enumerate(items)}
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            index = futures[future]
            results[index] = future.result()
            if label:
                detail = progress_detail(results[index])
                print("[%d/%d] %s%s" % (done, len(items), label(items[index]),
                                        " (%s)" % detail if detail else ""),
                      file=stream, flush=True)
    return results


def progress_detail(result):
    if not isinstance(result, TidyResult):
        return ""
    if result.failed():
        return "%s, %.1f s" % (result.status.upper(), result.process.seconds)
    count = len(result.findings())
    return "%.1f s%s" % (result.process.seconds,
                         ", %d finding%s" % (count, "" if count == 1 else "s") if count else "")


def unique_findings(results):
    """Every finding once, in file/line order: a header seen by many TUs reports once."""
    seen = {}
    for result in results:
        for finding in result.findings():
            seen.setdefault(finding.key(), finding)
    return sorted(seen.values(), key=lambda d: (d.file, d.line, d.col, d.check, d.message))


def markdown_table(header, rows, align=None):
    """A Markdown table whose columns line up in a terminal too."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    align = align or ["l"] + ["r"] * (len(header) - 1)

    def fmt(row):
        return "| " + " | ".join(c.rjust(w) if a == "r" else c.ljust(w)
                                 for c, w, a in zip(row, widths, align)) + " |"
    rule = "| " + " | ".join(("-" * (w - 1) + ":") if a == "r" else "-" * w
                             for w, a in zip(widths, align)) + " |"
    return "\n".join([fmt(cells[0]), rule] + [fmt(row) for row in cells[1:]])


def findings_table(findings, checks):
    """Per check: findings and the files they are in (every named check, even with none)."""
    names = sorted(set(checks) | {f.check for f in findings})
    rows = []
    for name in names:
        mine = [f for f in findings if f.check == name]
        rows.append([name, len(mine), len({f.file for f in mine})])
    rows.append(["total", len(findings), len({f.file for f in findings})])
    return markdown_table(["Check", "Findings", "Files"], rows)


def failure_report(results, root):
    lines = []
    for result in results:
        if result.failed():
            lines.append("%s: %s" % (display_path(result.unit.file, root), result.status))
            lines += ["    " + l for l in result.explanation().splitlines()]
    return "\n".join(lines)


# --- ./run.sh --------------------------------------------------------------------------------

def add_common_arguments(parser):
    """The options ./run.sh, scripts/validate and bench/bench.py share."""
    parser.add_argument("-j", "--jobs", type=int, default=default_jobs(),
                        help="clang-tidy processes at once (default: all cores)")
    parser.add_argument("--llvm-version", default=None,
                        help="LLVM major version whose build to use (default: $LLVM_VERSION or 19)")
    parser.add_argument("--clang-tidy", default=None,
                        help="clang-tidy command (default: <build>/bin/allochunt-tidy)")
    parser.add_argument("--checks", default=None,
                        help="--checks globs instead of every allochunt check")
    parser.add_argument("--config", default=None,
                        help="--config for clang-tidy (default: the project's .clang-tidy files)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help="seconds per translation unit before it counts as a hang")
    parser.add_argument("--cmake-arg", action="append", default=[],
                        help="extra argument when configuring a CMake project (repeatable)")
    parser.add_argument("--work-dir", default=None,
                        help="where CMake projects are configured, under run/ "
                             "(default: the build directory)")
    parser.add_argument("--source-root", default=None,
                        help="root of the project's sources (default: found from DIR)")
    parser.add_argument("--sample", type=int, default=0,
                        help="analyze only this many translation units, spread evenly")


def work_dir(args):
    """Where a CMake project given as DIR is configured (under run/)."""
    return Path(args.work_dir) if args.work_dir else build_dir(llvm_version(args.llvm_version))


def resolve_tools(args):
    """(tidy command, its LLVM major version) from the common arguments."""
    version = llvm_version(args.llvm_version)
    tidy = shlex.split(args.clang_tidy) if args.clang_tidy else default_tidy(version)
    if not args.clang_tidy and not Path(tidy[0]).exists():
        raise SetupError("%s is not built; run scripts/build.sh %s %s"
                         % (tidy[0], version, build_dir(version).name))
    return tidy, tidy_major(tidy)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Analyze a project with every allochunt check and summarize the findings.")
    parser.add_argument("directory", nargs="?", default=str(PROJECT_ROOT / "examples"),
                        help="folder with compile_commands.json, or a CMake project "
                             "(default: examples/)")
    parser.add_argument("--header-filter", default=".*",
                        help="headers to report findings in, within the source root (default: all)")
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    try:
        tidy, major = resolve_tools(args)
        checks = registered_checks(tidy)
        project = open_project(args.directory, work_dir(args), major, args.source_root,
                               args.cmake_arg)
    except SetupError as error:
        print("run: %s" % error, file=sys.stderr)
        return 2
    units = sample(project.units, args.sample)
    options = TidyOptions(tidy, checks_glob(args.checks, checks), project.db_dir,
                          project.source_root, args.header_filter, args.config, args.timeout)
    print("Analyzing %d translation units of %s with %s (%d allochunt checks, -j %d)"
          % (len(units), project.source_root, os.path.basename(tidy[0]), len(checks), args.jobs),
          file=sys.stderr, flush=True)
    start = time.monotonic()
    results = run_parallel(units, lambda unit: run_tidy(options, unit), args.jobs,
                           label=lambda unit: display_path(unit.file, project.source_root))
    elapsed = time.monotonic() - start
    findings = unique_findings(results)
    for finding in findings:
        print(finding.shown(project.source_root))
    if findings:
        print()
    print(findings_table(findings, checks))
    failed = [r for r in results if r.failed()]
    print("\n%d translation units analyzed in %.1f s, %d failed"
          % (len(results), elapsed, len(failed)))
    if failed:
        print("\nFailed translation units:\n" + failure_report(failed, project.source_root))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
