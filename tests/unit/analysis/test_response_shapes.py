"""Changes inside the JSON a route answers: keys removed (breaking for the client), made
optional (breaking), or added (not breaking), down nested objects; schema names never count."""

from __future__ import annotations

from generator.analysis import diff as diff_mod
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, ObjectSchema, SchemaField, SourceRef


def model(card: ObjectSchema, owner: ObjectSchema, version: str) -> ApiModel:
    ep = Endpoint(
        "GET",
        "/api/gadget/:id",
        "gadget",
        "",
        False,
        False,
        False,
        (SourceRef("api.json", 1),),
        returns=tx.nullable(tx.ref(card.name)),
    )
    return ApiModel(version, "openapi-json", (ep,), schemas=(card, owner))


def F(key: str, t: tx.T = tx.STR, required: bool = True) -> SchemaField:
    return SchemaField(key, t, required)


def test_response_keys_removed_optional_and_added() -> None:
    old = model(
        ObjectSchema(
            "Gadget", "x.gadget", (F("id", tx.INT), F("name"), F("owner", tx.ref("Owner")))
        ),
        ObjectSchema("Owner", "x.owner", (F("email"), F("team"))),
        "1",
    )
    new = model(  # renamed schemas: only their fields count
        ObjectSchema(
            "GadgetV2",
            "x.gadget",
            (F("id", tx.INT), F("name", required=False), F("owner", tx.ref("Person")), F("tags")),
        ),
        ObjectSchema("Person", "x.owner", (F("email"),)),
        "2",
    )
    got = [
        (c.kind, c.severity, c.breaks, c.message)
        for c in diff_mod.diff(old, new).changes
        if c.kind.startswith("response")
    ]
    assert sorted(got) == [
        ("response-key-added", "non-breaking", (), "the answer now has 'tags'"),
        ("response-key-optional", "breaking", ("client",), "'name' may now be missing"),
        (
            "response-key-removed",
            "breaking",
            ("client",),
            "the answer no longer has 'owner.team'",
        ),
    ]


def test_untyped_answers_give_no_response_changes() -> None:
    card = ObjectSchema("Gadget", "x", (F("id"),))
    owner = ObjectSchema("Owner", "y", ())
    old = model(card, owner, "1")
    new_ep = Endpoint(
        "GET", "/api/gadget/:id", "gadget", "", False, False, False, (SourceRef("a", 1),)
    )
    new = ApiModel("2", "openapi-json", (new_ep,))
    assert not [c for c in diff_mod.diff(old, new).changes if c.kind.startswith("response")]


def test_a_key_whose_new_values_the_old_type_refuses_is_retyped() -> None:
    lit = tx.literal(["card", "dashboard"])
    old = model(
        ObjectSchema(
            "Gadget",
            "x.gadget",
            (
                F("id", tx.INT),
                F("count", tx.INT),  # -> int | None: breaking
                F("kind", lit),  # -> str: breaking
                F("size", tx.FLOAT),  # -> int: narrower, not a change
                F("label", tx.nullable(tx.STR)),  # -> str: narrower, not a change
                F("owner", tx.ref("Owner")),  # -> another schema: compared key by key
                F("extra", tx.ANY),  # untyped either side: nothing known, not a change
            ),
        ),
        ObjectSchema("Owner", "x.owner", (F("email"),)),
        "1",
    )
    new = model(
        ObjectSchema(
            "Gadget",
            "x.gadget",
            (
                F("id", tx.INT),
                F("count", tx.nullable(tx.INT)),
                F("kind", tx.STR),
                F("size", tx.INT),
                F("label", tx.STR),
                F("owner", tx.ref("Person")),
                F("extra", tx.INT),
            ),
        ),
        ObjectSchema("Person", "x.owner", (F("email", tx.INT),)),
        "2",
    )
    got = [
        (c.kind, c.breaks, c.old, c.message)
        for c in diff_mod.diff(old, new).changes
        if c.kind == "response-key-retyped"
    ]
    assert sorted(got) == [
        ("response-key-retyped", ("client",), "count", "'count' is now int | None (was int)"),
        (
            "response-key-retyped",
            ("client",),
            "kind",
            "'kind' is now str (was Literal['card', 'dashboard'])",
        ),
        ("response-key-retyped", ("client",), "owner.email", "'owner.email' is now int (was str)"),
    ]
