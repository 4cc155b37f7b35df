"""Values every part of the runtime shares: UNSET, the timeout and file types, the limits."""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Mapping
from typing import IO, Any, Protocol, TypeAlias

log = logging.getLogger(__package__ or __name__)  # the runtime's logger

# Seconds: one number for connect and read, a (connect, read) pair, or None to wait forever.
Timeout: TypeAlias = float | tuple[float, float] | None
# Where ``to_file=`` writes a download: a path, or a binary file object open for writing.
FileTarget: TypeAlias = str | os.PathLike[str] | IO[bytes]

RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})
_AUTH_HEADERS = frozenset({"x-metabase-session", "x-api-key"})
_CHUNK = 1 << 16  # bytes read at a time when streaming a download to a file


class Unset(enum.Enum):
    """The type of ``UNSET``: the default of optional parameters, which are then not sent."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = Unset.UNSET


class Answer(Protocol):
    """What the runtime reads of an HTTP answer: a ``requests.Response``, an
    ``httpx.Response`` (once read) and a ``RawResponse`` all are one."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    @property
    def text(self) -> str: ...

    def json(self) -> Any: ...
