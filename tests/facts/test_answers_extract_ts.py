"""extract-types.js (the TypeScript compiler run by Node) on a made-up frontend tree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.facts.answers_git import run_node

from .answers_fixture import need_typescript, write_tree


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Any:
    need_typescript()
    return run_node(write_tree(tmp_path_factory.mktemp("tree")))


def _fields(ex: Any, name: str) -> dict[str, tuple[str, bool]]:
    return {f["key"]: (f["type"], f["required"]) for f in ex.types[name]["fields"]}


def test_routes_pair_method_url_and_answer_type(extraction: Any) -> None:
    assert extraction.routes == {
        "GET /api/gadget/": "GadgetPage",
        "GET /api/gadget/:id": "Gadget",
        "GET /api/gadget/:gadget-id/owner": "Owner",
        "PUT /api/gadget/:id": "PartialGadget",
        "GET /api/gadget/names": "AnswerValue",
        "GET /api/gadget/opaque": "OpaquePayload",
    }
    # the raw answer of a transformed route is the transform's declared parameter
    names = extraction.routes["GET /api/gadget/names"]
    assert _fields(extraction, names) == {"names": ("list[str]", True)}


def test_interface_with_extends_generics_and_utilities(extraction: Any) -> None:
    g = _fields(extraction, "Gadget")
    assert g["id"] == ("int", True)  # from the base interface, a branded id
    assert g["kind"] == ("Literal['kettle', 'lamp']", True)
    assert g["label"] == ("str | None", False)
    assert g["owner_id"] == ("int | None", True)
    assert g["weight"] == ("int | float", True)  # a number that is no id or count
    assert g["part_count"] == ("int", True)
    assert g["tags"] == ("list[str]", True)
    assert g["extras"] == ("dict[str, int | float]", True)
    assert g["created"] == ("str", True)
    assert g["pair"] == ("list[Any]", True)
    assert g["payload"] == ("Payload", True)
    assert g["editorState"] == ("bool", False)
    # functions and keys the type says are not part of the API are left out
    assert "onPoke" not in g and "draft_note" not in g
    owner_pick = extraction.types[g["owner"][0]]
    assert {f["key"] for f in owner_pick["fields"]} == {"id", "email"}


def test_unions_records_and_partial(extraction: Any) -> None:
    assert extraction.types["Payload"] == {
        "union": ["KettlePayload", "LampPayload"],
        "tag": "shape",
    }
    assert _fields(extraction, "Owner")["settings"] == ("dict[str, str]", True)
    partial = _fields(extraction, "PartialGadget")
    assert "payload" not in partial and "pair" not in partial
    assert all(not required for _, required in partial.values())


def test_opaque_type_is_marked_and_its_symbol_key_dropped(extraction: Any) -> None:
    name = extraction.routes["GET /api/gadget/opaque"]
    t = extraction.types[name]
    assert t["brand"] == "_opaque"
    assert [f["key"] for f in t["fields"]] == ["database"]


def test_void_and_untyped_transforms_give_no_route(extraction: Any) -> None:
    assert "DELETE /api/gadget/:id" not in extraction.routes
    assert "GET /api/gadget/count" not in extraction.routes


def test_flow_module_read_by_the_same_parser(tmp_path: Path) -> None:
    need_typescript()
    root = write_tree(
        tmp_path,
        {
            "frontend/src/metabase/meta/types/Widget.ts": (
                "export type WidgetId = number;\n"
                "export type Widget = { id: WidgetId, colour: ?string, size?: ?number };\n"
            )
        },
    )
    ex = run_node(root, ["Widget"])
    assert _fields(ex, "Widget") == {
        "colour": ("str | None", True),
        "id": ("int", True),
        "size": ("int | float | None", False),
    }
