"""The model JSON's writer (``jsonform.indented``) writes what ``json.dumps(obj, indent=1,
ensure_ascii=False)`` writes, to the byte: escapes, numbers, empty containers, nesting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.core.jsonform import indented

REPO = Path(__file__).resolve().parents[3]

TRICKY = {
    "": "",
    "kéy \u2028": ['é\n\t"\\\u2028\x00\x1f\x7f', "💥", "</script>"],
    "empty": [[], {}, [[]], [{}], {"a": {}}],
    "numbers": [0, -1, 2**70, 1.0, -0.0, 0.1, 1.5e300, 1e-7, float("inf"), float("nan")],
    "words": [True, False, None],
    "tuple": (1, "two"),
}


@pytest.mark.parametrize("value", [TRICKY, [], {}, "text", 3, None, [TRICKY, [TRICKY]]])
def test_the_same_text_as_json(value: object) -> None:
    assert indented(value) == json.dumps(value, indent=1, ensure_ascii=False)


def test_every_shipped_model_json_is_what_it_writes() -> None:
    models = sorted((REPO / "generated").glob("*/model.json"))
    assert models
    for path in models:
        text = path.read_text(encoding="utf-8")
        assert indented(json.loads(text)) + "\n" == text, path
