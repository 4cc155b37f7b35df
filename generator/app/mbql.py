"""The query types of every release: the keys of Metabase's query language (MBQL), as facts.

A card's ``dataset_query`` and the body of ``POST /api/dataset/`` are queries. Their shape is
Metabase's query language, which the answer facts of a snapshot may or may not spell out
(frontend types name it through deep clause aliases). So the query types come from this one
table in every release, the same names for requests and answers (docs/typeddicts.md):

- legacy MBQL, every release: a native query (``type: "native"``, ``database``, ``native``
  with ``query`` and ``template-tags``) or a structured one (``type: "query"``, ``database``,
  ``query`` with ``source-table``, ``aggregation``, ``breakout``, ``filter``, ``order-by``,
  ``limit``, ``joins``, ``expressions``, ``fields``, ``source-query``, ...);
- MBQL 5, from 0.57 (what Metabase then returns): ``lib/type: "mbql/query"``, ``database``,
  ``stages``.

Clauses (an aggregation, a filter, a field reference) stay ``list[Any]``. Facts only: key
names, types, optionality and the releases they hold in.
"""

from __future__ import annotations

from generator.facts.answers import AnswerField, AnswerType
from generator.facts.match import parse_version

# (type, key, type string, required, first minor, last minor or None)
_KEYS: tuple[tuple[str, str, str, bool, int, int | None], ...] = (
    ("MbqlNativeDatasetQuery", "type", "Literal['native']", True, 0, None),
    ("MbqlNativeDatasetQuery", "database", "int | None", False, 0, None),
    ("MbqlNativeDatasetQuery", "native", "MbqlNative", False, 0, None),
    ("MbqlNativeDatasetQuery", "parameters", "list[dict[str, Any]]", False, 0, None),
    ("MbqlNativeDatasetQuery", "constraints", "dict[str, Any] | None", False, 0, None),
    ("MbqlNativeDatasetQuery", "middleware", "dict[str, Any] | None", False, 0, None),
    ("MbqlNative", "query", "str", False, 0, None),
    ("MbqlNative", "template-tags", "dict[str, MbqlTemplateTag]", False, 0, None),
    ("MbqlNative", "collection", "str | None", False, 0, None),
    ("MbqlTemplateTag", "id", "str", False, 0, None),
    ("MbqlTemplateTag", "name", "str", True, 0, None),
    ("MbqlTemplateTag", "display-name", "str", False, 0, None),
    ("MbqlTemplateTag", "type", "str", True, 0, None),
    ("MbqlTemplateTag", "dimension", "list[Any]", False, 0, None),
    ("MbqlTemplateTag", "widget-type", "str", False, 0, None),
    ("MbqlTemplateTag", "required", "bool", False, 0, None),
    ("MbqlTemplateTag", "default", "Any", False, 0, None),
    ("MbqlTemplateTag", "card-id", "int", False, 0, None),
    ("MbqlTemplateTag", "snippet-id", "int", False, 0, None),
    ("MbqlTemplateTag", "snippet-name", "str", False, 0, None),
    ("MbqlTemplateTag", "options", "dict[str, Any] | None", False, 0, None),
    ("MbqlStructuredDatasetQuery", "type", "Literal['query']", True, 0, None),
    ("MbqlStructuredDatasetQuery", "database", "int | None", False, 0, None),
    ("MbqlStructuredDatasetQuery", "query", "MbqlQuery", False, 0, None),
    ("MbqlStructuredDatasetQuery", "parameters", "list[dict[str, Any]]", False, 0, None),
    ("MbqlStructuredDatasetQuery", "constraints", "dict[str, Any] | None", False, 0, None),
    ("MbqlStructuredDatasetQuery", "middleware", "dict[str, Any] | None", False, 0, None),
    ("MbqlQuery", "source-table", "int | str", False, 0, None),
    ("MbqlQuery", "source-query", "MbqlQuery", False, 0, None),
    ("MbqlQuery", "source-metadata", "list[dict[str, Any]]", False, 0, None),
    ("MbqlQuery", "aggregation", "list[Any]", False, 0, None),
    ("MbqlQuery", "breakout", "list[Any]", False, 0, None),
    ("MbqlQuery", "filter", "list[Any]", False, 0, None),
    ("MbqlQuery", "order-by", "list[Any]", False, 0, None),
    ("MbqlQuery", "fields", "list[Any]", False, 0, None),
    ("MbqlQuery", "expressions", "dict[str, Any]", False, 0, None),
    ("MbqlQuery", "limit", "int", False, 0, None),
    ("MbqlQuery", "page", "MbqlPage", False, 0, None),
    ("MbqlQuery", "joins", "list[MbqlJoin]", False, 33, None),
    ("MbqlQuery", "aggregation-idents", "dict[str, str]", False, 53, 56),
    ("MbqlQuery", "breakout-idents", "dict[str, str]", False, 53, 56),
    ("MbqlQuery", "expression-idents", "dict[str, str]", False, 53, 56),
    ("MbqlPage", "page", "int", True, 0, None),
    ("MbqlPage", "items", "int", True, 0, None),
    ("MbqlJoin", "source-table", "int | str", False, 33, None),
    ("MbqlJoin", "source-query", "MbqlQuery", False, 33, None),
    ("MbqlJoin", "condition", "list[Any]", False, 33, None),
    ("MbqlJoin", "alias", "str", False, 33, None),
    ("MbqlJoin", "fields", "Literal['all', 'none'] | list[Any]", False, 33, None),
    ("MbqlJoin", "strategy", "str", False, 33, None),
    ("MbqlJoin", "ident", "str", False, 53, 56),
    ("Mbql5DatasetQuery", "lib/type", "Literal['mbql/query']", True, 57, None),
    ("Mbql5DatasetQuery", "database", "int", False, 57, None),
    ("Mbql5DatasetQuery", "stages", "list[Mbql5Stage]", True, 57, None),
    ("Mbql5DatasetQuery", "parameters", "list[dict[str, Any]] | None", False, 57, None),
    ("Mbql5DatasetQuery", "settings", "dict[str, Any] | None", False, 57, None),
    ("Mbql5DatasetQuery", "constraints", "dict[str, Any] | None", False, 57, None),
    ("Mbql5DatasetQuery", "middleware", "dict[str, Any] | None", False, 57, None),
    ("Mbql5DatasetQuery", "info", "dict[str, Any] | None", False, 57, None),
    ("Mbql5Stage", "lib/type", "Literal['mbql.stage/mbql', 'mbql.stage/native']", True, 57, None),
    ("Mbql5Stage", "native", "Any", False, 57, None),
    ("Mbql5Stage", "template-tags", "dict[str, MbqlTemplateTag]", False, 57, None),
    ("Mbql5Stage", "params", "list[Any] | None", False, 57, None),
    ("Mbql5Stage", "collection", "str", False, 57, None),
    ("Mbql5Stage", "source-table", "int", False, 57, None),
    ("Mbql5Stage", "source-card", "int", False, 57, None),
    ("Mbql5Stage", "joins", "list[Mbql5Join]", False, 57, None),
    ("Mbql5Stage", "expressions", "list[Any]", False, 57, None),
    ("Mbql5Stage", "breakout", "list[Any]", False, 57, None),
    ("Mbql5Stage", "aggregation", "list[Any]", False, 57, None),
    ("Mbql5Stage", "fields", "list[Any]", False, 57, None),
    ("Mbql5Stage", "filters", "list[Any]", False, 57, None),
    ("Mbql5Stage", "order-by", "list[Any]", False, 57, None),
    ("Mbql5Stage", "page", "MbqlPage", False, 57, None),
    ("Mbql5Stage", "limit", "int", False, 57, None),
    ("Mbql5Stage", "parameters", "list[dict[str, Any]]", False, 57, None),
    ("Mbql5Stage", "lib/stage-metadata", "dict[str, Any] | None", False, 57, None),
    ("Mbql5Join", "lib/type", "Literal['mbql/join']", True, 57, None),
    ("Mbql5Join", "stages", "list[Mbql5Stage]", True, 57, None),
    ("Mbql5Join", "conditions", "list[Any]", False, 57, None),
    ("Mbql5Join", "alias", "str", False, 57, None),
    ("Mbql5Join", "fields", "Literal['all', 'none'] | list[Any]", False, 57, None),
    ("Mbql5Join", "strategy", "str", False, 57, None),
)
MBQL5_SINCE = 57
#: the type of a dataset query (a card's ``dataset_query``, the body of POST /api/dataset/)
DATASET_QUERY = "DatasetQuery"
NATIVE = "MbqlNative"
STRUCTURED = "MbqlQuery"
QUERY_TYPES = "Literal['native', 'query']"


def _minor(version: str) -> int | None:
    v = parse_version(version)
    return v.minor if v else None


def query_types(version: str) -> dict[str, AnswerType]:
    """The query types of a release (all legacy keys when its version is unknown), with the
    union ``DatasetQuery``: native or structured legacy MBQL, and MBQL 5 from 0.57."""
    minor = _minor(version)
    fields: dict[str, list[AnswerField]] = {}
    for name, key, text, required, since, until in _KEYS:
        if minor is not None and (minor < since or (until is not None and minor > until)):
            continue
        if minor is None and since >= MBQL5_SINCE:
            continue
        fields.setdefault(name, []).append(AnswerField(key, text, required))
    out = {n: AnswerType(n, fields=tuple(sorted(f, key=_key))) for n, f in fields.items()}
    members = ["MbqlNativeDatasetQuery", "MbqlStructuredDatasetQuery"]
    if "Mbql5DatasetQuery" in out:
        members.insert(0, "Mbql5DatasetQuery")
    out[DATASET_QUERY] = AnswerType(DATASET_QUERY, union=tuple(members))
    return out


def _key(f: AnswerField) -> str:
    return f.key
