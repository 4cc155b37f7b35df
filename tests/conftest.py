"""Fixtures only; helpers live in tests/support (imported as ``support.*``).

The suite runs on every core (pytest-xdist, ``--dist loadscope`` in pyproject's addopts):
a module's tests run on one worker, so a module-scoped fixture is made once, and the tests
that use a session-scoped one (``prism_mocks``) live in one module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.corpus import FIXTURES
from support.prism import Mocks


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def prism_mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mocks]:
    """Prism mocks shared by every test that calls one: each document's starts once."""
    mocks = Mocks(tmp_path_factory.mktemp("prism"))
    try:
        yield mocks
    finally:
        mocks.close()
