#!/usr/bin/env python3
"""Verifies that every place naming the AllocHunt checks agrees.

The registration list in checks/AllocHuntModule.cpp is the source of truth. For each
registered `allochunt-<kebab>` check this verifies:
  - checks/<Name>Check.h and checks/<Name>Check.cpp exist, and <Name> is <kebab> in CamelCase;
  - test/lit/checks/<kebab>.cpp exists and runs %check_allochunt on that check;
  - docs/checks/<kebab>.md exists, opens with `# allochunt-<kebab>`, and its first paragraph
    is the `///` summary of the check's header;
  - docs/index.md lists the check (and lists no check that is not registered);
  - nothing in checks/, test/lit/checks/ or docs/checks/ belongs to an unregistered check.
With --list-checks-output FILE it also verifies that a `clang-tidy --list-checks` output
names every registered check and no other allochunt check. With --dump-config-output FILE it
verifies that every option documented in docs/checks/*.md (`### Name` under `## Options`,
with a line `Default: `value``) appears in the dump with that default.
"""

import argparse
import os
import re
import sys

REGISTRATION = re.compile(
    r'registerCheck<\s*(\w+)Check\s*>\(\s*"allochunt-([a-z0-9-]+)"\s*\)')


def camel(kebab):
    return "".join(part.capitalize() for part in kebab.split("-"))


def header_summary(path):
    """The `///` comment right above the check class, joined into one sentence."""
    lines = open(path).read().splitlines()
    for i, line in enumerate(lines):
        if re.match(r"\s*class \w+Check\b", line):
            j = i - 1
            summary = []
            while j >= 0 and lines[j].strip().startswith("///"):
                summary.insert(0, lines[j].strip()[3:].strip())
                j -= 1
            text = " ".join(summary)
            # The summary is the first paragraph: stop at a blank `///` line.
            return text.split("  ")[0].strip()
    return ""


def doc_summary(path):
    paragraphs = open(path).read().split("\n\n")
    for paragraph in paragraphs[1:]:
        text = " ".join(l.strip() for l in paragraph.strip().splitlines())
        if text and not text.startswith("#"):
            return text
    return ""


def doc_options(path):
    """{option: default} from a doc page's Options section."""
    options, current, in_options = {}, None, False
    for line in open(path).read().splitlines():
        if line.startswith("## "):
            in_options = line.strip() == "## Options"
            continue
        if not in_options:
            continue
        heading = re.match(r"### (\w+)", line)
        if heading:
            current = heading.group(1)
            continue
        default = re.match(r"Default: `(.*)`", line.strip())
        if current and default:
            options[current] = default.group(1)
            current = None
    return options


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("--list-checks-output")
    parser.add_argument("--dump-config-output")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    errors = []

    module = open(os.path.join(root, "checks/AllocHuntModule.cpp")).read()
    registered = REGISTRATION.findall(module)
    names = [kebab for _, kebab in registered]
    if names != sorted(names):
        errors.append("checks/AllocHuntModule.cpp: registrations are not sorted by name")
    index = open(os.path.join(root, "docs/index.md")).read()

    for cls, kebab in registered:
        check = "allochunt-" + kebab
        if cls != camel(kebab):
            errors.append("%s: class %sCheck should be %sCheck" % (check, cls, camel(kebab)))
        for ext in ("h", "cpp"):
            path = os.path.join(root, "checks", "%sCheck.%s" % (cls, ext))
            if not os.path.exists(path):
                errors.append("%s: missing %s" % (check, os.path.relpath(path, root)))
        test = os.path.join(root, "test/lit/checks", kebab + ".cpp")
        if not os.path.exists(test):
            errors.append("%s: missing test/lit/checks/%s.cpp" % (check, kebab))
        elif not re.search(r"%check_allochunt\b.*\b" + re.escape(check) + r"\b",
                           open(test).read()):
            errors.append("%s: test/lit/checks/%s.cpp does not run the check" % (check, kebab))
        doc = os.path.join(root, "docs/checks", kebab + ".md")
        if not os.path.exists(doc):
            errors.append("%s: missing docs/checks/%s.md" % (check, kebab))
        else:
            first = open(doc).readline().strip()
            if first != "# " + check:
                errors.append("%s: docs/checks/%s.md should open with '# %s'" %
                              (check, kebab, check))
            header = os.path.join(root, "checks", cls + "Check.h")
            if os.path.exists(header):
                summary, documented = header_summary(header), doc_summary(doc)
                if not summary:
                    errors.append("%s: %sCheck.h has no /// summary above the class" %
                                  (check, cls))
                elif summary != documented:
                    errors.append("%s: the doc page's summary differs from the header's:\n"
                                  "    header: %s\n    doc:    %s" % (check, summary, documented))
        if not re.search(r"\[%s\]\(checks/%s\.md\)" % (re.escape(check), kebab), index):
            errors.append("%s: not listed in docs/index.md as [%s](checks/%s.md)" %
                          (check, check, kebab))

    for listed in re.findall(r"\[(allochunt-[a-z0-9-]+)\]", index):
        if listed[len("allochunt-"):] not in names:
            errors.append("docs/index.md lists %s, which is not registered" % listed)
    for folder, pattern in (("checks", r"(\w+)Check\.(?:h|cpp)$"),
                            ("test/lit/checks", r"([a-z0-9-]+)\.cpp$"),
                            ("docs/checks", r"([a-z0-9-]+)\.md$")):
        for entry in sorted(os.listdir(os.path.join(root, folder))):
            match = re.match(pattern, entry)
            if not match:
                continue
            stem = match.group(1)
            known = ([cls for cls, _ in registered] if folder == "checks" else names)
            if stem not in known:
                errors.append("%s/%s belongs to no registered check" % (folder, entry))

    if args.list_checks_output:
        listed = set(re.findall(r"^\s*(allochunt-[a-z0-9-]+)\s*$",
                                open(args.list_checks_output).read(), re.M))
        expected = set("allochunt-" + n for n in names)
        for missing in sorted(expected - listed):
            errors.append("--list-checks does not show %s" % missing)
        for extra in sorted(listed - expected):
            errors.append("--list-checks shows unregistered %s" % extra)

    if args.dump_config_output:
        dump = open(args.dump_config_output).read()
        for kebab in names:
            doc = os.path.join(root, "docs/checks", kebab + ".md")
            if not os.path.exists(doc):
                continue
            for option, default in doc_options(doc).items():
                key = "allochunt-%s.%s" % (kebab, option)
                found = re.search(r"^\s*%s:\s*'?(.*?)'?\s*$" % re.escape(key), dump, re.M)
                if not found:
                    errors.append("-dump-config does not show %s" % key)
                elif found.group(1) != default:
                    errors.append("%s: -dump-config shows '%s', the doc says '%s'" %
                                  (key, found.group(1), default))

    for error in errors:
        print("error: " + error)
    print("%d checks registered; %d problems" % (len(names), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
