"""The request specs and imports of generated modules are laid out as black lays them out,
so black has nothing to change there (a changed module costs black a second pass)."""

from __future__ import annotations

import black
import pytest
from support.shipped import GENERATED, shipped

from generator.core.jsonform import loads
from generator.core.surface import surface_of
from generator.render import layout
from generator.render.methods import method_view
from generator.render.package import format_python

MODE = black.Mode(line_length=100)


@pytest.mark.parametrize("package", shipped())
def test_request_specs_and_arguments_are_what_black_writes(package: str) -> None:
    model = loads((GENERATED / package / "model.json").read_text())
    for r in surface_of(model).resources:
        for m in r.methods:
            view = method_view(m, model.metabase_version)
            assert format_python(view.spec + "\n") == view.spec + "\n", view.spec
            call = (
                "def f():\n    if x:\n        y = self._call(\n"
                f"            S,\n            {view.args}\n        )\n"
            )
            assert format_python(call) == call, call


@pytest.mark.parametrize("count", [1, 3, 12])
def test_long_imports_split_one_name_a_line(count: int) -> None:
    names = [f"Name{i:02d}WithAVeryLongSuffix" for i in range(count)]
    text = layout.import_from(".._runtime", names) + "\n"
    assert black.format_str(text, mode=MODE) == text
