"""A figure that used to be a timing assertion in the tests (timings belong here, not there):
one ``mb.card.get(1)`` of a committed client against a loopback server, against the same
request made with a plain ``requests.Session`` (target: at most 1.2x). The 2000-file
``--usage`` scan is bench.py's ``bench_usage``.
"""

from __future__ import annotations

import json
import sys
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
