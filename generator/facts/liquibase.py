"""The columns of Metabase's application tables, from its Liquibase migrations (YAML).

A reader of the block-YAML subset the changelogs use (mappings, sequences, also at their
parent's indentation, plain and quoted scalars, block scalars, comments), then the schema
changes replayed in order: ``createTable``, ``addColumn``, ``dropColumn``, ``renameColumn``,
``addNotNullConstraint``, ``dropNotNullConstraint``, ``modifyDataType``, ``renameTable``,
``dropTable``.  Preconditions and database-specific variants are not evaluated: the result is
the set of columns a server of that tree has, with the type and nullability last declared.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Column",
    "YamlError",
    "read_yaml",
    "replay",
    "tables_from_changelogs",
    "tables_from_h2_sql",
]

_KEY = re.compile(r"^([A-Za-z0-9_.${}\-]+|'[^']*'|\"[^\"]*\")\s*:(?:\s+(.*))?$")


class YamlError(ValueError):
    """Text outside the YAML subset; the message names the line."""


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    nullable: bool


def _strip_comment(text: str) -> str:
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"" and (i == 0 or text[i - 1] in " :-[,"):
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip()
    return text.rstrip()


def _scalar(text: str) -> Any:
    t = text.strip()
    if len(t) >= 2 and t[0] == t[-1] and t[0] in "'\"":
        return t[1:-1].replace("''", "'") if t[0] == "'" else t[1:-1]
    low = t.lower()
    if low in ("true", "yes"):
        return True
    if low in ("false", "no"):
        return False
    if low in ("null", "~", ""):
        return None
    return t


class _Reader:
    def __init__(self, text: str) -> None:
        self.lines: list[tuple[int, str, int]] = []  # (indent, content, line number)
        raw = text.splitlines()
        i = 0
        while i < len(raw):
            line = raw[i]
            body = _strip_comment(line) if not line.lstrip().startswith("#") else ""
            if body.strip():
                indent = len(body) - len(body.lstrip(" "))
                content = body.strip()
                # a quoted scalar running over several lines: join them
                m = _KEY.match(content.lstrip("- ").strip())
                value = (m.group(2) or "") if m else ""
                if value[:1] in ("'", '"') and not _closed(value):
                    while i + 1 < len(raw) and not _closed(value):
                        i += 1
                        value += " " + raw[i].strip()
                        content += " " + raw[i].strip()
                self.lines.append((indent, content, i + 1))
            i += 1

    def node(self, i: int, indent: int) -> tuple[Any, int]:
        content = self.lines[i][1]
        if content == "-" or content.startswith("- "):
            return self.sequence(i, indent)
        if _KEY.match(content):
            return self.mapping(i, indent)
        return _scalar(content), i + 1

    def _block(self, i: int, indent: int) -> int:
        while i < len(self.lines) and self.lines[i][0] > indent:
            i += 1
        return i

    def mapping(self, i: int, indent: int) -> tuple[dict[str, Any], int]:
        out: dict[str, Any] = {}
        while i < len(self.lines):
            ind, content, no = self.lines[i]
            if ind < indent or (ind == indent and content.startswith("-")):
                break
            if ind > indent:  # continuation of a plain multi-line scalar
                i += 1
                continue
            m = _KEY.match(content)
            if not m:
                raise YamlError(f"line {no}: expected 'key: value'")
            key, rest = str(_scalar(m.group(1))), (m.group(2) or "").strip()
            i += 1
            if rest[:1] in ("|", ">"):
                out[key], i = "", self._block(i, indent)
            elif rest:
                out[key] = _scalar(rest)
            elif i < len(self.lines) and self.lines[i][0] > indent:
                out[key], i = self.node(i, self.lines[i][0])
            elif (
                i < len(self.lines)
                and self.lines[i][0] == indent
                and self.lines[i][1].startswith("-")
            ):
                out[key], i = self.sequence(i, indent)
            else:
                out[key] = None
        return out, i

    def sequence(self, i: int, indent: int) -> tuple[list[Any], int]:
        out: list[Any] = []
        while i < len(self.lines):
            ind, content, no = self.lines[i]
            if ind != indent or not (content == "-" or content.startswith("- ")):
                if ind > indent:
                    i += 1
                    continue
                break
            rest = content[1:].lstrip()
            if not rest:
                if i + 1 < len(self.lines) and self.lines[i + 1][0] > indent:
                    item, i = self.node(i + 1, self.lines[i + 1][0])
                else:
                    item, i = None, i + 1
                out.append(item)
                continue
            inner = indent + len(content) - len(rest)
            self.lines[i] = (inner, rest, no)
            item, i = self.node(i, inner)
            out.append(item)
        return out, i


def _closed(value: str) -> bool:
    q = value[:1]
    body = value[1:]
    if q == "'":
        body = body.replace("''", "")
    return q in body


def read_yaml(text: str) -> Any:
    r = _Reader(text)
    if not r.lines:
        return None
    value, _ = r.node(0, r.lines[0][0])
    return value


# ---- replaying the changes -------------------------------------------------------------

Tables = dict[str, dict[str, Column]]


def _columns(change: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for item in change.get("columns") or []:
        col = item.get("column") if isinstance(item, dict) else None
        if isinstance(col, dict) and col.get("name"):
            out.append(col)
    return out


def _nullable(col: dict[str, Any]) -> bool:
    cons = col.get("constraints")
    return not (
        isinstance(cons, dict) and (cons.get("primaryKey") is True or cons.get("nullable") is False)
    )


def _name(value: Any) -> str:
    return str(value).strip('"`').lower()


def _apply(tables: Tables, kind: str, ch: dict[str, Any]) -> None:
    table = _name(ch.get("tableName", ""))
    cols = tables.get(table)
    if kind in ("createTable", "addColumn"):
        target = tables.setdefault(table, {})
        for spec in _columns(ch):
            n = _name(spec["name"])
            target[n] = Column(n, str(spec.get("type", "")), _nullable(spec))
    elif kind == "renameTable":
        old, new = _name(ch.get("oldTableName", "")), _name(ch.get("newTableName", ""))
        if old in tables:
            tables[new] = tables.pop(old)
    elif cols is None:
        return
    elif kind == "dropTable":
        del tables[table]
    elif kind == "dropColumn":
        names = [_name(spec["name"]) for spec in _columns(ch)] or [_name(ch.get("columnName", ""))]
        for n in names:
            cols.pop(n, None)
    elif kind == "renameColumn":
        old, new = _name(ch.get("oldColumnName", "")), _name(ch.get("newColumnName", ""))
        if old in cols:
            c = cols.pop(old)
            cols[new] = Column(new, c.sql_type, c.nullable)
    elif kind in ("addNotNullConstraint", "dropNotNullConstraint", "modifyDataType"):
        n = _name(ch.get("columnName", ""))
        if n in cols:
            c = cols[n]
            if kind == "modifyDataType":
                cols[n] = Column(n, str(ch.get("newDataType", c.sql_type)), c.nullable)
            else:
                cols[n] = Column(n, c.sql_type, kind == "dropNotNullConstraint")


def replay(changelog: Any, tables: Tables | None = None) -> Tables:
    """``tables`` (or a new schema) after the changes of one changelog document."""
    tables = {} if tables is None else tables
    entries = changelog.get("databaseChangeLog") if isinstance(changelog, dict) else None
    for entry in entries or []:
        cs = entry.get("changeSet") if isinstance(entry, dict) else None
        if not isinstance(cs, dict):
            continue
        for change in cs.get("changes") or []:
            if not isinstance(change, dict):
                continue
            for kind, body in change.items():
                if isinstance(body, dict):
                    _apply(tables, kind, body)
    return tables


_CREATE = re.compile(r'^CREATE (?:CACHED |MEMORY )?TABLE "PUBLIC"\."([A-Z0-9_]+)"')
_SQL_COLUMN = re.compile(r'^\s*"([A-Z0-9_]+)"\s+([A-Z][A-Z ]*[A-Z](?:\(\d+(?:, ?\d+)?\))?)')


_SQL_STOP = {"GENERATED", "DEFAULT", "COMMENT", "NOT", "NULL", "ON", "AS"}


def tables_from_h2_sql(text: str) -> Tables:
    """The tables of the H2 dump Metabase initialises a new application database with
    (``resources/migrations/initialization/metabase_h2.sql``, 2024-): each
    ``CREATE ... TABLE "PUBLIC"."NAME"(`` block, one column a line, ``NOT NULL`` at its end."""
    tables: Tables = {}
    current: dict[str, Column] | None = None
    for line in text.splitlines():
        m = _CREATE.match(line)
        if m:
            current = tables.setdefault(m.group(1).lower(), {})
            continue
        if current is None:
            continue
        if line.startswith(")"):
            current = None
            continue
        c = _SQL_COLUMN.match(line)
        if c:
            name = c.group(1).lower()
            nullable = not line.rstrip().rstrip(",").endswith("NOT NULL")
            words = []
            for word in c.group(2).split():
                if word in _SQL_STOP:
                    break
                words.append(word)
            current[name] = Column(name, " ".join(words).lower(), nullable)
    return tables


def tables_from_changelogs(texts: list[tuple[str, str]]) -> Tables:
    """The schema after the changelog files (name, text), replayed in name order; ``.json``
    files (the 2015-2016 changelogs) are read as JSON, the others as YAML.  A ``.sql`` text
    (the H2 dump of a new database) is the starting schema when there is no ``000_``
    changelog (trees that dropped the legacy migrations); the changes replayed over it are
    mostly already in it and settle to the same columns."""
    tables: Tables = {}
    base = [t for n, t in texts if n.endswith(".sql")]
    if base and not any(n.startswith("000_") for n, _ in texts):
        tables = tables_from_h2_sql(base[0])  # the legacy changelog is gone: start from the dump
    for name, text in sorted(texts):
        if name.endswith(".sql"):
            continue
        try:
            doc = json.loads(text) if name.endswith(".json") else read_yaml(text)
        except YamlError as exc:
            raise YamlError(f"{name}: {exc}") from None
        except json.JSONDecodeError as exc:
            raise YamlError(f"{name}: line {exc.lineno}: {exc.msg}") from None
        replay(doc, tables)
    return tables
