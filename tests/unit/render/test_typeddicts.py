"""The model's object schemas as the package's ``_schemas.py`` (docs/typeddicts.md)."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
import typing_extensions
from support.corpus import CORPUS, corpus_labels
from support.packages import schemas_package
from support.samples import Sampler, answer_schema
from support.typecheck import cache_args

from generator.app import load as sources
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, ObjectSchema, SchemaField, SourceRef
from generator.render import typeddicts
from generator.render.package import format_python


def _ep(**kw: Any) -> Endpoint:
    return Endpoint("GET", "/api/x", "x", "", False, False, False, (SourceRef("a", 1),), **kw)


def _model() -> ApiModel:
    node = ObjectSchema(
        "Node",
        "example.node",
        (
            SchemaField("label", tx.STR, True),
            SchemaField("lib/type", tx.literal(["node", "leaf"]), False),
            SchemaField("children", tx.nullable(tx.list_of(tx.ref("Node"))), False),
            SchemaField("owner", tx.ref("Owner"), False),
            SchemaField("class", tx.dict_of(tx.union([tx.INT, tx.FLOAT])), True),
        ),
    )
    owner = ObjectSchema("Owner", "example.owner", (SchemaField("node", tx.ref("Node"), False),))
    return ApiModel("0.99", "openapi-json", (_ep(returns=tx.ref("Node")),), schemas=(node, owner))


def test_annotations() -> None:
    assert typeddicts.annotation(tx.parse("list[Node] | None")) == "List[Node] | None"
    assert typeddicts.annotation(tx.literal(['a"b', "c"])) == 'Literal[\'a"b\', "c"]'
    assert typeddicts.annotation(tx.dict_of(tx.ANY)) == "dict[str, Any]"
    assert typeddicts.return_annotation(_ep(returns=tx.NONE, returns_kind="none")) == "None"
    assert typeddicts.return_annotation(_ep(returns=tx.BYTES, returns_kind="bytes")) == "bytes"
    assert typeddicts.return_annotation(_ep()) == "Any"
    types = [tx.parse("list[Node] | None"), tx.parse("dict[str, Any]"), tx.parse("Owner")]
    assert typeddicts.typing_names(types) == {"List", "Any"}
    assert typeddicts.schema_imports(types) == ["from .._schemas import Node, Owner"]
    assert typeddicts.schema_imports(types, ".") == ["from ._schemas import Node, Owner"]
    assert typeddicts.schema_imports([tx.INT]) == []
    assert typeddicts.render_schemas(ApiModel("0.99", "openapi-json")) is None


def test_schemas_module_resolves_at_runtime(tmp_path: Path) -> None:
    mod = schemas_package(tmp_path, "schemas_unit", _model())
    assert mod.__all__ == ["Node", "Owner"]
    # typing_extensions': before 3.11 typing's leaves NotRequired[...] around the type
    hints = typing_extensions.get_type_hints(mod.Node)
    assert typing.get_args(hints["children"]) == (typing.get_args(hints["children"])[0], type(None))
    assert typing.get_args(typing.get_args(hints["children"])[0]) == (mod.Node,)
    assert hints["owner"] is mod.Owner
    assert mod.Node.__required_keys__ == frozenset({"label", "class"})
    assert typing_extensions.get_type_hints(mod.Owner)["node"] is mod.Node
    value = {"label": "x", "class": {"a": 1}, "children": [{"label": "y", "class": {}}]}
    assert mod.Node(**value) == value  # plain dicts at runtime


def _spec(folder: Path) -> dict[str, Any]:
    if (folder / "api.json").is_file():
        return dict(json.loads((folder / "api.json").read_text(encoding="utf-8")))
    from generator.readers.openapi.document import embedded_spec

    found = embedded_spec((folder / "api.html").read_text(encoding="utf-8"), "api.html")
    assert found is not None
    return dict(json.loads(found[0]))


@pytest.mark.corpus
@pytest.mark.parametrize("entry", corpus_labels("openapi"))
def test_corpus_schemas_compile_check_and_validate(entry: dict[str, Any], tmp_path: Path) -> None:
    """The module compiles, every TypedDict resolves with get_type_hints, mypy --strict
    accepts it, and (with pydantic) schema-valid answers validate strictly against the
    return types."""
    folder = CORPUS / entry["label"]
    model = sources.load(folder, entry["label"].lstrip("v")).model
    name = "schemas_" + entry["label"].replace(".", "_").replace("-", "_")
    mod = schemas_package(tmp_path, name, model)
    source = typeddicts.render_schemas(model)
    assert source is not None and format_python(source) == source  # black leaves it as is
    assert sorted(mod.__all__) == sorted(s.name for s in model.schemas)
    for cls in mod.__all__:
        typing.get_type_hints(getattr(mod, cls), include_extras=True)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *cache_args("strict"), name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout[-3000:]
    pydantic = pytest.importorskip("pydantic", reason="pydantic not installed")
    generated = {"List": typing.List, "Any": Any, "Literal": typing.Literal}  # noqa: UP006
    namespace = {**vars(mod), **generated}
    sample = Sampler(_spec(folder)).value
    spec = _spec(folder)
    checked_returns = 0
    for e in model.endpoints:
        if e.returns_kind != "json" or tx.is_untyped(e.returns):
            continue
        schema = answer_schema(spec, e)
        if schema is None:
            continue  # typed by the answer facts (docs/typeddicts.md), not by the spec
        value = sample(schema)
        adapter = pydantic.TypeAdapter(eval(typeddicts.annotation(e.returns), namespace))
        adapter.validate_python(value, strict=True)
        checked_returns += 1
    assert checked_returns > 20


def test_hostile_names_and_values_stay_data(tmp_path: Path) -> None:
    """Keys, literal values and sources cannot break out of their literals or comments."""
    odd = ObjectSchema(
        "Odd",
        'x\x00y"""\n# z\u2028',
        (
            SchemaField("k\"\\\n'", tx.literal(['a"b', "c'd", "\\", "é\x00"]), True),
            SchemaField("class", tx.nullable(tx.ref("Odd")), False),
            SchemaField("w" * 120, tx.union([tx.ref(f"S{i}") for i in range(3)]), False),
        ),
    )
    many = [ObjectSchema(f"S{i}", "s", ()) for i in range(3)]
    model = ApiModel("0.99", "openapi-json", (), schemas=(odd, *many))
    source = typeddicts.render_schemas(model)
    assert source is not None and format_python(source) == source
    mod = schemas_package(tmp_path, "schemas_odd", model)
    hints = typing.get_type_hints(mod.Odd)
    assert typing.get_args(hints["k\"\\\n'"]) == ('a"b', "c'd", "\\", "é\x00")
    assert mod.Odd.__required_keys__ == frozenset({"k\"\\\n'"})
