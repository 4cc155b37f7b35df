"""Render a Diff (and, with ``--usage``, the calls it reaches) as terminal text, Markdown
for an upgrade ticket, or JSON (schema in docs/diff.md).

Paths print in one style, ``:id`` (``colon_path``); text and Markdown list breaking changes
in full and summarise non-breaking ones by kind unless ``full`` (``--all``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.analysis.changes import BREAKING, CLIENT, SERVER, Change, Diff
from generator.analysis.kinds import ChangeKind as K

if TYPE_CHECKING:  # a report without --usage loads none of the usage scanner
    from generator.analysis.usage import Hit, Usage
    from generator.analysis.usage_calls import Call, Unresolved

JSON_SCHEMA = "mbgen-diff/2"


@dataclass(frozen=True)
class Options:
    full: bool = False  # --all: non-breaking changes in full
    usage: Usage | None = None
    old_package: str | None = None
    new_package: str | None = None
    namespaces: tuple[str, ...] = ()
    severity: str | None = None
    width: int | None = None  # text: wrap lines at this many characters (a terminal's)


def summary(d: Diff) -> dict[str, int]:
    breaking = d.breaking
    return {
        "changes": len(d.changes),
        "breaking": len(breaking),
        "breaking_server": sum(1 for c in breaking if SERVER in c.breaks),
        "breaking_client": sum(1 for c in breaking if CLIENT in c.breaks),
        "non_breaking": len(d.changes) - len(breaking),
        "endpoints_added": d.count(K.ENDPOINT_ADDED),
        "endpoints_removed": d.count(K.ENDPOINT_REMOVED),
        "endpoints_not_covered": d.count(K.ENDPOINT_NOT_COVERED),
        "endpoints_moved": d.count(K.ENDPOINT_MOVED),
        "endpoints_old": len(d.old.endpoints),
        "endpoints_new": len(d.new.endpoints),
    }


def _label(d: Diff) -> str:
    return f"{d.old.metabase_version} -> {d.new.metabase_version}"


def python_label(c: Change) -> str:
    """``card.update(name=)``, ``card.get -> card.get_by_id``, ``card.get(a= -> b=)``."""
    py = c.python
    if c.param is None or not py:
        return py
    if c.kw_old and c.kw_new and c.kw_old != c.kw_new:
        return f"{py}({c.kw_old}= -> {c.kw_new}=)"
    return f"{py}({c.keyword}=)"


def _kinds(changes: list[Change]) -> str:
    counts = Counter(c.kind for c in changes)
    return ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))


def _order(c: Change) -> tuple[bool, str, str, str, str, str]:
    return (c.severity != BREAKING, c.namespace, c.path, c.method, c.kind, c.param or "")


def _line(c: Change) -> str:
    mark = "!" if c.severity == BREAKING else " "
    py = python_label(c)
    return f"{mark} {c.kind:28} {c.method:6} {_route(c)}  {py + '  ' if py else ''}{c.message}"


def _route(c: Change) -> str:
    """The route a change is listed under: OLD's for a move (its message names the new)."""
    return c.old_path if c.kind is K.ENDPOINT_MOVED and c.old_path else c.path


def _unused(d: Diff, o: Options) -> list[Change]:
    hit = o.usage.hit_changes() if o.usage else set()
    return [c for c in d.changes if c not in hit]


def text(d: Diff, o: Options | None = None) -> str:
    o = o or Options()
    s = summary(d)
    lines = [
        f"{_label(d)}: {s['changes']} changes, {s['breaking']} breaking "
        f"({s['breaking_server']} for the server, {s['breaking_client']} for the client), "
        f"{s['non_breaking']} non-breaking",
        f"endpoints: {s['endpoints_old']} -> {s['endpoints_new']} "
        f"(+{s['endpoints_added']} -{s['endpoints_removed']}"
        + (f", {s['endpoints_moved']} moved)" if s["endpoints_moved"] else ")"),
    ]
    if d.changes:
        lines.append("by kind: " + _kinds(d.changes))
    u = o.usage
    rest = sorted(_unused(d, o), key=_order)
    if u is not None:
        lines += ["", _usage_headline(u)]
        lines += [f"{n.file}:{n.line}: not checked: {n.text}: {n.reason}" for n in u.not_checked]
        lines += [f"{x.file}:{x.line}: {x.reason}" for x in u.errors]
        for file, hits in _by_file(u.hits).items():
            for (line, col, call), group in _by_call(hits).items():
                lines.append(f"{file}:{line}:{col}  {call}")
                for h in group:
                    lines.append("    " + _line(h.change).strip())
                    if h.suggestion:
                        lines.append(f"      -> {h.suggestion}")
        if u.unresolved:
            lines += ["", f"calls not resolved ({len(u.unresolved)}):"]
            lines += [f"{x.file}:{x.line}:{x.col}  {x.text}  ({x.reason})" for x in u.unresolved]
        if u.undocumented:
            lines += ["", f"calls of routes the old docs do not document ({len(u.undocumented)}):"]
            lines += [f"{c.file}:{c.line}:{c.col}  {c.text}" for c in u.undocumented]
        lines += ["", f"changes no call uses: {len(rest)}"]
        if rest and not o.full:
            lines.append("by kind: " + _kinds(rest))
            return wrapped(lines, o.width)
    breaking = [c for c in rest if c.severity == BREAKING]
    quiet = [c for c in rest if c.severity != BREAKING]
    if breaking or (quiet and o.full):
        lines.append("")
    lines += [_line(c) for c in breaking]
    if o.full:
        lines += [_line(c) for c in quiet]
    elif quiet:
        lines += ["", f"non-breaking ({len(quiet)}, --all lists them): {_kinds(quiet)}"]
    return wrapped(lines, o.width)


def wrapped(lines: list[str], width: int | None) -> str:
    """The lines as text, each longer than ``width`` broken at spaces (never inside a path
    or a name) and continued 4 columns further in than it starts."""
    if not width:
        return "\n".join(lines) + "\n"
    import textwrap  # only a terminal's width wraps: a pipe or a file loads none of it

    out: list[str] = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        indent = " " * (len(line) - len(line.lstrip()) + 4)
        out += textwrap.wrap(
            line,
            width,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
            drop_whitespace=True,
        ) or [line]
    return "\n".join(out) + "\n"


def _usage_headline(u: Usage) -> str:
    sites = {(h.call.file, h.call.line, h.call.col) for h in u.hits}
    files = {h.call.file for h in u.hits}
    line = (
        f"usage: {u.files} files, {len(u.calls)} calls to Metabase, {len(sites)} affected "
        f"in {len(files)} files, {len(u.unresolved)} not resolved"
    )
    if u.errors:
        line += f", {len(u.errors)} not read"
    if u.not_checked:
        line += f"; {len(u.not_checked)} client imports not checked"
    return line


def _by_file(hits: list[Hit]) -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = {}
    for h in hits:
        out.setdefault(h.call.file, []).append(h)
    return out


def _by_call(hits: list[Hit]) -> dict[tuple[int, int, str], list[Hit]]:
    out: dict[tuple[int, int, str], list[Hit]] = {}
    for h in hits:
        out.setdefault((h.call.line, h.call.col, h.call.text), []).append(h)
    return out


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def _md_change(c: Change) -> str:
    sev = "**Breaking** (" + ", ".join(c.breaks) + ")" if c.breaks else "Non-breaking"
    py = python_label(c)
    tail = f" (`{py}`)" if py else ""
    return f"- {sev}: `{c.method} {_route(c)}`: {_md(c.message)}{tail}"


def _code(text: str) -> str:
    return "``" + text + "``" if "`" in text else "`" + text + "`"


def markdown(d: Diff, o: Options | None = None) -> str:
    o = o or Options()
    s = summary(d)
    out = [
        f"# Metabase API changes {_label(d)}",
        "",
        f"{s['changes']} changes: **{s['breaking']} breaking** "
        f"({s['breaking_server']} for the server, {s['breaking_client']} for the generated "
        f"client), {s['non_breaking']} non-breaking. Endpoints: {s['endpoints_old']} -> "
        f"{s['endpoints_new']} (+{s['endpoints_added']}, -{s['endpoints_removed']}).",
    ]
    u = o.usage
    if u is not None:
        out += ["", "## Affected call sites", "", _usage_headline(u) + "."]
        for file, hits in _by_file(u.hits).items():
            out += ["", f"### {_code(file)}", ""]
            for (line, col, call), group in _by_call(hits).items():
                out.append(f"- line {line}:{col} {_code(call)}")
                for h in group:
                    c = h.change
                    py = python_label(c)
                    what = f"**{c.kind}** `{c.method} {_route(c)}`" + (f" (`{py}`)" if py else "")
                    fix = f"; instead: {_code(h.suggestion)}" if h.suggestion else ""
                    out.append(f"  - {what}: {_md(c.message)}{fix}")
        if u.not_checked or u.errors:
            out += ["", "## Code not checked", ""]
            for n in u.not_checked:
                out.append(f"- `{n.file}:{n.line}` {_code(n.text)}: {_md(n.reason)}")
            out += [f"- `{x.file}:{x.line}`: {_md(x.reason)}" for x in u.errors]
        if u.unresolved:
            out += ["", "## Calls not resolved", ""]
            for x in u.unresolved:
                out.append(f"- `{x.file}:{x.line}:{x.col}` {_code(x.text)}: {_md(x.reason)}")
        if u.undocumented:
            out += ["", "## Calls of routes the old docs do not document", ""]
            out += [f"- `{c.file}:{c.line}:{c.col}` {_code(c.text)}" for c in u.undocumented]
    rest = sorted(_unused(d, o), key=_order)
    breaking = [c for c in rest if c.severity == BREAKING]
    quiet = [c for c in rest if c.severity != BREAKING]
    title = "Breaking changes no call uses" if u is not None else "Breaking changes"
    if breaking:
        out += ["", f"## {title}"]
        out += _by_namespace(breaking)
    if quiet:
        out += ["", "## Non-breaking changes", ""]
        if o.full:
            out += _by_namespace(quiet)[1:]
        else:
            out.append(f"{len(quiet)}: {_kinds(quiet)} (`--all` lists them).")
    return "\n".join(out) + "\n"


def _by_namespace(changes: list[Change]) -> list[str]:
    by_ns: dict[str, list[str]] = {}
    for c in sorted(changes, key=lambda c: (c.namespace, c.path, c.method, c.kind)):
        by_ns.setdefault(c.namespace, []).append(_md_change(c))
    out: list[str] = []
    for ns in sorted(by_ns):
        out += ["", f"### {ns}", "", *by_ns[ns]]
    return out


def as_json(d: Diff, o: Options | None = None) -> str:
    o = o or Options()
    u = o.usage
    hit = u.hit_changes() if u else set()
    changes = []
    for c in d.changes:
        item = c.to_json()
        if u is not None:
            item["used"] = c in hit
        changes.append(item)
    doc: dict[str, object] = {
        "schema": JSON_SCHEMA,
        "old": _side(d.old.metabase_version, d.old.source_format, o.old_package),
        "new": _side(d.new.metabase_version, d.new.source_format, o.new_package),
        "filters": {"namespace": list(o.namespaces), "severity": o.severity},
        "summary": summary(d),
        "changes": changes,
    }
    if u is not None:
        doc["usage"] = _usage_json(u, d)
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def _side(version: str, fmt: str, package: str | None) -> dict[str, object]:
    return {"metabase_version": version, "source_format": fmt, "package": package}


def _usage_json(u: Usage, d: Diff) -> dict[str, object]:
    def where(x: Call | Unresolved) -> dict[str, object]:
        return {"file": x.file, "line": x.line, "col": x.col}

    affected = []
    for h in u.hits:
        c = h.call
        http = f"{c.http_method} {c.url}".replace("\0", "{}") if c.http_method else None
        affected.append(
            where(c)
            | {"call": c.text, "via": c.via, "python": c.attr, "http": http}
            | {"change": h.change.to_json(), "suggestion": h.suggestion}
        )
    unused = _unused(d, Options(usage=u))
    return {
        "files": u.files,
        "calls": len(u.calls),
        "affected": affected,
        "unresolved": [where(x) | {"call": x.text, "reason": x.reason} for x in u.unresolved],
        "undocumented": [where(c) | {"call": c.text} for c in u.undocumented],
        "unreadable": [where(x) | {"reason": x.reason} for x in u.errors],
        "not_checked": [
            {"file": n.file, "line": n.line, "import": n.text, "reason": n.reason}
            for n in u.not_checked
        ],
        "unused_changes": {
            "breaking": sum(1 for c in unused if c.severity == BREAKING),
            "non_breaking": sum(1 for c in unused if c.severity != BREAKING),
        },
    }


FORMATS: dict[str, Callable[[Diff, Options | None], str]] = {
    "text": text,
    "markdown": markdown,
    "json": as_json,
}
