"""Prism (npm @stoplight/prism-cli) mocks of OpenAPI documents, shared by the tests that
call one. Prism takes tens of seconds to start on a 1.8 MB spec, so each document's mock
starts once per test session, on first use (the ``prism_mocks`` fixture in tests/conftest.py),
and every mock stops when the session ends.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from support.corpus import REPO

PRISM = os.environ.get("MBGEN_PRISM") or next(
    (str(p) for p in [REPO / "node_modules" / ".bin" / "prism"] if p.is_file()),
    shutil.which("prism"),
)
START_TIMEOUT = 600.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Mocks:
    """Running Prism mocks, one per document, keyed by where the document came from."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self._running: dict[str, tuple[subprocess.Popen[bytes], str, Path]] = {}

    def url(self, key: str, document: dict[str, Any]) -> str:
        """The base URL of a mock of ``document``, started under ``key`` on first use.
        Raises RuntimeError, with the end of Prism's log, if it cannot start or has exited."""
        if key not in self._running:
            self._running[key] = self._start(key, document)
        proc, url, log = self._running[key]
        if proc.poll() is not None:
            raise RuntimeError(f"Prism for {key} has exited: {log.read_text()[-2000:]}")
        return url

    def _start(
        self, key: str, document: dict[str, Any]
    ) -> tuple[subprocess.Popen[bytes], str, Path]:
        work = self.scratch / f"mock{len(self._running)}"
        work.mkdir()
        (work / "api.json").write_text(json.dumps(document), encoding="utf-8")
        port, log = free_port(), work / "prism.log"
        with log.open("w") as out:
            proc = subprocess.Popen(
                [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(work / "api.json")],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while "Prism is listening" not in log.read_text():
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.terminate()
                raise RuntimeError(f"Prism did not start for {key}: {log.read_text()[-2000:]}")
            time.sleep(0.5)
        return proc, f"http://127.0.0.1:{port}", log

    def close(self) -> None:
        for proc, _, _ in self._running.values():
            proc.terminate()
        for proc, _, _ in self._running.values():
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._running.clear()
