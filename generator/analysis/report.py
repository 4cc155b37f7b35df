"""Render a Diff as terminal text, changelog Markdown, or JSON (schema in docs/diff.md)."""

from __future__ import annotations

import json
from collections import Counter

from generator.analysis.diff import BREAKING, CLIENT, SERVER, Diff

JSON_SCHEMA = "mbgen-diff/1"


def summary(d: Diff) -> dict[str, int]:
    breaking = d.breaking
    return {
        "changes": len(d.changes),
        "breaking": len(breaking),
        "breaking_server": sum(1 for c in breaking if SERVER in c.breaks),
        "breaking_client": sum(1 for c in breaking if CLIENT in c.breaks),
        "non_breaking": len(d.changes) - len(breaking),
        "endpoints_added": d.count("endpoint-added"),
        "endpoints_removed": d.count("endpoint-removed"),
        "endpoints_old": len(d.old.endpoints),
        "endpoints_new": len(d.new.endpoints),
    }


def _label(d: Diff) -> str:
    return f"{d.old.metabase_version} -> {d.new.metabase_version}"


def _severity(c_breaks: tuple[str, ...]) -> str:
    if not c_breaks:
        return "non-breaking"
    return "BREAKING (" + ", ".join(c_breaks) + ")"


def text(d: Diff) -> str:
    s = summary(d)
    lines = [
        f"{_label(d)}: {s['changes']} changes, {s['breaking']} breaking "
        f"({s['breaking_server']} for the server, {s['breaking_client']} for the client), "
        f"{s['non_breaking']} non-breaking",
        f"endpoints: {s['endpoints_old']} -> {s['endpoints_new']} "
        f"(+{s['endpoints_added']} -{s['endpoints_removed']})",
    ]
    kinds = Counter(c.kind for c in d.changes)
    if kinds:
        lines.append("by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        lines.append("")
    ordered = sorted(
        d.changes, key=lambda c: (c.severity != BREAKING, c.namespace, c.path, c.method, c.kind)
    )
    for c in ordered:
        mark = "!" if c.severity == BREAKING else " "
        lines.append(f"{mark} {c.kind:28} {c.method:6} {c.path}  {c.message}")
    return "\n".join(lines) + "\n"


def markdown(d: Diff) -> str:
    s = summary(d)
    out = [
        f"# Metabase API changes {_label(d)}",
        "",
        f"{s['changes']} changes: **{s['breaking']} breaking** "
        f"({s['breaking_server']} for the server, {s['breaking_client']} for the generated "
        f"client), {s['non_breaking']} non-breaking. Endpoints: {s['endpoints_old']} -> "
        f"{s['endpoints_new']} (+{s['endpoints_added']}, -{s['endpoints_removed']}).",
    ]
    by_ns: dict[str, list[str]] = {}
    for c in sorted(
        d.changes, key=lambda c: (c.namespace, c.severity != BREAKING, c.path, c.method, c.kind)
    ):
        sev = "**Breaking** (" + ", ".join(c.breaks) + ")" if c.breaks else "Non-breaking"
        msg = c.message.replace("|", "\\|")
        by_ns.setdefault(c.namespace, []).append(f"- {sev}: `{c.method} {c.path}`: {msg}")
    for ns in sorted(by_ns):
        out += ["", f"## {ns}", "", *by_ns[ns]]
    return "\n".join(out) + "\n"


def as_json(d: Diff) -> str:
    doc = {
        "schema": JSON_SCHEMA,
        "old": {"metabase_version": d.old.metabase_version, "source_format": d.old.source_format},
        "new": {"metabase_version": d.new.metabase_version, "source_format": d.new.source_format},
        "summary": summary(d),
        "changes": [c.to_json() for c in d.changes],
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


FORMATS = {"text": text, "markdown": markdown, "json": as_json}
