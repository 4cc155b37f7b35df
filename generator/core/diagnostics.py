"""Diagnostics are values: readers and commands collect them, the CLI prints them, and one
function (``exit_code``) turns them into the exit code of every command.

Every diagnostic has a code from ``CODES``, which fixes its level, and a location: a file
and line (Markdown), a file and JSON pointer (OpenAPI, model JSON), or a name (a URL, a
flag, a folder) where there is no file.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


EXIT_OK = 0
EXIT_FAIL = 1  # --strict with warnings, --fail-on with a match
EXIT_INPUT = 2  # unusable input: nothing is written

E, W = Level.ERROR, Level.WARNING

# Every code mbgen reports, its level, and what it means (docs/diagnostics.md lists them).
CODES: dict[str, tuple[Level, str]] = {
    # input that cannot be used at all
    "missing": (E, "a file, folder or linked page is not there"),
    "empty": (E, "an empty folder"),
    "not-docs": (E, "no Metabase API documentation in it"),
    "io": (E, "the file cannot be read"),
    "binary": (E, "a binary file"),
    "encoding": (E, "text in an encoding mbgen does not read"),
    "front-matter": (E, "YAML front matter that is never closed"),
    "bad-heading": (E, "an endpoint heading that cannot be read"),
    "unknown-method": (E, "an HTTP method Metabase does not use"),
    "json": (E, "invalid JSON"),
    "truncated": (E, "a document cut short"),
    "not-openapi": (E, "JSON that is not an OpenAPI document"),
    "bad-path": (E, "an OpenAPI path item that is not an object"),
    "bad-operation": (E, "an OpenAPI operation that is not an object"),
    "model-json": (E, "a model JSON that does not have the documented shape"),
    "not-generated": (E, "an output path mbgen did not create"),
    "foreign-file": (E, "a file mbgen did not write, inside a generated package"),
    "bad-package": (E, "a package name that is not a lower-case identifier"),
    "no-version": (W, "no Metabase version in the docs or on the command line"),
    "no-package-name": (E, "generate: no version in the docs, nor --version or --package"),
    "version-mismatch": (W, "--version disagrees with the document's title (the title wins)"),
    "bad-version": (E, "a version that is not one (e.g. ../x): versions look like 0.49.3"),
    "usage": (E, "flags or arguments that do not go together"),
    # servers and jars
    "auth": (E, "the server refused the credentials"),
    "connection": (E, "the server cannot be reached"),
    "http": (E, "the server answered with an error"),
    "too-old": (E, "the server has no OpenAPI document"),
    "no-java": (E, "no Java to run the jar with"),
    "not-metabase": (E, "a jar that is not Metabase"),
    "timeout": (E, "a command that ran too long"),
    "git": (E, "a git command of mbgen facts failed (no such repository or revision)"),
    # what the docs say in a way mbgen reads around
    "bad-param": (W, "a parameter entry without a name"),
    "namespace-heading": (
        W,
        "a heading naming a namespace no route facts mount: route guessed from the name",
    ),
    "dropped-heading": (W, "a heading with an HTTP method that is not read as an endpoint"),
    "duplicate-param": (W, "a parameter listed twice"),
    "duplicate-endpoint": (W, "an endpoint documented twice"),
    "empty-page": (W, "a page that documents no endpoint"),
    "unlinked-page": (W, "a page the index does not link"),
    "unreadable-prose": (W, "schema prose mbgen cannot type"),
    "unresolvable-ref": (W, "a $ref that points nowhere"),
    "deep-schema": (W, "a schema nested too deep to type: typed Any"),
    "bad-default": (W, "a default that is not of the parameter's type"),
    "non-json-body": (W, "a request body neither JSON nor multipart"),
    "not-metabase-api": (W, "an OpenAPI document whose paths are not Metabase's (/api/...)"),
    "stray-path-param": (W, "a path parameter the path does not contain"),
    # route facts (docs/facts.md)
    "facts-none": (W, "no route facts fit the docs: parameters placed by the docs' rules"),
    "facts-guessed": (W, "route facts chosen by similarity: the docs carry no version"),
    "facts-missing": (W, "an endpoint the route facts do not have"),
    "facts-disagree": (W, "a documented parameter the route does not read"),
}

# Warnings the CLI prints even without -v: they say a flag was overruled or the input is not
# what the user thinks it is (docs/diagnostics.md).
SHOWN_ALWAYS = frozenset({"version-mismatch", "not-metabase-api"})


def shown_always(code: str) -> bool:
    return code in SHOWN_ALWAYS


@dataclass(frozen=True, order=True)
class Location:
    """Where a diagnostic points: ``file:line``, ``file#/json/pointer``, or ``file``."""

    file: str
    line: int = 0
    pointer: str = ""

    def __str__(self) -> str:
        if self.pointer:
            return f"{self.file}#{self.pointer}"
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True, order=True)
class Diagnostic:
    location: Location
    level: Level = field(compare=False)
    code: str
    message: str

    @property
    def file(self) -> str:
        return self.location.file

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def where(self) -> str:
        return str(self.location)

    def __str__(self) -> str:
        return f"{self.location}: {self.level.value}: {self.message} [{self.code}]"


def make(code: str, message: str, at: str | Location, line: int = 0) -> Diagnostic:
    """A diagnostic with the level its code has; an unknown code is a bug in mbgen."""
    level, _ = CODES[code]
    where = at if isinstance(at, Location) else Location(at, line)
    return Diagnostic(where, level, code, message)


@dataclass
class Diagnostics:
    """An append-only collector handed down through a parse."""

    items: list[Diagnostic] = field(default_factory=list)

    def _add(self, level: Level, code: str, message: str, at: str | Location, line: int) -> None:
        d = make(code, message, at, line)
        if d.level is not level:
            raise ValueError(f"code {code!r} is a {d.level.value}, not a {level.value}")
        self.items.append(d)

    def error(self, code: str, message: str, at: str | Location, line: int = 0) -> None:
        self._add(Level.ERROR, code, message, at, line)

    def warning(self, code: str, message: str, at: str | Location, line: int = 0) -> None:
        self._add(Level.WARNING, code, message, at, line)

    def extend(self, more: Iterable[Diagnostic]) -> None:
        self.items.extend(more)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level is Level.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level is Level.WARNING]


class InputError(Exception):
    """Input that cannot be used at all. Carries one diagnostic; the CLI prints it on one line."""

    def __init__(self, at: str | Location, line: int, message: str, code: str = "not-docs"):
        self.diagnostic = make(code, message, at, line)
        super().__init__(str(self.diagnostic))


def exit_code(diags: Iterable[Diagnostic], *, strict: bool = False, failed: bool = False) -> int:
    """The exit code of every command: 2 when anything is an error (and then nothing is
    written), 1 for warnings under ``--strict`` or a ``--fail-on`` match, else 0."""
    items = list(diags)
    if any(d.level is Level.ERROR for d in items):
        return EXIT_INPUT
    if failed or (strict and any(d.level is Level.WARNING for d in items)):
        return EXIT_FAIL
    return EXIT_OK
