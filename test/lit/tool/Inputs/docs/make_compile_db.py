"""Writes DIR/build/compile_commands.json for the .cpp files given, relative to DIR."""
import json
import os
import sys

root = os.path.abspath(sys.argv[1])
os.makedirs(os.path.join(root, "build"), exist_ok=True)
entries = [{"directory": root, "file": os.path.join(root, f),
            "arguments": ["clang++", "-std=c++17", "-c", os.path.join(root, f)]}
           for f in sys.argv[2:]]
with open(os.path.join(root, "build", "compile_commands.json"), "w", encoding="utf-8") as out:
    json.dump(entries, out, indent=2)
