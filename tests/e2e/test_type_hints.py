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
from support.shipped import shipped

SHIPPED = shipped()
# OpenAPI-era packages whose GET /api/action/:id answer is a named schema (v0.56's spec
# gives that answer none)
TYPED_ANSWERS = [p for p in shipped(openapi_only=True) if p != "metabase_v0_56"]


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
    if package in shipped(openapi_only=True):
        assert typed_returns > 20


@pytest.mark.parametrize("package", TYPED_ANSWERS)
def test_a_typed_answer_is_the_packages_typeddict(package: str) -> None:
    import_package(REPO / "generated", package)
    schemas = importlib.import_module(f"{package}._schemas")
    action = importlib.import_module(f"{package}.resources.action")

    ret = typing.get_type_hints(action.ActionResource.get)["return"]  # GET /api/action/:id
    assert ret is schemas.Action
    assert "name" in ret.__annotations__
