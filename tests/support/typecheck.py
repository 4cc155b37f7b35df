"""Running ``mypy --strict`` on generated packages, with either of requests' type hints.

- ``requests``: the hints requests ships itself (2.34 on); types-requests must not be installed
  in the environment, or mypy would prefer it.
- ``types-requests``: the stub package, installed apart in ``.stubs/`` (``.ci/run`` does
  ``pip install --target .stubs types-requests``) and put first on MYPYPATH.

``httpx=False`` checks as where httpx is not installed: mypy reads no site-packages (the
types-requests stubs stand in for requests), so ``AsyncClient``'s modules see no httpx.
"""

from __future__ import annotations

import atexit
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from support.corpus import REPO

HINTS = ("requests", "types-requests")
STUBS = REPO / ".stubs" / "requests-stubs"


# mypy's cache, one per test process and way of checking: typeshed and the libraries are
# checked once, each package every time (mypy rechecks what changed, and replays the errors
# of what it did not). Removed when the process ends.
_CACHE = Path(tempfile.mkdtemp(prefix="mbgen-mypy-cache-"))
atexit.register(shutil.rmtree, _CACHE, True)


def cache_args(kind: str) -> list[str]:
    """mypy's flags for the shared cache of one way of checking (``kind`` names it)."""
    return ["--cache-dir", str(_CACHE / kind)]


def _installed(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def mypy_strict(
    folder: Path, hints: str, scratch: Path, *, httpx: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    if not httpx and hints != "types-requests":
        raise ValueError("without site-packages, requests' hints are the types-requests stubs")
    if hints == "requests":
        version = _installed("requests") or "0"
        if tuple(int(x) for x in version.split(".")[:2]) < (2, 34):
            pytest.skip(f"requests {version} ships no type hints (2.34 on does)")
        if _installed("types-requests"):
            pytest.skip("types-requests is installed here, so mypy would not read requests' own")
    else:
        if not STUBS.is_dir():
            pytest.skip(f"no types-requests in {STUBS.parent} (pip install --target .stubs)")
        stubs = scratch / "stubs"
        shutil.copytree(STUBS, stubs / "requests", dirs_exist_ok=True)
        env["MYPYPATH"] = str(stubs)
    config = scratch / "mypy.ini"  # the stubs are not ours to check, only to use
    config.write_text("[mypy]\nstrict = True\n\n[mypy-requests.*]\nignore_errors = True\n")
    flags = [] if httpx else ["--no-site-packages"]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            *cache_args(f"{hints}-{'httpx' if httpx else 'no-site'}"),
            *flags,
            ".",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=1200,
        env=env,
    )
