"""Backend corrections of the frontend's answer types (docs/answers.md, "Rules"): the
columns of the application table a type is a row of, from the Liquibase migrations."""

from __future__ import annotations

import re
from typing import Any

from .answers_build import rename_in, widen_literals, with_none
from .liquibase import Column
from .malli import MBQL5_QUERY

__all__ = [
    "ROW_TYPES",
    "apply_columns",
    "apply_hydrated",
    "apply_legacy_query",
    "apply_mbql5",
    "apply_result_columns",
    "column_type",
]

# Frontend type name -> the application table whose rows the server sends as that shape.
ROW_TYPES: dict[str, str] = {
    "ActionDashboardCard": "report_dashboardcard",
    "BaseDashboardCard": "report_dashboardcard",
    "BaseGroupInfo": "permissions_group",
    "BaseUser": "core_user",
    "Card": "report_card",
    "CardCreator": "core_user",
    "Collection": "collection",
    "CreatorInfo": "core_user",
    "Dashboard": "report_dashboard",
    "DashboardCard": "report_dashboardcard",
    "DashboardOrderedCard": "report_dashboardcard",
    "DashboardTab": "dashboard_tab",
    "DatasetColumn": "metabase_field",
    "Database": "metabase_database",
    "Field": "metabase_field",
    "Group": "permissions_group",
    "GroupInfo": "permissions_group",
    "LastEditInfo": "core_user",
    "DashboardLastEditInfo": "core_user",
    "ListDashboardsResponseItemLastEditInfo": "core_user",
    "RevisionUser": "core_user",
    "ListDashboardsResponseItem": "report_dashboard",
    "ModelIndex": "model_index",
    "ModerationReview": "moderation_review",
    "NativeQuerySnippet": "native_query_snippet",
    "QuestionDashboardCard": "report_dashboardcard",
    "Revision": "revision",
    "Segment": "segment",
    "Table": "metabase_table",
    "Timeline": "timeline",
    "TimelineEvent": "timeline_event",
    "User": "core_user",
    "UserInfo": "core_user",
    "VirtualDashboardCard": "report_dashboardcard",
    "WritebackAction": "action",
}
# Columns the server never sends (secrets, migration leftovers).
HIDDEN: dict[str, frozenset[str]] = {
    "core_user": frozenset({"password", "password_salt", "reset_token", "reset_triggered"}),
    "report_card": frozenset({"dataset_query_metrics_v2_migration_backup"}),
    "metabase_database": frozenset({"cache_field_values_schedule_bak"}),
}
_BLOB = re.compile(r"large object|clob|blob|text", re.I)
_INT = re.compile(r"^(int|integer|smallint|bigint|tinyint|serial|bigserial)\b", re.I)
_BOOL = re.compile(r"^(boolean|bool|bit|\$\{boolean\.type\})", re.I)
_FLOAT = re.compile(r"^(double|float|real|decimal|numeric)", re.I)
_STR = re.compile(
    r"^(varchar|char|character|nvarchar|uuid|\$\{uuid\.type\}|datetime|timestamp|date|time"
    r"|\$\{timestamp_type\})",
    re.I,
)


def column_type(col: Column) -> str:
    """The JSON type of a column's value: text columns may hold JSON the server decodes."""
    t = col.sql_type.strip()
    if _BLOB.search(t):
        return "Any"
    base = (
        "int"
        if _INT.match(t)
        else (
            "bool"
            if _BOOL.match(t)
            else "int | float" if _FLOAT.match(t) else "str" if _STR.match(t) else "Any"
        )
    )
    return f"{base} | None" if col.nullable and base != "Any" else base


# Row types that double as a column of query results (``result_metadata``, ``data.cols``),
# whose entries are not rows: of their keys only these stay required.
_RESULT_COLUMN_KEYS = {"metabase_field": {"name"}}


def _row_field(f: dict[str, Any], col: Column | None, keep: set[str] | None) -> dict[str, Any]:
    """One key of a row type: required only if the frontend requires it and it is a column
    that is never null (the server sends every column of a row; other keys depend on the
    route); a nullable column, and a key not required, admits None."""
    required = f["required"] and col is not None and not col.nullable
    if keep is not None:
        required = required and f["key"] in keep
    nullable = not required or (col is not None and col.nullable)
    return {**f, "required": required, "type": with_none(f["type"]) if nullable else f["type"]}


# Types whose entries are trimmed rows of one of several tables: they get the columns they
# lack (not required; a key of several tables is typed by the union of their column types).
MIXED_ROW_TYPES: dict[str, tuple[str, ...]] = {
    "CollectionItem": ("report_card", "report_dashboard", "collection"),
    "SearchResult": ("report_card", "report_dashboard", "collection", "metabase_table"),
}


def _mixed_columns(t: dict[str, Any], tables: list[dict[str, Column]]) -> dict[str, Any]:
    have = {f["key"] for f in t["fields"]}
    extra: dict[str, list[str]] = {}
    for table in tables:
        for col in table.values():
            if col.name not in have:
                text = with_none(column_type(col))
                extra.setdefault(col.name, [])
                if text not in extra[col.name]:
                    extra[col.name].append(text)
    added = [{"key": k, "type": _join(v), "required": False} for k, v in sorted(extra.items())]
    return {**t, "fields": sorted([*t["fields"], *added], key=lambda f: f["key"])}


def _join(texts: list[str]) -> str:
    if "Any" in texts:
        return "Any"
    parts = [p for text in texts for p in text.split(" | ") if p != "None"]
    return " | ".join([*dict.fromkeys(parts), "None"])


def apply_columns(snap: dict[str, Any], tables: dict[str, dict[str, Column]]) -> dict[str, Any]:
    """A key the table has and the type lacks is added, not required, typed by the column;
    the other keys follow :func:`_row_field`."""
    types: dict[str, Any] = {}
    changed = False
    for name, t in snap["types"].items():
        mixed = [tables[n] for n in MIXED_ROW_TYPES.get(name, ()) if n in tables]
        if mixed and "fields" in t:
            types[name] = _mixed_columns(t, mixed)
            changed = True
            continue
        table = tables.get(ROW_TYPES.get(name, ""))
        if table is None or "fields" not in t:
            types[name] = t
            continue
        hidden = HIDDEN.get(ROW_TYPES[name], frozenset())
        keep = _RESULT_COLUMN_KEYS.get(ROW_TYPES[name])
        fields = {
            f["key"]: _row_field(f, None if f["key"] in hidden else table.get(f["key"]), keep)
            for f in t["fields"]
        }
        for col in table.values():
            if col.name not in hidden and col.name not in fields:
                fields[col.name] = {"key": col.name, "type": column_type(col), "required": False}
        types[name] = {**t, "fields": [fields[k] for k in sorted(fields)]}
        changed = True
    sources = set(snap["sources"]) | ({"migrations"} if changed else set())
    return {**snap, "types": types, "sources": sorted(sources)}


def _schema_type(t: dict[str, Any]) -> dict[str, Any]:
    """A type read from a backend schema, under the frontend types' rules: literal sets
    widened, keys not required admitting None."""
    if "fields" not in t:
        return t
    fields = []
    for f in t["fields"]:
        text = widen_literals(f["type"])
        fields.append({**f, "type": text if f["required"] else with_none(text)})
    return {**t, "fields": fields}


def apply_mbql5(snap: dict[str, Any], mbql5: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The frontend's opaque (branded) query type is the MBQL 5 query: references to it name
    the backend's shape (:func:`generator.facts.malli.mbql5_types`) instead; without one, the
    opaque type keeps its plain keys.  The ``brand`` marker is dropped either way."""
    opaque = {
        n
        for n, t in snap["types"].items()
        if t.get("brand") and any(f["key"] == "database" for f in t.get("fields", ()))
    }
    types = {n: {k: v for k, v in t.items() if k != "brand"} for n, t in snap["types"].items()}
    if not opaque or not mbql5:
        return {**snap, "types": types}
    mapping = {n: MBQL5_QUERY for n in opaque}
    out: dict[str, Any] = {}
    for name, t in types.items():
        if name in opaque:
            continue
        if "union" in t:
            t = {**t, "union": sorted({mapping.get(u, u) for u in t["union"]})}
            t.pop("tag", None)
        elif "alias" in t:
            t = {**t, "alias": rename_in(t["alias"], mapping)}
        else:
            t = {**t, "fields": [{**f, "type": rename_in(f["type"], mapping)} for f in t["fields"]]}
        out[name] = t
    out.update({n: _schema_type(t) for n, t in mbql5.items()})
    routes = {k: rename_in(v, mapping) for k, v in snap["routes"].items()}
    sources = sorted(set(snap["sources"]) | {"malli"})
    return {**snap, "types": dict(sorted(out.items())), "routes": routes, "sources": sources}


def apply_hydrated(snap: dict[str, Any], keys: dict[str, set[str]]) -> dict[str, Any]:
    """A key the model's API namespace hydrates and the type lacks is added: not required,
    ``Any`` (the hydrated value's shape is not stated there)."""
    types = dict(snap["types"])
    changed = False
    for name, extra in keys.items():
        t = types.get(name)
        if t is None or "fields" not in t:
            continue
        have = {f["key"] for f in t["fields"]}
        new = [{"key": k, "type": "Any", "required": False} for k in sorted(extra - have)]
        if new:
            types[name] = {**t, "fields": sorted([*t["fields"], *new], key=lambda f: f["key"])}
            changed = True
    sources = set(snap["sources"]) | ({"hydrate"} if changed else set())
    return {**snap, "types": types, "sources": sorted(sources)}


# Query results: a failed query answers ``data`` with only these keys.
_DATA_REQUIRED = {"DatasetData": {"rows", "cols"}}

# The frontend types of a result column (``data.cols``, ``result_metadata``).
RESULT_COLUMN_TYPES = ("DatasetColumn", "Field")
_FINGERPRINT = "Fingerprint"


def _optional(f: dict[str, Any]) -> dict[str, Any]:
    if not f["required"]:
        return f
    return {**f, "required": False, "type": with_none(f["type"])}


def apply_result_columns(snap: dict[str, Any], lib_column: list[dict[str, Any]]) -> dict[str, Any]:
    """Result columns: each of the frontend's column types gets the keys of the other, and
    those of the backend's column metadata schema (:func:`generator.facts.malli.column_fields`),
    not required.  Fingerprint statistics are all optional and nullable (sync leaves out
    what it cannot compute).  Of a query result's ``data`` only ``rows`` and ``cols`` stay
    required (a failed query sends no more)."""
    types = dict(snap["types"])
    present = [n for n in RESULT_COLUMN_TYPES if "fields" in types.get(n, {})]
    pool: dict[str, dict[str, Any]] = {f["key"]: f for f in lib_column}
    for n in present:
        for f in types[n]["fields"]:
            pool.setdefault(f["key"], {**f, "required": False, "type": with_none(f["type"])})
    for n in present:
        have = {f["key"] for f in types[n]["fields"]}
        extra = [pool[k] for k in sorted(pool.keys() - have)]
        fields = sorted([*types[n]["fields"], *extra], key=lambda f: f["key"])
        types[n] = {**types[n], "fields": fields}
    for n, keep in _DATA_REQUIRED.items():
        t = types.get(n, {})
        if "fields" in t:
            fields = [f if f["key"] in keep else _optional(f) for f in t["fields"]]
            types[n] = {**t, "fields": fields}
    for n, t in types.items():
        if n.endswith(_FINGERPRINT) and "fields" in t:
            fields = [{**f, "required": False, "type": with_none(f["type"])} for f in t["fields"]]
            types[n] = {**t, "fields": fields}
    sources = set(snap["sources"]) | ({"malli"} if lib_column and present else set())
    return {**snap, "types": types, "sources": sorted(sources)}


def apply_legacy_query(
    snap: dict[str, Any], keys: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """The legacy query types get the keys of the backend's legacy MBQL schema they lack
    (``info``, ``constraints``, ``source-metadata``, ...), not required."""
    types = dict(snap["types"])
    changed = False
    for name, extra in keys.items():
        t = types.get(name)
        if t is None or "fields" not in t:
            continue
        have = {f["key"] for f in t["fields"]}
        new = [f for f in extra if f["key"] not in have]
        if new:
            types[name] = {**t, "fields": sorted([*t["fields"], *new], key=lambda f: f["key"])}
            changed = True
    sources = set(snap["sources"]) | ({"malli"} if changed else set())
    return {**snap, "types": types, "sources": sorted(sources)}
