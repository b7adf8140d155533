#!/usr/bin/env python3
"""Prints the code block that follows `<!-- tested: NAME -->` in a Markdown file.

usage: snippet.py DOC.md NAME
The block may be indented (inside a list item): it is printed dedented. Fails if there is no
such snippet, so a renamed or removed snippet breaks its test.
"""
import re
import sys
import textwrap

document, name = sys.argv[1], sys.argv[2]
text = open(document, encoding="utf-8").read()
match = re.search(r"^([ \t]*)<!-- tested: %s -->\n\1(`{3,})[^\n]*\n(.*?)\n\1\2[ \t]*\n"
                  % re.escape(name), text, re.S | re.M)
if not match:
    sys.exit("snippet.py: no snippet '%s' in %s" % (name, document))
sys.stdout.write(textwrap.dedent(match.group(3)) + "\n")
