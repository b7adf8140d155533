#!/usr/bin/env python3
"""Runs the shell commands of a CI snippet from the docs, as the CI service would.

usage: run_ci.py github SNIPPET STEP-NAME...   the `run:` of the named GitHub Actions steps
       run_ci.py gitlab SNIPPET                the `script:` lines of a GitLab CI job
       run_ci.py pre-commit SNIPPET FILE...    the hook's `entry` on FILEs
       run_ci.py shell SNIPPET                 each line of a shell snippet
Commands run with bash -e in the current directory and environment; the exit status is the
first failing command's (like the CI service, which stops a step at the first failure).
This reads only the small YAML subset the snippets use; it is not a YAML parser.
"""
import re
import subprocess
import sys
import textwrap


def block_after(lines, index, indent):
    """The lines after lines[index] indented deeper than `indent`, dedented."""
    body = []
    for line in lines[index + 1:]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        body.append(line)
    return textwrap.dedent("\n".join(body)).strip("\n")


def github_steps(lines, names):
    scripts = {}
    for index, line in enumerate(lines):
        match = re.match(r"^(\s*)- name: (.+)$", line)
        if not match:
            continue
        indent = len(match.group(1)) + 2
        for offset, following in enumerate(lines[index + 1:], index + 1):
            run = re.match(r"^\s{%d}run: ?(.*)$" % indent, following)
            if run:
                scripts[match.group(2)] = (block_after(lines, offset, indent)
                                           if run.group(1) == "|" else run.group(1))
                break
            if re.match(r"^\s{0,%d}- " % (indent - 2), following):
                break
    missing = [name for name in names if name not in scripts]
    if missing:
        sys.exit("run_ci.py: no step named %s" % ", ".join(missing))
    return [scripts[name] for name in names]


def gitlab_script(lines):
    for index, line in enumerate(lines):
        match = re.match(r"^(\s*)script:\s*$", line)
        if match:
            items = block_after(lines, index, len(match.group(1))).splitlines()
            return [item.strip()[2:] for item in items if item.strip().startswith("- ")]
    sys.exit("run_ci.py: no script: in the snippet")


def run(script):
    print("run_ci.py: $ " + script.replace("\n", "\n run_ci.py: $ "), flush=True)
    return subprocess.run(["bash", "-e", "-c", script]).returncode


def main():
    kind, snippet = sys.argv[1], sys.argv[2]
    lines = open(snippet, encoding="utf-8").read().splitlines()
    if kind == "github":
        scripts = github_steps(lines, sys.argv[3:])
    elif kind == "gitlab":
        scripts = gitlab_script(lines)
    elif kind == "pre-commit":
        entry = next(re.match(r"^\s*entry: (.+)$", l).group(1) for l in lines
                     if re.match(r"^\s*entry: ", l))
        scripts = [entry + " " + " ".join(sys.argv[3:])]
    elif kind == "shell":
        scripts = [l for l in lines if l.strip() and not l.lstrip().startswith("#")]
    else:
        sys.exit("run_ci.py: unknown kind " + kind)
    for script in scripts:
        status = run(script)
        if status != 0:
            print("run_ci.py: exit status %d" % status, flush=True)
            sys.exit(status)


if __name__ == "__main__":
    main()
