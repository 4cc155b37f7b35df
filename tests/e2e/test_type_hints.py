"""Every method of every shipped client has annotations that resolve at runtime
(``typing.get_type_hints``), so tools such as pydantic or typeguard can check answers; and the
answer types are the package's TypedDicts where the spec types them."""

from __future__ import annotations

import importlib
import inspect
import typing

import pytest
from support.corpus import REPO
from support.packages import import_package

SHIPPED = sorted(
    p.name for p in (REPO / "generated").iterdir() if (p / "MBGEN_GENERATED").is_file()
)


@pytest.mark.parametrize("package", SHIPPED)
def test_every_method_annotation_resolves(package: str) -> None:
    pkg = import_package(REPO / "generated", package)
    typed_returns = 0
    for module_file in sorted((REPO / "generated" / package / "resources").glob("*.py")):
        if module_file.stem == "__init__":
            continue
        module = importlib.import_module(f"{package}.resources.{module_file.stem}")
        classes = [
            c
            for _, c in inspect.getmembers(module, inspect.isclass)
            if c.__module__ == module.__name__
        ]
        for cls in classes:
            for name, fn in inspect.getmembers(cls, inspect.isfunction):
                if name.startswith("_"):
                    continue
                hints = typing.get_type_hints(fn)
                assert "return" in hints, (cls.__name__, name)
                if hints["return"] is not typing.Any:
                    typed_returns += 1
    assert pkg.ENDPOINTS
    if (REPO / "generated" / package / "_schemas.py").is_file() and package.endswith(("56", "59")):
        assert typed_returns > 20


def test_a_typed_answer_is_the_packages_typeddict() -> None:
    pkg = import_package(REPO / "generated", "metabase_v0_59")
    schemas = importlib.import_module("metabase_v0_59._schemas")
    from metabase_v0_59.resources.action import ActionResource  # type: ignore[import-not-found]

    ret = typing.get_type_hints(ActionResource.get)["return"]  # GET /api/action/:id
    assert ret is schemas.Action
    assert "name" in ret.__annotations__
    assert pkg.METABASE_VERSION == "0.59"
