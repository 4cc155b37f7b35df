"""Figures that used to be timing assertions in the tests (timings belong here, not there):

- calls:  one ``mb.card.get(1)`` of a committed client against a loopback server, against the
          same request made with a plain ``requests.Session`` (target: at most 1.2x).
- usage:  ``mbgen diff --usage`` scanning 2000 files (6000 calls), against ``ast.parse`` of
          the same files alone (target: at most 5 s in all, as the test had it).
"""

from __future__ import annotations

import ast
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "generated"


class _Answer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Metabase behind a proxy
    disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms delayed ACK)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = json.dumps({"id": 1, "name": "Revenue", "display": "table"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _best(fn: Callable[[], object], n: int, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        times.append((time.perf_counter() - start) / n)
    return min(times)


def bench_calls(repeat: int, package: str = "metabase_v0_49", n: int = 200) -> None:
    import requests

    sys.path.insert(0, str(GENERATED))
    pkg = __import__(package)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        mb = pkg.Client(url, api_key="mb_bench")
        plain = requests.Session()
        headers = {"X-API-Key": "mb_bench"}
        base = _best(lambda: plain.get(url + "/api/card/1", headers=headers).json(), n, repeat)
        ours = _best(lambda: mb.card.get(1), n, repeat)
    finally:
        server.shutdown()
        server.server_close()
    print(
        f"calls: {package} mb.card.get(1) {ours * 1e6:.0f} us, plain requests "
        f"{base * 1e6:.0f} us, ratio {ours / base:.2f}x (target <= 1.2x)"
    )


USAGE_BODY = (
    "from metabase_v0_49 import Client\n"
    "import requests\n\n"
    "mb = Client('https://mb')\n\n\n"
    "def job(n: int) -> None:\n"
    "    cards = mb.card\n"
    "    cards.get(n)\n"
    "    mb.card.update(n, name='x', dataset=True)\n"
    "    requests.get(f'https://mb/api/card/{n}')\n"
)


def bench_usage_scan(files: int = 2000) -> None:
    from generator.analysis import diff, usage
    from generator.app import load as sources

    old = sources.load(GENERATED / "metabase_v0_49").model
    new = sources.load(GENERATED / "metabase_v0_56").model
    changes = diff.diff(old, new)
    with tempfile.TemporaryDirectory(prefix="mbgen-bench-usage-") as tmp:
        folder = Path(tmp)
        for i in range(files):
            (folder / f"m{i}.py").write_text(USAGE_BODY)
        start = time.perf_counter()
        for p in sorted(folder.glob("*.py")):
            ast.parse(p.read_text())
        base = time.perf_counter() - start
        start = time.perf_counter()
        found = usage.analyse([folder], changes, ["metabase_v0_49"])
        took = time.perf_counter() - start
    print(
        f"usage: {found.files} files, {len(found.calls)} calls, {len(found.hits)} affected in "
        f"{took * 1000:.0f} ms (ast.parse alone {base * 1000:.0f} ms, ratio {took / base:.1f}x; "
        "target <= 5 s)"
    )
