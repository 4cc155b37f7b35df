"""The raw answer of a call (``client.with_raw_response.card.get(1)``): status, headers and
bytes, and ``parse()`` for what the plain call returns."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Generic, TypeVar, cast

from .base import Answer
from .policy import decode

T = TypeVar("T")


class RawResponse(Generic[T]):
    """An answer as the server sent it. ``status_code``, ``headers`` (case-insensitive),
    ``content`` (bytes), ``text``, ``json()``, and ``parse()``: what the plain call returns
    (None after ``to_file=``, which wrote the body to the file and left ``content`` empty).
    Error statuses raise as the plain call does: a raw response is always a success."""

    def __init__(self, answer: Answer, *, streamed: bool = False) -> None:
        self.status_code = answer.status_code
        self.headers: Mapping[str, str] = answer.headers
        self.content = b"" if streamed else answer.content
        self._streamed = streamed
        self._answer = answer

    @property
    def text(self) -> str:
        """The body as text (decoded as the answer's charset says)."""
        return "" if self._streamed else self._answer.text

    def json(self) -> Any:
        """The body parsed as JSON (``ValueError`` when it is none)."""
        return json.loads(self.content)

    def parse(self) -> T:
        """What the plain call returns for this answer."""
        return cast(T, None if self._streamed else decode(self))

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"
