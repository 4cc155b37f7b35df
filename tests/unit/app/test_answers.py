"""Answer facts applied to a model: return types where the spec has none, query types both
ways. A made-up answer dataset (tests/fixtures/answers/small.json) about made-up endpoints."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.app import answer_types, answers, mbql
from generator.app.answers import route_key
from generator.core import jsonform
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, ObjectSchema, Param, SchemaField, SourceRef
from generator.facts.answers import AnswerDataset, load_answer_facts, match_answers

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "answers" / "small.json"


@pytest.fixture(scope="module")
def facts() -> AnswerDataset:
    return load_answer_facts(FIXTURE)


def ep(method: str, path: str, *params: Param, **kw: object) -> Endpoint:
    ns = path.split("/")[2]
    return Endpoint(
        method, path, ns, "", False, False, False, (SourceRef("api.json", 1),), params=params, **kw
    )


def body(name: str, t: tx.T, whole: bool = False, required: bool = False) -> Param:
    return Param(name, name, "body", required, t, type_origin="schema", whole_body=whole)


def model(
    *endpoints: Endpoint, version: str = "0.56", schemas: tuple[ObjectSchema, ...] = ()
) -> ApiModel:
    return ApiModel(version, "openapi-json", endpoints, schemas=schemas)


def test_routes_match_by_placeholder_position() -> None:
    assert route_key("GET", "/api/card/:id") == route_key("get", "/api/card/{id}")
    assert route_key("GET", "/api/card/:card-id/") == route_key("GET", "/api/card/{id}")
    assert route_key("GET", "/api/card/") == route_key("GET", "/api/card")
    assert route_key("GET", "/api/card/:id") != route_key("GET", "/api/card/root")
    assert route_key("GET", "/api/card/:id") != route_key("PUT", "/api/card/:id")


def test_snapshot_by_version_then_nearest_then_routes(facts: AnswerDataset) -> None:
    assert match_answers("0.56", set(), facts).version == "0.56"  # type: ignore[union-attr]
    assert match_answers("0.56.3", set(), facts).version == "0.56"  # type: ignore[union-attr]
    assert match_answers("0.49", set(), facts).version == "0.56"  # type: ignore[union-attr]  # newer
    assert match_answers("0.50", set(), facts).version == "0.56"  # type: ignore[union-attr]
    assert match_answers("0.20", set(), facts).version == "0.43"  # type: ignore[union-attr]
    assert match_answers("0.60", set(), facts).version == "0.56"  # type: ignore[union-attr]
    by_routes = match_answers(None, {("GET", "/api/user/current")}, facts)
    assert by_routes is not None and by_routes.version == "0.56"
    assert match_answers("0.56", set(), AnswerDataset(facts.format, ())) is None


def test_untyped_answers_get_the_route_type_and_the_spec_wins(facts: AnswerDataset) -> None:
    typed = tx.ref("Widget")
    widget = ObjectSchema("Widget", "example.widget", (SchemaField("id", tx.INT, True),))
    m = model(
        ep("GET", "/api/card/{id}"),  # Any: the facts' Card
        ep("GET", "/api/card/", returns=tx.list_of(tx.DICT)),  # a bare list of maps: the facts'
        ep("GET", "/api/user/current", returns=typed),  # the spec's schema wins
        ep("GET", "/api/field/{id}", returns_kind="bytes"),  # not JSON: untouched
        ep("GET", "/api/nothing"),  # not in the facts: stays Any
        schemas=(widget,),
    )
    out, report = answers.apply_answers(m, facts)
    by = {(e.method, e.path): e for e in out.endpoints}
    assert by["GET", "/api/card/{id}"].returns == tx.ref("Card")
    assert by["GET", "/api/card/"].returns == tx.list_of(tx.ref("Card"))
    assert by["GET", "/api/user/current"].returns == typed
    assert by["GET", "/api/field/{id}"].returns == tx.ANY
    assert by["GET", "/api/nothing"].returns == tx.ANY
    assert (report.typed, report.spec, report.untyped) == (2, 1, 1)
    assert report.snapshot == "v0.56 example/metabase@bbbbbbbbbb"
    assert any(
        "answer facts:    v0.56 example/metabase@bbbbbbbbbb" in line for line in report.lines()
    )


def test_object_types_become_schemas(facts: AnswerDataset) -> None:
    m = model(
        ep("GET", "/api/card/:id"),
        ep("GET", "/api/collection/:id/items"),
        ep("GET", "/api/collection/tree"),
        ep("GET", "/api/user/current"),
    )
    out, _ = answers.apply_answers(m, facts)
    card = out.schema("Card")
    fields = {f.key: f for f in card.fields}
    assert card.source == "answer facts: Card"
    assert fields["creator_id"].type == tx.INT  # an alias, inlined
    assert fields["collection_id"].type == tx.nullable(tx.INT)
    assert fields["archived"].required is False and fields["id"].required is True
    assert fields["type"].type == tx.literal(["question", "model", "metric"])
    assert fields["visualization_settings"].type == tx.dict_of(tx.ANY)  # no keys, only more
    assert fields["result_metadata"].type == tx.nullable(tx.list_of(tx.ref("Column")))
    # the query: the MBQL table's union, not the snapshot's own DatasetQuery
    assert fields["dataset_query"].type == tx.union(
        [tx.ref("MbqlNativeDatasetQuery"), tx.ref("MbqlStructuredDatasetQuery")]
    )
    coll = {f.key: f.type for f in out.schema("Collection").fields}
    assert coll["children"] == tx.list_of(tx.ref("Collection"))  # recursive by name
    assert coll["weird"] == tx.nullable(tx.ANY)  # an alias of itself (or None): Any | None
    assert coll["id"] == tx.union([tx.INT, tx.literal(["root"])])
    page = {f.key: f.type for f in out.schema("CollectionItemsPage").fields}
    assert page["data"] == tx.list_of(
        tx.union([tx.ref("CollectionItemCard"), tx.ref("CollectionItemDashboard")])
    )
    assert out.schema("User").additional == tx.ANY
    assert "DatasetQuery" not in {s.name for s in out.schemas}  # a union, not an object
    assert "Action" not in {s.name for s in out.schemas}  # no endpoint reaches it


def test_routes_the_snapshot_lacks_come_from_the_nearest_that_has_them(
    facts: AnswerDataset,
) -> None:
    m = model(
        ep("GET", "/api/card/:id"),  # in the 0.43 snapshot
        ep("GET", "/api/user/current"),  # only in 0.56
        ep("POST", "/api/card/:id/query"),  # only in 0.56, its Column differs from 0.43's
        ep("GET", "/api/collection/tree"),  # only in 0.56, its Collection is 0.43's
        version="0.43",
    )
    out, report = answers.apply_answers(m, facts)
    card, user, query, tree = (e.returns for e in out.endpoints)
    assert (card, user, query) == (tx.ref("Card"), tx.ref("User"), tx.ref("DatasetResult"))
    assert tree == tx.list_of(tx.ref("Collection"))
    assert (report.typed, report.borrowed) == (4, 3)
    old = {f.key for f in out.schema("Column").fields}
    new = {f.key for f in out.schema("ColumnAnswer").fields}
    assert new - old == {"fingerprint"}  # 0.43's keeps the name; 0.56's other type is apart
    cols = {f.key: f.type for f in out.schema("DatasetData").fields}["cols"]
    assert cols == tx.list_of(tx.ref("ColumnAnswer"))
    names = [s.name for s in out.schemas]
    assert "Collection" in names and "CollectionAnswer" not in names  # the same type: one


def test_only_queries_take_the_query_types(facts: AnswerDataset) -> None:
    """A ``dataset_query`` the facts type as a query gets the MBQL table's types (native
    only where the facts say native); any other (a virtual card's bare map) stays."""
    m = model(ep("GET", "/api/action/:id"), ep("GET", "/api/card/virtual"))
    out, _ = answers.apply_answers(m, facts)
    action = {f.key: f.type for f in out.schema("Action").fields}
    assert action["dataset_query"] == tx.nullable(tx.ref("MbqlNativeDatasetQuery"))
    virtual = {f.key: f.type for f in out.schema("VirtualCard").fields}
    assert virtual["dataset_query"] == tx.nullable(tx.DICT)


def test_names_never_clash_with_the_specs(facts: AnswerDataset) -> None:
    spec_card = ObjectSchema(
        "Card", "metabase.queries.schema.card", (SchemaField("id", tx.INT, True),)
    )
    spec_col = ObjectSchema("Column", "x.column", (SchemaField("x", tx.INT, True),))
    m = model(ep("GET", "/api/card/:id"), schemas=(spec_card, spec_col))
    out, _ = answers.apply_answers(m, facts)
    names = [s.name for s in out.schemas]
    assert len(names) == len(set(names))
    assert out.schema("Card") == spec_card
    assert out.endpoints[0].returns == tx.ref("CardAnswer")
    assert {f.key: f.type for f in out.schema("CardAnswer").fields}["result_metadata"] == (
        tx.nullable(tx.list_of(tx.ref("ColumnAnswer")))
    )


def test_names_are_identifiers_that_fit_a_line() -> None:
    used = {"Card"}
    names = {}
    for n in ["card", "x-y", "1st", "A" * 90, "Client", "FooResource", "Card"]:
        names[n] = answer_types.fresh_name(n, used)
        used.add(names[n])
    assert names["card"] == "CardAnswer"
    assert names["Card"] == "CardAnswer_2"
    assert names["x-y"] == "Xy" and names["1st"] == "Answer1st"
    assert len(names["A" * 90]) <= answer_types.MAX_NAME
    assert names["Client"] == "ClientAnswer" and names["FooResource"] == "FooResourceAnswer"
    assert all(tx.is_schema_name(n) for n in names.values())


def test_queries_are_typed_in_requests(facts: AnswerDataset) -> None:
    m = model(
        ep(
            "POST",
            "/api/card/",
            body("name", tx.STR, required=True),
            body("dataset_query", tx.DICT, required=True),
        ),
        ep("PUT", "/api/card/{id}", body("dataset_query", tx.nullable(tx.DICT))),
        ep("POST", "/api/dataset/", body("database", tx.INT)),
    )
    out, report = answers.apply_answers(m, facts)
    query = tx.union([tx.ref("MbqlNativeDatasetQuery"), tx.ref("MbqlStructuredDatasetQuery")])
    create, update, dataset = out.endpoints
    assert {p.name: p.type for p in create.params}["dataset_query"] == query
    assert {p.name: p.type for p in update.params}["dataset_query"] == tx.nullable(query)
    ds = {p.name: p for p in dataset.params}
    assert list(ds) == ["database", "type", "native", "query"]
    assert ds["type"].type == tx.literal(["native", "query"])
    assert ds["native"].type == tx.ref("MbqlNative") and ds["query"].type == tx.ref("MbqlQuery")
    assert all(p.location == "body" and not p.required for p in dataset.params)
    assert report.queries == 5


def test_a_whole_body_query_is_the_query(facts: AnswerDataset) -> None:
    """Markdown era: the route binds the whole body as ``query``; it is the dataset query."""
    m = model(
        ep("POST", "/api/dataset/", body("database", tx.INT), body("query", tx.DICT, whole=True)),
        version="0.49",
    )
    out, _ = answers.apply_answers(m, facts)
    ds = {p.name: p for p in out.endpoints[0].params}
    assert list(ds) == ["database", "query", "type", "native"]
    assert ds["query"].whole_body and ds["query"].type == tx.union(
        [tx.ref("MbqlNativeDatasetQuery"), tx.ref("MbqlStructuredDatasetQuery")]
    )


def test_mbql5_from_057_and_era_keys() -> None:
    old, new = mbql.query_types("0.32.2"), mbql.query_types("0.57")
    assert old["DatasetQuery"].union == ("MbqlNativeDatasetQuery", "MbqlStructuredDatasetQuery")
    assert new["DatasetQuery"].union[0] == "Mbql5DatasetQuery"
    assert {f.key for f in new["Mbql5DatasetQuery"].fields} >= {"lib/type", "database", "stages"}
    assert "joins" not in {f.key for f in old["MbqlQuery"].fields}  # joins came in 0.33
    assert "joins" in {f.key for f in mbql.query_types("0.33")["MbqlQuery"].fields}
    assert "Mbql5DatasetQuery" not in mbql.query_types("")  # unknown version: legacy only


def test_applied_once_and_the_json_form_round_trips(facts: AnswerDataset) -> None:
    m = model(
        ep("GET", "/api/card/:id"), ep("GET", "/api/collection/tree"), ep("POST", "/api/dataset/")
    )
    out, _ = answers.apply_answers(m, facts)
    again, report = answers.apply_answers(out, facts)
    assert again == out and report.reason == "already applied"
    back = jsonform.loads(jsonform.dumps(out))
    assert back == out.sorted()
    assert back.schema("Collection") == out.schema("Collection")


def test_an_answer_of_no_object_type_is_typed_too(facts: AnswerDataset) -> None:
    snap = facts.snapshots[1]
    routes = {**snap.routes, "GET /api/tags": "list[str]"}
    mine = AnswerDataset(facts.format, (replace(snap, routes=routes),))
    out, report = answers.apply_answers(model(ep("GET", "/api/tags")), mine)
    assert out.endpoints[0].returns == tx.list_of(tx.STR) and report.typed == 1
    assert out.schemas == ()


def test_unknown_names_and_bad_type_strings_are_any() -> None:
    conv = answer_types.Converter({}, set())
    assert conv.type("Nowhere") == tx.ANY
    assert conv.type("list[Nowhere] | None") == tx.nullable(tx.list_of(tx.ANY))
    assert conv.type("__import__('os')") == tx.ANY
    assert conv.type("Literal['Card', 'x']") == tx.literal(["Card", "x"])
