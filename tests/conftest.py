"""Fixtures only; helpers live in tests/support (imported as ``support.*``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.corpus import FIXTURES


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
