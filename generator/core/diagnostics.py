"""Diagnostics are values: parsers collect them, the CLI prints them and picks the exit code."""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    level: str
    code: str
    message: str

    @property
    def where(self) -> str:
        """``file:line``, or the file (or JSON pointer) alone when there is no line."""
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.level}: {self.message} [{self.code}]"


@dataclass
class Diagnostics:
    """An append-only collector handed down through a parse."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, level: str, code: str, message: str, file: str, line: int = 0) -> None:
        self.items.append(Diagnostic(file, line, level, code, message))

    def error(self, code: str, message: str, file: str, line: int = 0) -> None:
        self.add(ERROR, code, message, file, line)

    def warning(self, code: str, message: str, file: str, line: int = 0) -> None:
        self.add(WARNING, code, message, file, line)

    def info(self, code: str, message: str, file: str, line: int = 0) -> None:
        self.add(INFO, code, message, file, line)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == WARNING]


class InputError(Exception):
    """Input that cannot be used at all. Carries one diagnostic; the CLI prints it on one line."""

    def __init__(self, file: str, line: int, message: str, code: str = "bad-input") -> None:
        self.diagnostic = Diagnostic(file, line, ERROR, code, message)
        super().__init__(str(self.diagnostic))
