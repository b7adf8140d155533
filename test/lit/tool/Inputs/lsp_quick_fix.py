#!/usr/bin/env python3
"""Drives allochunt-clangd as an editor does and checks its quick fix.

Speaks LSP (JSON-RPC with Content-Length framing) over the server's stdio:
`initialize`, `textDocument/didOpen` on SOURCE (as main.cpp in a scratch
project whose .clang-tidy enables only CHECK), waits for `publishDiagnostics`
carrying CHECK's diagnostics, asks `textDocument/codeAction` for each, applies
the returned quick-fix edits, and compares the result with what the
clang-tidy front end's `-fix` makes of the same file (the fix the lit tests
pin). Any mismatch, missing diagnostic or timeout fails with a message.
"""
import argparse
import difflib
import json
import os
import queue
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time


class LspServer:
    """A language server subprocess with a reader thread for its messages."""

    def __init__(self, command, cwd, env):
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 1
        self.stderr_lines = []
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if length is None:
                continue
            self.messages.put(json.loads(stream.read(length)))

    def _read_stderr(self):
        for line in self.process.stderr:
            self.stderr_lines.append(line.decode("utf-8", "replace"))

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, deadline):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        message = self.wait(lambda m: m.get("id") == request_id and "method" not in m,
                            deadline, "the reply to " + method)
        if "error" in message:
            fail("%s failed: %s" % (method, message["error"]))
        return message.get("result")

    def wait(self, predicate, deadline, what):
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                fail("timed out waiting for " + what)
            try:
                message = self.messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                fail("the server exited while waiting for %s\n%s"
                     % (what, "".join(self.stderr_lines[-20:])))
            if "method" in message and "id" in message:
                # A request from the server (e.g. window/workDoneProgress/create).
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                continue
            if predicate(message):
                return message

    def close(self):
        try:
            self.request("shutdown", None, time.monotonic() + 10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except (SystemExit, subprocess.TimeoutExpired, BrokenPipeError):
            self.process.kill()


def fail(message):
    print("lsp_quick_fix.py: error: " + message, file=sys.stderr)
    sys.exit(1)


def utf16_to_index(line, character):
    """The index in str `line` of UTF-16 code unit offset `character`."""
    units = 0
    for index, char in enumerate(line):
        if units >= character:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(line)


def apply_edits(text, edits):
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)

    def offset(position):
        line = position["line"]
        return starts[line] + utf16_to_index(lines[line], position["character"])

    spans = sorted(((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"])
                    for e in edits), reverse=True)
    for begin, end, new_text in spans:
        text = text[:begin] + new_text + text[end:]
    return text


def edits_of(action, uri):
    edit = action.get("edit") or {}
    if "changes" in edit:
        return edit["changes"].get(uri, [])
    edits = []
    for change in edit.get("documentChanges", []):
        if change.get("textDocument", {}).get("uri") == uri:
            edits.extend(change.get("edits", []))
    return edits


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clangd", required=True)
    parser.add_argument("--tidy", required=True,
                        help="the clang-tidy front end command whose -fix is the reference")
    parser.add_argument("--check", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--std", default="c++17")
    parser.add_argument("--expect-diagnostics", type=int, default=None)
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()

    deadline = time.monotonic() + args.timeout
    clangd = os.path.abspath(args.clangd)
    tidy = shlex.split(args.tidy)
    if os.path.exists(tidy[0]):
        tidy[0] = os.path.abspath(tidy[0])
    work = tempfile.mkdtemp(prefix="allochunt-lsp-")
    try:
        main_file = os.path.join(work, "main.cpp")
        shutil.copy(args.source, main_file)
        with open(os.path.join(work, ".clang-tidy"), "w") as config:
            config.write("Checks: '-*,%s'\n" % args.check)
        compile_args = ["clang++", "-std=" + args.std, "-c", "main.cpp"]
        with open(os.path.join(work, "compile_commands.json"), "w") as database:
            json.dump([{"directory": work, "file": main_file, "arguments": compile_args}],
                      database)
        with open(main_file, encoding="utf-8") as source:
            text = source.read()

        # Keep the user's clangd configuration out of the test.
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"))
        server = LspServer([clangd, "--log=error", "--background-index=false"],
                           work, env)
        uri = "file://" + main_file
        server.request("initialize", {
            "processId": os.getpid(),
            "rootUri": "file://" + work,
            "capabilities": {"textDocument": {
                "publishDiagnostics": {"relatedInformation": True},
                "codeAction": {"codeActionLiteralSupport": {
                    "codeActionKind": {"valueSet": ["quickfix", "refactor"]}}}}},
        }, deadline)
        server.notify("initialized", {})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})

        def has_check_diagnostics(message):
            return (message.get("method") == "textDocument/publishDiagnostics"
                    and message["params"]["uri"] == uri
                    and any(d.get("code") == args.check for d in message["params"]["diagnostics"]))

        published = server.wait(has_check_diagnostics, deadline,
                                "publishDiagnostics with a %s diagnostic" % args.check)
        diagnostics = [d for d in published["params"]["diagnostics"] if d.get("code") == args.check]
        if args.expect_diagnostics is not None and len(diagnostics) != args.expect_diagnostics:
            fail("expected %d %s diagnostics, got %d: %s" % (
                args.expect_diagnostics, args.check, len(diagnostics), diagnostics))
        edits = []
        for diagnostic in diagnostics:
            if diagnostic.get("source") != "clang-tidy":
                fail("diagnostic source is %r, not clang-tidy" % diagnostic.get("source"))
            print("diagnostic %d:%d: %s [%s]" % (
                diagnostic["range"]["start"]["line"] + 1,
                diagnostic["range"]["start"]["character"] + 1,
                diagnostic["message"], diagnostic["code"]))
            actions = server.request("textDocument/codeAction", {
                "textDocument": {"uri": uri},
                "range": diagnostic["range"],
                "context": {"diagnostics": [diagnostic], "only": ["quickfix"]},
            }, deadline) or []
            fixes = [a for a in actions if a.get("kind") == "quickfix"
                     and "NOLINT" not in a.get("title", "") and edits_of(a, uri)]
            if len(fixes) != 1:
                fail("expected one quick fix for %r, got %s" % (diagnostic["message"], actions))
            print("quick fix: %s" % fixes[0]["title"])
            edits.extend(edits_of(fixes[0], uri))
        server.close()
        fixed_by_editor = apply_edits(text, edits)

        # The reference: the clang-tidy front end's -fix on the same file.
        reference = os.path.join(work, "reference.cpp")
        shutil.copy(args.source, reference)
        subprocess.run(tidy + [
            "--checks=-*," + args.check, "--fix", "--quiet", reference,
            "--", "-std=" + args.std], cwd=work, check=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        with open(reference, encoding="utf-8") as fixed:
            fixed_by_tidy = fixed.read()
        if fixed_by_editor != fixed_by_tidy:
            fail("the editor's quick fixes differ from clang-tidy -fix:\n" + "".join(
                difflib.unified_diff(fixed_by_tidy.splitlines(True),
                                     fixed_by_editor.splitlines(True),
                                     "clang-tidy -fix", "quick fixes")))
        if fixed_by_editor == text:
            fail("the quick fixes changed nothing")
        print("quick fixes match clang-tidy -fix (%d edits)" % len(edits))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
