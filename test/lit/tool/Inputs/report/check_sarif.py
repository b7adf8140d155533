#!/usr/bin/env python3
"""Checks a SARIF file against what GitHub code scanning requires and prints a summary.

It checks SARIF 2.1.0's required structure and GitHub's documented expectations: a tool
driver name, rules with ids (and, when given, helpUri and shortDescription text), results
with a ruleId that names a rule, message text, and a physical location whose artifact URI
is relative to a declared uriBaseId (or absolute) with a 1-based startLine; fixes as
artifact changes with deleted regions and inserted content. Prints one line per result for
FileCheck.
"""
import json
import sys
import urllib.parse


def require(condition, message):
    if not condition:
        print("check_sarif.py: error: " + message, file=sys.stderr)
        sys.exit(1)


def check_region(region, where):
    if "startLine" in region:
        require(isinstance(region["startLine"], int) and region["startLine"] >= 1,
                where + ": startLine must be >= 1")
        require(region.get("startColumn", 1) >= 1, where + ": startColumn must be >= 1")
        require(region.get("endLine", region["startLine"]) >= region["startLine"],
                where + ": endLine before startLine")
    else:
        require("byteOffset" in region, where + ": region without startLine or byteOffset")


def main():
    with open(sys.argv[1], encoding="utf-8") as stream:
        sarif = json.load(stream)
    require(sarif.get("version") == "2.1.0", "version must be 2.1.0")
    require("sarif-2.1.0" in sarif.get("$schema", ""), "$schema must name SARIF 2.1.0")
    require(len(sarif.get("runs", [])) == 1, "expected one run")
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    require(driver.get("name"), "tool.driver.name is required")
    rules = driver.get("rules", [])
    rule_ids = [rule["id"] for rule in rules]
    require(len(set(rule_ids)) == len(rule_ids), "duplicate rule ids")
    for rule in rules:
        require(rule["shortDescription"]["text"], rule["id"] + ": shortDescription.text")
        if "helpUri" in rule:
            parsed = urllib.parse.urlparse(rule["helpUri"])
            require(parsed.scheme in ("https", "http", "file"), rule["id"] + ": helpUri scheme")
        print("rule %s help=%s" % (rule["id"], rule.get("helpUri", "-")))
    bases = run.get("originalUriBaseIds", {})
    for name, base in bases.items():
        require(base["uri"].endswith("/"), name + ": a base URI must end with '/'")
    for index, result in enumerate(run.get("results", [])):
        where = "result %d" % index
        require(result.get("ruleId") in rule_ids, where + ": ruleId is not a rule")
        require(rule_ids[result["ruleIndex"]] == result["ruleId"], where + ": ruleIndex")
        require(result["message"]["text"], where + ": message.text is required")
        require(result.get("level") in ("none", "note", "warning", "error"), where + ": level")
        location = result["locations"][0]["physicalLocation"]
        artifact = location["artifactLocation"]
        if "uriBaseId" in artifact:
            require(artifact["uriBaseId"] in bases, where + ": undeclared uriBaseId")
            require(not artifact["uri"].startswith("/"), where + ": relative uri expected")
        else:
            require(artifact["uri"].startswith("file://"), where + ": absolute file uri expected")
        check_region(location["region"], where)
        for fix in result.get("fixes", []):
            require(fix["description"]["text"], where + ": fix description")
            for change in fix["artifactChanges"]:
                for replacement in change["replacements"]:
                    check_region(replacement["deletedRegion"], where + " fix")
                    require("text" in replacement.get("insertedContent", {"text": ""}),
                            where + ": insertedContent.text")
        fixes = result.get("fixes", [])
        inserted = [r.get("insertedContent", {}).get("text", "")
                    for fix in fixes for c in fix["artifactChanges"] for r in c["replacements"]]
        print("result %s %s:%d:%d fix=%s state=%s" % (
            result["ruleId"], artifact["uri"], location["region"]["startLine"],
            location["region"].get("startColumn", 0), "|".join(inserted) or "-",
            result.get("baselineState", "-")))


if __name__ == "__main__":
    main()
