"""The types a user of ``AsyncClient`` sees: ``await mb.card.get(1)`` has the answer type of the
sync call, the raw views answer ``RawResponse[...]`` of it, a missing required key is an error
for both clients; and every shipped package is ``mypy --strict`` clean where httpx is not
installed (with httpx installed: test_installable.py's check of the shipped packages)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from support.shipped import GENERATED, shipped
from support.typecheck import mypy_strict

PACKAGE = "metabase_v0_59"  # OpenAPI era: GET /api/action/:id answers the Action schema

USER_SCRIPT = """
import asyncio

from {p} import AsyncClient, Client


def sync_calls() -> None:
    with Client("http://x", api_key="k") as mb:
        reveal_type(mb.action.get(1))  # S1
        reveal_type(mb.card.get(1))  # S2
        reveal_type(mb.with_raw_response.action.get(1))  # S3
        reveal_type(mb.with_raw_response.action.get(1).parse())  # S4


async def async_calls() -> None:
    async with AsyncClient("http://x", api_key="k") as mb:
        reveal_type(mb)  # A0
        action = await mb.action.get(1)
        reveal_type(action)  # A1
        card = await mb.card.get(1)
        reveal_type(card)  # A2
        raw = await mb.with_raw_response.action.get(1)
        reveal_type(raw)  # A3
        reveal_type(raw.parse())  # A4
        async for user in mb.paginate(mb.user.list):
            reveal_type(user)  # A5


asyncio.run(async_calls())
"""

WRONG_SCRIPT = """
from {p} import AsyncClient, Client


async def calls() -> None:
    async with AsyncClient("http://x", api_key="k") as mb:
        await mb.card.create()  # W1
        mb.card.get(1).keys()  # W2: a coroutine, not awaited
    with Client("http://x", api_key="k") as sync:
        sync.card.create()  # W3
"""


def _revealed(stdout: str, script: str) -> dict[str, str]:
    lines = script.splitlines()
    out = {}
    for m in re.finditer(r"^user\.py:(\d+): note: Revealed type is \"(.*)\"$", stdout, re.M):
        tag = lines[int(m.group(1)) - 1].rsplit("# ", 1)[1]
        out[tag] = m.group(2)
    return out


def test_await_gives_the_sync_calls_answer_type(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    shutil.copytree(GENERATED / PACKAGE, folder / PACKAGE)
    script = USER_SCRIPT.format(p=PACKAGE)
    (folder / "user.py").write_text(script)
    wrong = WRONG_SCRIPT.format(p=PACKAGE)
    (folder / "wrong.py").write_text(wrong)
    proc = mypy_strict(folder, "requests", tmp_path)
    types = _revealed(proc.stdout, script)
    assert types["A0"] == f"{PACKAGE}.client.AsyncClient"
    assert types["A1"] == types["S1"]
    assert types["S1"].startswith(f"TypedDict({PACKAGE}._schemas.Action, ")
    assert types["A2"] == types["S2"]
    assert types["A3"] == types["S3"] == f"{PACKAGE}._runtime.raw.RawResponse[{types['S1']}]"
    assert types["A4"] == types["S4"] == types["S1"]
    assert types["A5"] == "Any"
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    wrong_lines = wrong.splitlines()
    tags = sorted(wrong_lines[int(e.split(":")[1]) - 1].rsplit("# ", 1)[1][:2] for e in errors)
    assert all(e.startswith("wrong.py:") for e in errors), errors
    assert set(tags) == {"W1", "W2", "W3"}, proc.stdout


@pytest.mark.corpus  # one mypy run over every shipped package, with no httpx to read
def test_shipped_packages_pass_mypy_strict_without_httpx(tmp_path: Path) -> None:
    proc = mypy_strict(GENERATED, "types-requests", tmp_path, httpx=False)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "Success: no issues found" in proc.stdout


def test_a_package_passes_mypy_strict_without_httpx(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    shutil.copytree(GENERATED / "metabase_v0_49", folder / "metabase_v0_49")
    (folder / "uses_async.py").write_text(
        "from metabase_v0_49 import AsyncClient\n\n"
        "async def f() -> None:\n"
        "    async with AsyncClient('http://x', api_key='k') as mb:\n"
        "        reveal_type(await mb.card.get(1))\n"
        "import httpx\n"  # proves that mypy cannot see httpx here
    )
    proc = mypy_strict(folder, "types-requests", tmp_path, httpx=False)
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and errors[0].startswith("uses_async.py:6:"), proc.stdout
    assert "import-not-found" in errors[0] or "import" in errors[0]
    assert shipped()  # the packages the corpus-marked check above covers
