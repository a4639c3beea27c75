#!/usr/bin/env python3
"""Scripted LSP client for `claimlint lsp`: speaks the base protocol (Content-Length framing)
over the server's stdin/stdout and checks every message the server must handle.

Usage: lsp_client_test.py CLAIMLINT CASE   (run from the repository root; CASE from --list)
Each case starts its own server in a fresh temporary workspace holding a copy of the
claims-story fixture (two drafts of one story that contradict each other) and a draft whose
findings sit after a euro sign and an emoji, where UTF-8, UTF-16 and code-point columns differ.
"""
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

CASES = ["lifecycle", "workspace-cross-draft", "utf16-and-code-action", "utf8-negotiated",
         "debounce-and-updates", "errors-and-malformed", "exit-without-shutdown",
         "archive-from-config"]

EURO_DRAFT = "Price: €5 😀 yesterday.The talks went on.\n"


def uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


class Client:
    def __init__(self, binary, cwd):
        self.proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        self.inbox = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.decode("ascii").rstrip("\r\n")
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body.decode("utf-8")))

    def raw(self, data: bytes):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params=None):
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params or {}})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, f"reply to {method}")

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params or {}})

    def wait(self, predicate, what, timeout=20):
        """The first message matching predicate; messages before it are kept in self.seen."""
        deadline = time.time() + timeout
        while True:
            left = deadline - time.time()
            if left <= 0:
                fail(f"timed out waiting for {what}")
            try:
                m = self.inbox.get(timeout=left)
            except queue.Empty:
                fail(f"timed out waiting for {what}")
            if m is None:
                fail(f"server closed its output while waiting for {what}: "
                     + self.proc.stderr.read().decode())
            self.seen.append(m)
            if predicate(m):
                return m

    seen = []

    def diagnostics_for(self, path, what, predicate=lambda ds: True):
        u = uri(path)
        m = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["uri"] == u and predicate(m["params"]["diagnostics"]), what)
        return m["params"]

    def initialize(self, root, capabilities=None):
        r = self.request("initialize", {
            "processId": os.getpid(), "rootUri": uri(root),
            "workspaceFolders": [{"uri": uri(root), "name": "story"}],
            "capabilities": capabilities or {}})
        self.notify("initialized")
        return r

    def shutdown_and_exit(self):
        r = self.request("shutdown")
        check(r.get("result", "missing") is None, f"shutdown result is null: {r}")
        self.notify("exit")
        return self.proc.wait(timeout=10)


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)
    print(f"ok: {msg}")


def workspace():
    root = tempfile.mkdtemp(prefix="claimlint-lsp-")
    for name in ("harbor-day1.md", "harbor-day2.txt"):
        shutil.copy(os.path.join("fixtures/claims-story", name), root)
    with open(os.path.join(root, "prices.md"), "w", encoding="utf-8") as f:
        f.write(EURO_DRAFT)
    return root


def case_lifecycle(c, root):
    r = c.initialize(root)
    caps = r["result"]["capabilities"]
    check(caps["positionEncoding"] == "utf-16", "UTF-16 by default")
    check(caps["textDocumentSync"]["change"] == 1 and caps["textDocumentSync"]["openClose"],
          "full text sync with open/close")
    check(caps["textDocumentSync"]["save"] == {"includeText": False}, "save notifications")
    check(caps["codeActionProvider"]["codeActionKinds"] == ["quickfix"], "quick fixes advertised")
    check(r["result"]["serverInfo"]["name"] == "claimlint", "serverInfo")
    code = c.shutdown_and_exit()
    check(code == 0, f"exit after shutdown ends with code 0 (got {code})")


def case_workspace_cross_draft(c, root):
    c.initialize(root)
    day1 = os.path.join(root, "harbor-day1.md")
    p = c.diagnostics_for(day1, "diagnostics of a draft that is not open (indexed workspace)")
    titles = [d for d in p["diagnostics"] if d["code"] == "claims/title-conflict"]
    check(len(titles) == 2, "two title conflicts in day 1 from the indexed workspace")
    d = titles[0]
    check(d["source"] == "claimlint" and d["severity"] == 2, "source and severity")
    check(d["message"] == "Lena Ortiz is called 'deputy mayor' here but 'mayor' in 1 draft(s); "
          "a tie, no draft settles it",
          "message of the title conflict")
    rel = d["relatedInformation"][0]
    check(rel["location"]["uri"] == uri(os.path.join(root, "harbor-day2.txt")),
          "related location in the other draft")
    check(rel["message"] == "called 'mayor' here", "related message")
    check(rel["location"]["range"]["start"] == {"line": 5, "character": 80}, "related range")
    # Opening the draft keeps its findings and attaches the version.
    with open(day1, encoding="utf-8") as f:
        text = f.read()
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(day1), "languageId": "markdown", "version": 3, "text": text}})
    # An edit in the *other* draft removes the conflict from this one.
    day2 = os.path.join(root, "harbor-day2.txt")
    with open(day2, encoding="utf-8") as f:
        text2 = f.read()
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(day2), "languageId": "plaintext", "version": 1, "text": text2}})
    fixed = text2.replace("Mayor Lena Ortiz", "Deputy Mayor Lena Ortiz")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(day2), "version": 2},
                                        "contentChanges": [{"text": fixed}]})
    p = c.diagnostics_for(day1, "day 1 updated after day 2 changed",
                          lambda ds: sum(d["code"] == "claims/title-conflict" for d in ds) == 1)
    check(p["version"] == 3, "published with the open document's version")
    check("Anna de Vries" in [d for d in p["diagnostics"] if d["code"] == "claims/title-conflict"][0]["message"],
          "the Ortiz conflict is gone, the de Vries one stays")
    c.shutdown_and_exit()


def case_utf16_and_code_action(c, root):
    c.initialize(root)
    prices = os.path.join(root, "prices.md")
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(prices), "languageId": "markdown", "version": 1, "text": EURO_DRAFT}})
    p = c.diagnostics_for(prices, "diagnostics of the open draft",
                          lambda ds: any(d["code"] == "prose/missing-space" for d in ds))
    d = [d for d in p["diagnostics"] if d["code"] == "prose/missing-space"][0]
    # "Price: €5 😀 yesterday." : the '.' is code point 22 and UTF-16 unit 23 (0-based 21/22).
    check(d["range"] == {"start": {"line": 0, "character": 22}, "end": {"line": 0, "character": 23}},
          f"UTF-16 range after € and an emoji: {d['range']}")
    r = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(prices)}, "range": d["range"],
        "context": {"diagnostics": [d]}})
    actions = r["result"]
    check(len(actions) == 1 and actions[0]["kind"] == "quickfix", "one quick fix")
    edit = actions[0]["edit"]["changes"][uri(prices)][0]
    check(edit == {"range": {"start": {"line": 0, "character": 23}, "end": {"line": 0, "character": 23}},
                   "newText": " "}, f"the fix inserts a space after the dot: {edit}")
    check(actions[0]["title"] == 'Insert " " (prose/missing-space)', "quick fix title")
    far = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(prices)},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 2}},
        "context": {"diagnostics": []}})
    check(far["result"] == [], "no quick fix away from the finding")
    # Fix it in the buffer, save, close: the draft on disk (still unfixed) is what counts again.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(prices), "version": 2},
                                        "contentChanges": [{"text": EURO_DRAFT.replace(".The", ". The")}]})
    c.notify("textDocument/didSave", {"textDocument": {"uri": uri(prices)}})
    p = c.diagnostics_for(prices, "diagnostics after the fix is saved",
                          lambda ds: not any(d["code"] == "prose/missing-space" for d in ds))
    check(p["version"] == 2, "the fixed buffer has no missing space")
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri(prices)}})
    p = c.diagnostics_for(prices, "diagnostics after close",
                          lambda ds: any(d["code"] == "prose/missing-space" for d in ds))
    check("version" not in p, "after close the disk version is checked again (no version)")
    # A ranged (incremental) change is applied correctly even though full sync was asked for.
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(prices), "languageId": "markdown", "version": 5, "text": EURO_DRAFT}})
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(prices), "version": 6},
                                        "contentChanges": [{"range": {
                                            "start": {"line": 0, "character": 23},
                                            "end": {"line": 0, "character": 23}}, "text": " "}]})
    p = c.diagnostics_for(prices, "diagnostics after a ranged edit after the emoji",
                          lambda ds: not any(d["code"] == "prose/missing-space" for d in ds))
    check(p["version"] == 6, "a ranged edit in UTF-16 units lands after the dot")
    c.shutdown_and_exit()


def case_utf8_negotiated(c, root):
    r = c.initialize(root, {"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    check(r["result"]["capabilities"]["positionEncoding"] == "utf-8", "UTF-8 when offered first")
    prices = os.path.join(root, "prices.md")
    p = c.diagnostics_for(prices, "diagnostics in UTF-8 columns",
                          lambda ds: any(d["code"] == "prose/missing-space" for d in ds))
    d = [d for d in p["diagnostics"] if d["code"] == "prose/missing-space"][0]
    # In bytes: € is 3, the emoji 4: the '.' is byte 26 (0-based).
    check(d["range"]["start"] == {"line": 0, "character": 26}, f"UTF-8 column: {d['range']}")
    c.shutdown_and_exit()


def case_debounce_and_updates(c, root):
    c.initialize(root)
    prices = os.path.join(root, "prices.md")
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(prices), "languageId": "markdown", "version": 1, "text": EURO_DRAFT}})
    c.diagnostics_for(prices, "first diagnostics", lambda ds: len(ds) > 0)
    c.seen.clear()
    # A burst of keystrokes: one lint after the pause, for the last text.
    text = EURO_DRAFT
    for v in range(2, 8):
        text = text.replace("yesterday.The", "yesterday. The") if v == 7 else text + "x"
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri(prices), "version": v},
                                            "contentChanges": [{"text": text}]})
    p = c.diagnostics_for(prices, "diagnostics after the burst",
                          lambda ds: not any(d["code"] == "prose/missing-space" for d in ds))
    check(p["version"] == 7, "published for the last version")
    pubs = [m for m in c.seen if m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri(prices)]
    check(len(pubs) == 1, f"one publish for six quick edits (debounced), got {len(pubs)}")
    # A 20 KB draft: the server logs how long each lint took.
    big = ("The council met on Monday. It was a important day for the city, and the mayor "
           "spoke at length about the budget.The talks went on. ") * 160
    check(len(big.encode()) > 20000, "a 20 KB draft")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(prices), "version": 8},
                                        "contentChanges": [{"text": big}]})
    c.diagnostics_for(prices, "diagnostics of the 20 KB draft", lambda ds: len(ds) > 100)
    log = c.wait(lambda m: m.get("method") == "window/logMessage"
                 and "linted" in m["params"]["message"], "the log line of that lint")
    print("server: " + log["params"]["message"])
    c.shutdown_and_exit()


def case_errors_and_malformed(c, root):
    r = c.request("textDocument/codeAction", {"textDocument": {"uri": "file:///x"}})
    check(r["error"]["code"] == -32002, "requests before initialize: ServerNotInitialized")
    c.initialize(root)
    r = c.request("textDocument/hover", {"textDocument": {"uri": "file:///x"},
                                         "position": {"line": 0, "character": 0}})
    check(r["error"]["code"] == -32601, "unknown request: MethodNotFound")
    c.notify("$/setTrace", {"value": "off"})  # unknown notifications are ignored
    c.raw(b"Content-Length: 9\r\n\r\n{not json")
    m = c.wait(lambda m: "error" in m and m.get("id") is None, "error for a body that is not JSON")
    check(m["error"]["code"] == -32700, "invalid JSON: ParseError")
    big = b'{"jsonrpc":"2.0","id":77,"method":"x","params":{"n":1e99999}}'
    c.raw(b"Content-Length: %d\r\n\r\n" % len(big) + big)
    m = c.wait(lambda m: "error" in m and "out_of_range" in m["error"]["message"],
               "error for a number out of range")
    check(m["error"]["code"] == -32700, "a number out of range is a ParseError, not a crash")
    c.raw(b"Content-Length: 9\r\n\r\n\xfbnot json")  # the parse error quotes an invalid byte
    m = c.wait(lambda m: "error" in m and "\ufffd" in m["error"]["message"],
               "error quoting an invalid byte")
    check(m["error"]["code"] == -32700, "invalid UTF-8 in a body: ParseError, byte replaced")
    c.raw(b"Content-Length: 3\r\n\r\n[1]")
    m = c.wait(lambda m: "error" in m and m["error"]["code"] == -32600, "error for a non-request")
    check(True, "a JSON value that is no request: InvalidRequest")
    c.raw(b"Content-Type: x\r\n\r\n")
    m = c.wait(lambda m: "error" in m and "Content-Length" in m["error"]["message"],
               "error for a message without Content-Length")
    check(m["error"]["code"] == -32700, "missing Content-Length: ParseError")
    r = c.request("textDocument/codeAction", {"textDocument": {}})
    check(r["error"]["code"] == -32602, "missing params: InvalidParams")
    r = c.request("initialize", {"capabilities": {}})
    check(r["error"]["code"] == -32600, "a second initialize is refused")
    # Still serving after all that.
    prices = os.path.join(root, "prices.md")
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(prices), "languageId": "markdown", "version": 1, "text": "Binary \x00 text.\n"}})
    p = c.diagnostics_for(prices, "an input error for a buffer with a NUL byte",
                          lambda ds: any(d["code"] == "input" for d in ds))
    check("NUL" in p["diagnostics"][0]["message"], "the NUL byte is named")
    c.request("shutdown")
    r = c.request("textDocument/codeAction", {"textDocument": {"uri": uri(prices)}})
    check(r["error"]["code"] == -32600, "requests after shutdown are refused")
    c.notify("exit")
    check(c.proc.wait(timeout=10) == 0, "exit code 0")


def case_exit_without_shutdown(c, root):
    c.initialize(root)
    c.notify("exit")
    code = c.proc.wait(timeout=10)
    check(code == 1, f"exit without shutdown ends with code 1 (got {code})")


def setup_archive_from_config(binary, root):
    # Published articles live outside the workspace; the workspace's configuration names the
    # archive they were added to.
    published = tempfile.mkdtemp(prefix="claimlint-published-")
    shutil.copytree("fixtures/archive-story/published", os.path.join(published, "published"))
    subprocess.run([binary, "archive", "add", "--quiet", "--archive",
                    os.path.join(root, "store", "news.db"), os.path.join(published, "published")],
                   check=True)
    shutil.copy("fixtures/archive-story/drafts/quay-full.md", root)
    with open(os.path.join(root, ".claimlint.yaml"), "w", encoding="utf-8") as f:
        f.write("archive: store/news.db\n")
    return published


def case_archive_from_config(c, root):
    c.initialize(root)
    draft = os.path.join(root, "quay-full.md")
    p = c.diagnostics_for(draft, "diagnostics against the archive",
                          lambda ds: any(d["code"] == "claims/title-conflict" for d in ds))
    d = [d for d in p["diagnostics"] if d["code"] == "claims/title-conflict"][0]
    check(d["message"].startswith("'Deputy Mayor Priyanka Desrosiers' here, but the most recent "
                                  "article about it has 'Mayor Priyanka Desrosiers'"),
          "the title conflict with the newest archived article")
    rel = d["relatedInformation"][0]
    check(rel["location"]["uri"].endswith("/published/quay-opens.md"),
          "related information points into the archived article")
    check("published 2026-11-20 in The Larkhaven Courier" in rel["message"],
          "the note names the article's date and source")
    c.shutdown_and_exit()


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(CASES))
        return
    binary, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    root = workspace()
    setup = globals().get("setup_" + case.replace("-", "_"))
    extra = setup(binary, root) if setup else None
    try:
        c = Client(binary, root)
        globals()["case_" + case.replace("-", "_")](c, root)
        print(f"lsp {case}: ok")
    finally:
        shutil.rmtree(root, ignore_errors=True)
        if extra:
            shutil.rmtree(extra, ignore_errors=True)


if __name__ == "__main__":
    main()
