#!/usr/bin/env python3
"""Checks docs/measure.md's walkthrough against the profiles it produced.

usage: check_measure.py REPORT.json REPORT.txt BEFORE.json AFTER.json DOC.md

REPORT.json and REPORT.txt are `allochunt-report --allocation-profile BEFORE.json` of the
findings, as JSON and as text; BEFORE.json and AFTER.json are DHAT's profiles of the program before and after the
findings' fix-its were applied. Prints the ranking, one line per finding (`rank N: CHECK
FILE:LINE allocations A`, for FileCheck to pin), then the predicted and measured drop. Fails when

- the report's totals are not DHAT's own (the sums of the program points' blocks and bytes),
  or a share is not its allocations over that total;
- the findings are not ranked by allocations, then bytes, with the unreached (0) ones last;
- the measured drop (BEFORE's allocations minus AFTER's) is less than the allocations the
  report attributes to the findings whose fixes were applied, minus 5%;
- the figures the page states (its table "| Before ... |") are not these runs' within 0.5%, or
  the ranking it shows is not the text report's, line for line.
It models DHAT's JSON only as far as these totals need (pps[].tbk, pps[].tb), nothing else.
"""
import json
import re
import sys

TOLERANCE = 0.05  # the measured drop may fall short of the predicted one by this share
DOC_TOLERANCE = 0.005  # the page's figures against this run's (an allocation of stdout's buffer...)


def fail(message):
    sys.exit("check_measure.py: " + message)


def dhat_totals(path):
    """(blocks, bytes) allocated over the whole run: what DHAT prints as its `Total:` line."""
    profile = json.load(open(path, encoding="utf-8"))
    points = profile.get("pps")
    if not isinstance(points, list) or not points:
        fail("%s has no program points (not a DHAT profile?)" % path)
    return sum(p["tbk"] for p in points), sum(p["tb"] for p in points)


def close(a, b, relative):
    return abs(a - b) <= relative * max(abs(a), abs(b), 1)


def main():
    report_path, text_path, before_path, after_path, doc_path = sys.argv[1:6]
    report = json.load(open(report_path, encoding="utf-8"))
    before_blocks, before_bytes = dhat_totals(before_path)
    after_blocks, _ = dhat_totals(after_path)

    profile = report.get("allocation_profile")
    if not isinstance(profile, dict):
        fail("the report has no allocation_profile")
    if profile["total_allocations"] != before_blocks or profile["total_bytes"] != before_bytes:
        fail("the report's totals (%d allocations, %d bytes) are not DHAT's (%d, %d)"
             % (profile["total_allocations"], profile["total_bytes"], before_blocks,
                before_bytes))
    findings = report["findings"]
    attributed = sum(f["allocations"] for f in findings)
    if profile["attributed_allocations"] != attributed:
        fail("attributed_allocations %d is not the findings' sum %d"
             % (profile["attributed_allocations"], attributed))
    if not close(profile["attributed_share"], attributed / before_blocks, 1e-6):
        fail("attributed_share %r is not %d/%d" % (profile["attributed_share"], attributed,
                                                   before_blocks))

    keys = []
    for rank, finding in enumerate(findings, 1):
        allocations = finding["allocations"]
        if not close(finding["share"], allocations / before_blocks, 1e-6):
            fail("%s:%d: share %r is not %d/%d" % (finding["file"], finding["line"],
                                                    finding["share"], allocations, before_blocks))
        keys.append((allocations == 0, -allocations, -finding["bytes"]))
        print("rank %d: %s %s:%d allocations %d" % (rank, finding["check"], finding["file"],
                                                    finding["line"], allocations))
    if keys != sorted(keys):
        fail("the findings are not ranked by allocations, then bytes")

    # Every fix-it was applied (clang-apply-replacements on the whole export).
    predicted = sum(f["allocations"] for f in findings if f.get("fix"))
    measured = before_blocks - after_blocks
    print("before %d allocations, after %d" % (before_blocks, after_blocks))
    print("predicted drop %d (%.1f%%), measured drop %d (%.1f%%)"
          % (predicted, 100.0 * predicted / before_blocks, measured,
             100.0 * measured / before_blocks))
    if measured < predicted * (1 - TOLERANCE):
        fail("the measured drop %d is less than the predicted %d minus %d%%"
             % (measured, predicted, TOLERANCE * 100))

    # The page's table: | Before | N | ..., figures written with thousands separators.
    page = open(doc_path, encoding="utf-8").read()
    stated = {label: int(value.replace(",", "")) for label, value in
              re.findall(r"^\| (Before|Predicted drop|After|Measured drop) +\| ([\d,]+) ",
                         page, re.M)}
    for label, value in (("Before", before_blocks), ("Predicted drop", predicted),
                         ("After", after_blocks), ("Measured drop", measured)):
        if label not in stated:
            fail("%s has no table row '| %s | N ...'" % (doc_path, label))
        if not close(stated[label], value, DOC_TOLERANCE):
            fail("%s says %s %d; this run measured %d" % (doc_path, label, stated[label], value))
    # The ranking as the page shows it: from "allocations in FILE:" to the summary line.
    text = open(text_path, encoding="utf-8").read()
    table = re.search(r"^allocations in .*?^AllocHunt findings account for [^\n]*$", text,
                      re.S | re.M)
    if not table:
        fail("%s has no ranking table" % text_path)
    if "\n" + table.group(0) + "\n```" not in page:
        fail("%s does not show the ranking as the report prints it:\n%s"
             % (doc_path, table.group(0)))
    print("the page's figures match")


if __name__ == "__main__":
    main()
