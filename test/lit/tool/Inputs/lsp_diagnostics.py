#!/usr/bin/env python3
"""Prints the diagnostics an LSP server publishes for one file, as an editor would see them.

usage: lsp_diagnostics.py --clangd SERVER [--timeout S] FILE
Starts SERVER in FILE's folder (so it reads that project's .clangd, .clang-tidy and
compile_flags.txt), opens FILE, waits for its first publishDiagnostics and prints one line per
diagnostic: `LINE:COL [SOURCE CODE] MESSAGE` (1-based line and column).
"""
import argparse
import os
import pathlib
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_quick_fix import LspServer  # noqa: E402  (the LSP client the editor tests use)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clangd", required=True)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("file")
    args = parser.parse_args()
    path = pathlib.Path(args.file).resolve()
    uri = path.as_uri()
    server = LspServer([args.clangd, "--clang-tidy"], str(path.parent), dict(os.environ))
    deadline = time.monotonic() + args.timeout
    server.request("initialize", {"processId": os.getpid(), "rootUri": path.parent.as_uri(),
                                  "capabilities": {}}, deadline)
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": path.read_text()}})
    message = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == uri, deadline, "diagnostics")
    for diagnostic in message["params"]["diagnostics"]:
        start = diagnostic["range"]["start"]
        print("%d:%d [%s %s] %s" % (start["line"] + 1, start["character"] + 1,
                                    diagnostic.get("source", ""), diagnostic.get("code", ""),
                                    diagnostic["message"].splitlines()[0]))
    server.close()


if __name__ == "__main__":
    main()
