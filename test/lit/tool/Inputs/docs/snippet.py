#!/usr/bin/env python3
"""Prints the code block that follows `<!-- tested: NAME -->` in a Markdown file.

usage: snippet.py DOC.md NAME
Fails if there is no such snippet, so a renamed or removed snippet breaks its test.
"""
import re
import sys

document, name = sys.argv[1], sys.argv[2]
text = open(document, encoding="utf-8").read()
match = re.search(r"<!-- tested: %s -->\n(`{3,})[^\n]*\n(.*?)\n\1\n" % re.escape(name), text, re.S)
if not match:
    sys.exit("snippet.py: no snippet '%s' in %s" % (name, document))
sys.stdout.write(match.group(2) + "\n")
