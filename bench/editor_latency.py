#!/usr/bin/env python3
"""Measures what a user feels in the editor: diagnostics latency of allochunt-clangd and clangd.

  bench/editor_latency.py --allochunt-clangd build/bin/allochunt-clangd
                          [--clangd /usr/lib/llvm-19/bin/clangd] [--repeat 5]
                          [--checks 'performance-*'] [--std c++20] [--output FILE] [FILE...]

For each FILE (default: bench/tus/*.cpp) and each server configuration
  clangd                the distribution's clangd with the upstream checks in --checks
  allochunt-clangd      allochunt-clangd with the same upstream checks
  + allochunt-*         allochunt-clangd with those checks and every allochunt check
it drives the server over LSP as an editor does: open the file (time to the first
publishDiagnostics: preamble and first parse), make a one-character edit (a space at the end of
the first line) and time the diagnostics of the new version (the main file re-parsed on the
preamble, what a user waits for while typing). Configurations are interleaved in a rotating
order in every repetition, each a fresh server process; the table gives medians and each
configuration's median ratio to plain clangd. The output is Markdown (docs/performance.md).
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "test", "lit", "tool", "Inputs"))
from lsp_quick_fix import LspServer  # noqa: E402  (the LSP client the editor tests use)


def diagnostics_of(server, uri, version, deadline):
    def published(message):
        return (message.get("method") == "textDocument/publishDiagnostics"
                and message["params"]["uri"] == uri
                and message["params"].get("version") == version)
    return server.wait(published, deadline, "diagnostics of version %d" % version)


def measure(clangd, checks, source, std, timeout):
    """(seconds to the first diagnostics, seconds to the diagnostics after an edit, count)."""
    work = tempfile.mkdtemp(prefix="allochunt-latency-")
    try:
        main_file = os.path.join(work, os.path.basename(source))
        shutil.copy(source, main_file)
        with open(os.path.join(work, ".clang-tidy"), "w") as config:
            config.write("Checks: '-*,%s'\n" % checks)
        with open(os.path.join(work, "compile_commands.json"), "w") as database:
            json.dump([{"directory": work, "file": main_file,
                        "arguments": ["clang++", "-std=" + std, "-c", main_file]}], database)
        text = open(main_file, encoding="utf-8").read()
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"))
        server = LspServer([clangd, "--log=error", "--background-index=false", "-j=1",
                            "--pch-storage=memory"], work, env)
        deadline = time.monotonic() + timeout
        uri = "file://" + main_file
        server.request("initialize", {
            "processId": os.getpid(), "rootUri": "file://" + work,
            "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}},
        }, deadline)
        server.notify("initialized", {})
        start = time.monotonic()
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
        diagnostics_of(server, uri, 1, deadline)
        opened = time.monotonic() - start
        first_line_end = text.index("\n")
        edited = text[:first_line_end] + " " + text[first_line_end:]
        start = time.monotonic()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"text": edited}]})
        message = diagnostics_of(server, uri, 2, deadline)
        after_edit = time.monotonic() - start
        server.close()
        return opened, after_edit, len(message["params"]["diagnostics"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allochunt-clangd", required=True)
    parser.add_argument("--clangd", help="default: the clangd of the LLVM allochunt-clangd "
                                         "was built against, /usr/lib/llvm-N/bin/clangd")
    parser.add_argument("--llvm-version", default="19")
    parser.add_argument("--checks", default="performance-*")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--std", default="c++20")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--output")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(argv)
    clangd = args.clangd or "/usr/lib/llvm-%s/bin/clangd" % args.llvm_version
    if not os.access(clangd, os.X_OK):
        print("editor_latency.py: no clangd at %s (Debian package clangd-%s)"
              % (clangd, args.llvm_version), file=sys.stderr)
        return 2
    files = args.files or sorted(glob.glob(os.path.join(HERE, "tus", "*.cpp")))
    configurations = [
        ("clangd", clangd, args.checks),
        ("allochunt-clangd", os.path.abspath(args.allochunt_clangd), args.checks),
        ("+ allochunt-*", os.path.abspath(args.allochunt_clangd), args.checks + ",allochunt-*"),
    ]
    results = {(f, c[0]): ([], []) for f in files for c in configurations}
    for repetition in range(args.repeat):
        for index, source in enumerate(files):
            shift = (repetition + index) % len(configurations)
            for name, server, checks in configurations[shift:] + configurations[:shift]:
                opened, edited, _ = measure(server, checks, source, args.std, args.timeout)
                results[(source, name)][0].append(opened)
                results[(source, name)][1].append(edited)
                print("%s %s: open %.2f s, edit %.2f s" % (
                    os.path.basename(source), name, opened, edited), file=sys.stderr)

    lines = ["| file | configuration | first diagnostics (s) | after an edit (s) | edit vs clangd |",
             "| --- | --- | ---: | ---: | ---: |"]
    ratios = {name: [] for name, _, _ in configurations}
    for source in files:
        reference = statistics.median(results[(source, "clangd")][1])
        for name, _, _ in configurations:
            opened, edited = (statistics.median(v) for v in results[(source, name)])
            ratio = edited / reference if reference else float("nan")
            ratios[name].append(ratio)
            lines.append("| %s | %s | %.2f | %.2f | %+.1f%% |" % (
                os.path.basename(source), name, opened, edited, (ratio - 1) * 100))
    lines.append("")
    lines.append("Median over the files of the after-an-edit ratio to clangd (checks `%s`, "
                 "%d repetitions, LLVM %s): %s." % (args.checks, args.repeat, args.llvm_version,
                 ", ".join("%s %+.1f%%" % (n, (statistics.median(r) - 1) * 100)
                           for n, r in ratios.items() if n != "clangd")))
    report = "\n".join(lines) + "\n"
    if args.output:
        with open(args.output, "w") as out:
            out.write(report)
    sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
