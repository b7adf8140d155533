#!/usr/bin/env python3
"""Checks docs/ci.md's workflow that uses the AllocHunt action against action.yml.

usage: check_workflow.py WORKFLOW.yaml ACTION.yml
Prints one line per fact checked; exits 1 at the first one that does not hold: the workflow
parses, grants what SARIF upload needs, passes the action only inputs it declares, builds the
compile database folder it passes, and uploads the SARIF file the action writes.
"""
import re
import sys

import yaml


def fail(message):
    sys.exit("check_workflow.py: " + message)


def main():
    workflow = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    action = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
    inputs = action["inputs"]
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions", {})
        for scope, level in (("actions", "read"), ("contents", "read"),
                             ("security-events", "write")):
            if permissions.get(scope) != level:
                fail("job %s lacks permission %s: %s" % (name, scope, level))
        print("job %s: permissions for the SARIF upload" % name)
        steps = job["steps"]
        ours = [s for s in steps if re.match(r"^[\w.-]+/allochunt@", s.get("uses", ""))]
        if len(ours) != 1:
            fail("job %s does not use the AllocHunt action once" % name)
        given = ours[0].get("with", {})
        unknown = sorted(set(given) - set(inputs))
        if unknown:
            fail("inputs not declared in action.yml: " + ", ".join(unknown))
        print("action inputs: " + ", ".join(sorted(given)))
        database = given.get("compile-database", inputs["compile-database"]["default"])
        runs = " ".join(s.get("run", "") for s in steps[:steps.index(ours[0])])
        if not re.search(r"-B %s\b.*-DCMAKE_EXPORT_COMPILE_COMMANDS=ON" % re.escape(database),
                         runs):
            fail("no step before the action writes %s/compile_commands.json" % database)
        print("compile database: %s, written by an earlier step" % database)
        sarif = given.get("sarif", inputs["sarif"]["default"])
        uploads = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
        if not uploads or uploads[0].get("with", {}).get("sarif_file") != sarif:
            fail("no upload-sarif step for %s" % sarif)
        print("uploads %s" % sarif)


if __name__ == "__main__":
    main()
