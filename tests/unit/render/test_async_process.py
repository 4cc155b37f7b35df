"""AsyncClient in a process of its own: a large export streamed to a file with flat memory,
100 concurrent calls on one event loop without a thread per call, and a package imported
where httpx is missing (the import works, ``AsyncClient`` says what to install)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

GENERATED = Path(__file__).resolve().parents[3] / "generated"


def _run(script: str, *args: str, timeout: float = 120) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=timeout
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


STREAM_MB = 300  # the size a held-out check uses

STREAM_SCRIPT = """
import asyncio, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
import {package} as pkg

async def main():
    async with pkg.AsyncClient(sys.argv[2], api_key="k") as mb:
        await mb.card.get(1)  # warm: connection pool, imports
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        started = time.perf_counter()
        await mb.card.export(1, "csv", to_file=sys.argv[3])
        took = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(after - before, peak, took)

asyncio.run(main())
"""


def test_a_large_export_streams_to_a_file_with_flat_memory(
    rpkg: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    chunk = b"0123456789abcdef" * 65536  # 1 MiB

    def export(_: Request) -> Response:
        return Response(
            (chunk for _ in range(STREAM_MB)),
            200,
            content_type="text/csv",
            headers={"Content-Length": str(len(chunk) * STREAM_MB)},
        )

    httpserver.expect_request("/api/card/1/query/csv", method="POST").respond_with_handler(export)
    httpserver.expect_request("/api/card/1").respond_with_json({})
    out = tmp_path / "big.csv"
    pkg_dir = Path(rpkg.__file__).parents[1]
    script = STREAM_SCRIPT.format(package=rpkg.__name__)
    rss_kib, traced, took = _run(script, str(pkg_dir), httpserver.url_for("/"), str(out)).split()
    assert out.stat().st_size == len(chunk) * STREAM_MB
    assert out.read_bytes()[:32] == chunk[:32]
    out.unlink()
    print(f"{STREAM_MB} MiB async export: peak RSS +{int(rss_kib) / 1024:.1f} MiB, {took} s")
    # Holding the export would grow memory by at least its size; streaming stays far below.
    assert int(rss_kib) < 12 * 1024  # ru_maxrss is in KiB on Linux
    assert int(traced) < 4 * 2**20


CONCURRENT_SCRIPT = """
import asyncio, json, sys, threading, time
sys.path.insert(0, sys.argv[1])
import {package} as pkg

async def main():
    most = threading.active_count()
    async with pkg.AsyncClient(sys.argv[2], api_key="k") as mb:
        async def one(i):
            nonlocal most
            answer = await mb.card.get(i)
            most = max(most, threading.active_count())
            return answer["path"]

        async def watch():
            nonlocal most
            while True:
                most = max(most, threading.active_count())
                await asyncio.sleep(0.005)

        watcher = asyncio.ensure_future(watch())
        started = time.perf_counter()
        paths = await asyncio.gather(*(one(i) for i in range(100)))
        took = time.perf_counter() - started
        watcher.cancel()
    print(json.dumps({{"paths": paths, "threads": most, "took": took}}))

asyncio.run(main())
"""


def test_100_concurrent_calls_on_one_loop_without_threads(rpkg: ModuleType) -> None:
    # Each request answered on a server thread of its own. An IP address, not "localhost":
    # a host name is looked up in asyncio's default executor (a bounded thread pool).
    server = HTTPServer(host="127.0.0.1", threaded=True)
    seen: list[float] = []

    def slow(request: Request) -> Response:
        seen.append(time.perf_counter())
        time.sleep(0.2)
        body = {"path": request.path}
        return Response(json.dumps(body), 200, content_type="application/json")

    server.expect_request(re.compile("/api/card/[0-9]+")).respond_with_handler(slow)
    server.start()
    try:
        pkg_dir = Path(rpkg.__file__).parents[1]
        script = CONCURRENT_SCRIPT.format(package=rpkg.__name__)
        result = json.loads(_run(script, str(pkg_dir), server.url_for("/")))
    finally:
        server.clear()
        server.stop()
    assert result["paths"] == [f"/api/card/{i}" for i in range(100)]
    assert len(seen) == 100
    # One after another they would take 20 s; together, a fraction of it.
    assert result["took"] < 6.0, result["took"]
    assert result["threads"] == 1  # the client's process never ran a second thread
    print(f"100 concurrent async calls: {result['took']:.2f} s, {result['threads']} thread")


NO_HTTPX_SCRIPT = """
import sys
sys.modules["httpx"] = None  # as if httpx were not installed: importing it fails
sys.path.insert(0, sys.argv[1])
import {package} as pkg
mb = pkg.Client("http://127.0.0.1:9", api_key="k")
assert "httpx" not in sys.modules or sys.modules["httpx"] is None
try:
    pkg.AsyncClient("http://127.0.0.1:9", api_key="k")
except ImportError as exc:
    print(exc)
else:
    raise SystemExit("AsyncClient was made without httpx")
"""


@pytest.mark.parametrize("package", ["metabase_v0_49", "metabase_v0_56"])
def test_without_httpx_the_package_imports_and_asyncclient_says_what_to_install(
    package: str,
) -> None:
    out = _run(NO_HTTPX_SCRIPT.format(package=package), str(GENERATED))
    dist = package.replace("_", "-")
    assert out.strip() == (
        f"AsyncClient needs httpx: pip install '{dist}[async]' (or pip install httpx)"
    )


def test_importing_a_package_loads_neither_httpx_nor_asyncio() -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import metabase_v0_56 as pkg\n"
        "mb = pkg.Client('http://127.0.0.1:9', api_key='k'); mb.card\n"
        "print(sorted(m for m in ('httpx', 'asyncio', 'anyio') if m in sys.modules))"
    )
    assert _run(script, str(GENERATED)).strip() == "[]"
