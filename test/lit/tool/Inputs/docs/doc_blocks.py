#!/usr/bin/env python3
"""Checks that every runnable code block of the documentation is run by a test.

usage: doc_blocks.py SRC_ROOT

A fenced block whose language is a shell, a configuration file or an editor setting (see
RUNNABLE) in README.md or docs/**/*.md must follow, on the line before it, either
`<!-- tested: NAME -->`, where NAME is unique in its page and some test under test/lit extracts
it with `snippet.py %src_root/PAGE NAME`, or `<!-- not-run: REASON -->`, saying why no test can
run it. Blocks in other languages (C++ examples, usage lines) are not commands.
Prints one line per page and a total; exits 1 listing every block that breaks the rule.
"""
import glob
import os
import re
import sys

RUNNABLE = {"sh", "bash", "shell", "console", "yaml", "yml", "json", "lua", "elisp", "cmake",
            "toml", "ini", "dockerfile"}
FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*([\w+-]*)")
MARKER = re.compile(r"^\s*<!-- (tested|not-run): ?(.*?) -->\s*$")


def blocks(path):
    """(line number, language, marker kind, marker text) of each fenced block of a page."""
    lines = open(path, encoding="utf-8").read().split("\n")
    fence = None
    for number, line in enumerate(lines, 1):
        match = FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            previous = next((l for l in reversed(lines[:number - 1]) if l.strip()), "")
            marker = MARKER.match(previous)
            yield (number, match.group(2).lower(), marker.group(1) if marker else None,
                   marker.group(2).strip() if marker else "")
        elif fence is not None and line.strip() == fence:
            fence = None


def extracted_names(root):
    """(page, name) pairs that the tests extract with snippet.py."""
    pattern = re.compile(r"snippet\.py\s+%src_root/(\S+)\s+([\w.-]+)")
    names = set()
    for test in glob.glob(os.path.join(root, "test", "lit", "**", "*"), recursive=True):
        if os.path.isfile(test) and not test.endswith((".pyc",)):
            try:
                text = open(test, encoding="utf-8").read()
            except UnicodeDecodeError:
                continue
            names.update(pattern.findall(text))
    return names


def main():
    root = sys.argv[1]
    pages = ["README.md"] + sorted(
        os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "docs", "**", "*.md"),
                                                    recursive=True))
    extracted = extracted_names(root)
    errors = []
    totals = {"tested": 0, "not-run": 0}
    for page in pages:
        seen = set()
        counts = {"tested": 0, "not-run": 0}
        for number, language, kind, text in blocks(os.path.join(root, page)):
            if language not in RUNNABLE:
                continue
            where = "%s:%d: %s block" % (page, number, language)
            if kind is None:
                errors.append(where + " has neither <!-- tested: NAME --> nor <!-- not-run: REASON -->")
                continue
            counts[kind] += 1
            if kind == "not-run":
                if not text:
                    errors.append(where + " is not-run without a reason")
                continue
            if text in seen:
                errors.append(where + " reuses the name '%s'" % text)
            seen.add(text)
            if (page, text) not in extracted:
                errors.append(where + " '%s' is marked tested but no test extracts it "
                              "(snippet.py %%src_root/%s %s)" % (text, page, text))
        if counts["tested"] or counts["not-run"]:
            print("%s: %d tested, %d not run" % (page, counts["tested"], counts["not-run"]))
        for kind in totals:
            totals[kind] += counts[kind]
    print("total: %d tested, %d not run" % (totals["tested"], totals["not-run"]))
    for error in errors:
        print("error: " + error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
