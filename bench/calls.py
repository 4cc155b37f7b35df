"""Figures that used to be timing assertions in the tests (timings belong here, not there):

- calls:  one ``mb.card.get(1)`` of a committed client against a loopback server (in a process
          of its own), against the same request made with a plain ``requests.Session``
          (target: at most 1.2x; the ratio of the client process's CPU time, and of wall time).
- async:  one ``await mb.card.get(1)`` of ``AsyncClient`` against the same request made with
          a plain ``httpx.AsyncClient`` (target: at most 1.2x).
The 2000-file ``--usage`` scan is bench.py's ``bench_usage``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

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


def bench_calls(repeat: int, package: str = "metabase_v0_49", n: int = 200) -> None:
    """As ``bench_async_calls``: the server in a process of its own, the client's CPU time."""
    import requests

    sys.path.insert(0, str(GENERATED))
    pkg = __import__(package)
    server, url = _server()
    try:
        mb = pkg.Client(url, api_key="mb_bench")
        plain = requests.Session()
        headers = {"X-API-Key": "mb_bench"}

        def plain_get() -> object:
            return plain.get(url + "/api/card/1", headers=headers).json()

        def ours() -> object:
            return mb.card.get(1)

        runs = [_cpu_and_wall(f, n, repeat) for f in (plain_get, ours, plain_get, ours)]
    finally:
        server.kill()
        server.wait()
    (base_cpu, base_wall), (ours_cpu, ours_wall) = min(runs[0], runs[2]), min(runs[1], runs[3])
    print(
        f"calls: {package} mb.card.get(1) {ours_cpu * 1e6:.0f} us CPU "
        f"({ours_wall * 1e6:.0f} us wall), plain requests {base_cpu * 1e6:.0f} us CPU "
        f"({base_wall * 1e6:.0f} us wall), ratio {ours_cpu / base_cpu:.2f}x CPU, "
        f"{ours_wall / base_wall:.2f}x wall (target <= 1.2x)"
    )


def _cpu_and_wall(fn: Callable[[], object], n: int, repeat: int) -> tuple[float, float]:
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        for _ in range(n):
            fn()
        cpu.append((time.process_time() - c) / n)
        wall.append((time.perf_counter() - w) / n)
    return min(cpu), min(wall)


def _server() -> tuple[subprocess.Popen[str], str]:
    """The loopback server, in a process of its own (its threads do not compete with the
    client for the GIL): the process and its URL."""
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER_SCRIPT, str(Path(__file__).parent)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    return server, f"http://127.0.0.1:{int(server.stdout.readline())}"


SERVER_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
from http.server import ThreadingHTTPServer
from calls import _Answer
server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def bench_async_calls(repeat: int, package: str = "metabase_v0_49", n: int = 300) -> None:
    """The server runs in a process of its own, so that its threads do not compete with the
    event loop for the GIL; the figure is the client's CPU time per call (wall time is shown
    too, and depends on the machine's load)."""
    import asyncio

    import httpx

    sys.path.insert(0, str(GENERATED))
    pkg = __import__(package)
    server, url = _server()
    headers = {"X-API-Key": "mb_bench"}

    async def best(call: Callable[[], Any]) -> tuple[float, float]:
        cpu, wall = [], []
        for _ in range(repeat):
            c, w = time.process_time(), time.perf_counter()
            for _ in range(n):
                await call()
            cpu.append((time.process_time() - c) / n)
            wall.append((time.perf_counter() - w) / n)
        return min(cpu), min(wall)

    async def main() -> list[tuple[float, float]]:
        async with httpx.AsyncClient() as plain, pkg.AsyncClient(url, api_key="mb_bench") as mb:

            async def plain_get() -> object:
                return (await plain.get(url + "/api/card/1", headers=headers)).json()

            async def ours() -> object:
                return await mb.card.get(1)

            await plain_get()
            await ours()
            runs = [await best(f) for f in (plain_get, ours, plain_get, ours)]  # interleaved
            return [min(runs[0], runs[2]), min(runs[1], runs[3])]

    try:
        (base_cpu, base_wall), (ours_cpu, ours_wall) = asyncio.run(main())
    finally:
        server.kill()
        server.wait()
    print(
        f"async calls: {package} await mb.card.get(1) {ours_cpu * 1e6:.0f} us CPU "
        f"({ours_wall * 1e6:.0f} us wall), plain httpx {base_cpu * 1e6:.0f} us CPU "
        f"({base_wall * 1e6:.0f} us wall), ratio {ours_cpu / base_cpu:.2f}x CPU, "
        f"{ours_wall / base_wall:.2f}x wall (target <= 1.2x)"
    )
