"""The backend readers of the answer facts on made-up sources: Liquibase changelogs, malli
schemas, hydrate calls; and the rules that apply them to a snapshot."""

from __future__ import annotations

from typing import Any

import pytest

from generator.facts.answers_backend import apply_columns, apply_hydrated, apply_mbql5
from generator.facts.hydrate import api_files_for, hydrated_keys
from generator.facts.liquibase import Column, YamlError, read_yaml, tables_from_changelogs
from generator.facts.malli import MBQL5_QUERY, mbql5_types

CHANGELOG_A = """\
databaseChangeLog:
  # a comment
  - changeSet:
      id: 1
      comment: 'a quoted remark
        over two lines: with a colon'
      changes:
      - createTable:
          tableName: gizmo
          remarks: |
            free text: ignored
            - not a list item
          columns:
          - column:
              name: id
              type: int
              constraints:
                primaryKey: true
          - column:
              name: label
              type: varchar(254)
              constraints:
                nullable: false
          - column:
              name: note
              type: ${text.type}
  - changeSet:
      id: 2
      changes:
        - addColumn:
            tableName: gizmo
            columns:
              - column:
                  name: Weight
                  type: double
              - column:
                  name: old_name
                  type: ${boolean.type}
                  constraints:
                    nullable: false
"""
CHANGELOG_B = """\
databaseChangeLog:
  - changeSet:
      id: 3
      changes:
        - renameColumn:
            tableName: gizmo
            oldColumnName: old_name
            newColumnName: is_shiny
        - dropNotNullConstraint:
            tableName: gizmo
            columnName: label
        - dropColumn:
            tableName: gizmo
            columnName: note
        - createTable:
            tableName: doomed
            columns:
              - column: {name: x, type: int}
        - dropTable:
            tableName: doomed
"""


def test_changelogs_replayed_in_file_order() -> None:
    tables = tables_from_changelogs([("002_b.yaml", CHANGELOG_B), ("001_a.yaml", CHANGELOG_A)])
    assert set(tables) == {"gizmo"}
    assert tables["gizmo"] == {
        "id": Column("id", "int", False),
        "label": Column("label", "varchar(254)", True),
        "weight": Column("weight", "double", True),
        "is_shiny": Column("is_shiny", "${boolean.type}", False),
    }


def test_yaml_subset() -> None:
    assert read_yaml("a:\n- x: 1\n  y: 'two'\n- three\nb: [not, parsed]\n") == {
        "a": [{"x": "1", "y": "two"}, "three"],
        "b": "[not, parsed]",
    }
    with pytest.raises(YamlError, match="line 2"):
        read_yaml("a: 1\nthis is not a key\n")


def _snap(**types: Any) -> dict[str, Any]:
    return {"sources": ["frontend-ts"], "types": types, "routes": {"GET /api/card/:id": "Card"}}


def test_columns_add_keys_and_settle_optionality() -> None:
    card = {
        "fields": [
            {"key": "id", "type": "int", "required": True},
            {"key": "label", "type": "str", "required": True},
            {"key": "computed", "type": "bool", "required": True},
        ],
        "additional": None,
    }
    tables = {
        "report_card": {
            "id": Column("id", "int", False),
            "label": Column("label", "varchar(10)", True),
            "weight": Column("weight", "double", True),
            "shiny": Column("shiny", "${boolean.type}", False),
            "blob": Column("blob", "${text.type}", True),
        }
    }
    out = apply_columns(_snap(Card=card), tables)
    got = {f["key"]: (f["type"], f["required"]) for f in out["types"]["Card"]["fields"]}
    assert got == {
        "id": ("int", True),
        "label": ("str | None", False),  # a nullable column
        "computed": ("bool | None", False),  # no column: depends on the route
        "weight": ("int | float | None", False),
        "shiny": ("bool", False),
        "blob": ("Any", False),
    }
    assert "migrations" in out["sources"]


SCHEMA = """
(ns made.up.schema)
(mr/def ::stage.common [:map [:parameters {:optional true} [:sequential :any]]])
(mr/def ::stage.native
  [:merge ::stage.common
   [:map [:lib/type [:= :mbql.stage/native]] [:native :string]]])
(mr/def ::stage.mbql
  [:and [:merge ::stage.common
         [:map [:lib/type [:= :mbql.stage/mbql]] [:source-table {:optional true} [:ref ::id/table]]
          [:limit {:optional true} [:maybe :int]]]]
   [:fn some?]])
(mr/def ::stage [:multi {:dispatch :lib/type}
                 [:mbql.stage/native ::stage.native] [:mbql.stage/mbql ::stage.mbql]])
(mr/def ::query
  [:map [:lib/type [:= :mbql/query]] [:database ::id/database]
   [:stages [:sequential [:ref ::stage]]]])
"""


def test_malli_query_schema_to_types() -> None:
    t = mbql5_types(SCHEMA)
    q = {f["key"]: (f["type"], f["required"]) for f in t[MBQL5_QUERY]["fields"]}
    assert q == {
        "lib/type": ("Literal['mbql/query']", True),
        "database": ("int", True),
        "stages": ("list[Mbql5Stage]", True),
    }
    assert t["Mbql5Stage"] == {"union": ["Mbql5StageMbql", "Mbql5StageNative"], "tag": "lib/type"}
    mbql = {f["key"]: (f["type"], f["required"]) for f in t["Mbql5StageMbql"]["fields"]}
    assert mbql == {
        "lib/type": ("Literal['mbql.stage/mbql']", True),
        "limit": ("int | None", False),
        "parameters": ("list[Any]", False),
        "source-table": ("int", False),
    }
    assert mbql5_types("(mr/def ::other [:map [:a :int]])") == {}


def test_opaque_query_becomes_the_mbql5_query() -> None:
    snap = _snap(
        Query={"union": ["Legacy", "Opaque"], "tag": "type"},
        Legacy={"fields": [{"key": "type", "type": "Literal['x']", "required": True}]},
        Opaque={"fields": [{"key": "database", "type": "int", "required": True}], "brand": "_o"},
        Holder={"fields": [{"key": "q", "type": "Opaque | None", "required": True}]},
    )
    out = apply_mbql5(snap, mbql5_types(SCHEMA))
    assert out["types"]["Query"] == {"union": ["Legacy", MBQL5_QUERY]}
    assert out["types"]["Holder"]["fields"][0]["type"] == f"{MBQL5_QUERY} | None"
    assert "Opaque" not in out["types"] and MBQL5_QUERY in out["types"]
    # without a schema the opaque type stays, unmarked
    kept = apply_mbql5(snap, {})
    assert "brand" not in kept["types"]["Opaque"]


CLJ = """
(ns made.up.api.card)
(defn- fetch [id]
  (-> (t2/select-one :model/Card :id id)
      (t2/hydrate :creator [:collection :is_personal] :can_write)))
(api/defendpoint GET "/:id" [id] (hydrate (fetch id) :widget_count))
(comment (t2/hydrate x :in_a_comment_too))
"""


def test_hydrated_keys_and_files() -> None:
    assert hydrated_keys(CLJ) == {
        "creator",
        "collection",
        "can_write",
        "widget_count",
        "in_a_comment_too",
    }
    assert hydrated_keys("(unbalanced") == set()
    paths = [
        "src/metabase/api/card.clj",
        "src/metabase/queries/api/card.clj",
        "test/metabase/api/card.clj",
    ]
    assert api_files_for("Card", paths) == paths[:2]
    card = {"fields": [{"key": "can_write", "type": "bool", "required": False}]}
    out = apply_hydrated(_snap(Card=card), {"Card": {"can_write", "creator"}})
    assert out["types"]["Card"]["fields"] == [
        {"key": "can_write", "type": "bool", "required": False},
        {"key": "creator", "type": "Any", "required": False},
    ]
    assert "hydrate" in out["sources"]


def test_mixed_row_types_get_the_columns_of_each_table() -> None:
    item = {"fields": [{"key": "id", "type": "int", "required": True}], "additional": None}
    tables = {
        "report_card": {"display": Column("display", "varchar(254)", False)},
        "report_dashboard": {"width": Column("width", "varchar(16)", False)},
        "collection": {"display": Column("display", "int", True)},
    }
    out = apply_columns(_snap(CollectionItem=item), tables)
    got = {f["key"]: (f["type"], f["required"]) for f in out["types"]["CollectionItem"]["fields"]}
    assert got == {
        "id": ("int", True),  # the frontend's optionality is kept
        "display": ("str | int | None", False),
        "width": ("str | None", False),
    }
