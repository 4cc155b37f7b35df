"""Which files in a package folder block regenerating it: build output does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.diagnostics import InputError
from generator.render.output import check_target, is_build_output
from generator.render.package import MARKER


@pytest.mark.parametrize(
    "rel, is_dir, expected",
    [
        ("build", True, True),
        ("dist", True, True),
        (".eggs", True, True),
        ("metabase_v0_49.egg-info", True, True),
        ("resources/__pycache__", True, True),
        ("__pycache__", True, True),
        ("build", False, False),  # a file named build is not a build folder
        ("resources/build", True, False),  # build folders sit at the top only
        ("resources", True, False),
        ("notes", True, False),
    ],
)
def test_build_output_is_told_from_the_rest(rel: str, is_dir: bool, expected: bool) -> None:
    assert is_build_output(rel, is_dir) is expected


def package(tmp_path: Path, *owned: str) -> Path:
    target = tmp_path / "pkg"
    for rel in owned:
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text("")
    listing = "".join(f"{r}\n" for r in sorted([*owned, MARKER]))
    (target / MARKER).write_text("generated\nlisting:\n" + listing)
    return target


def test_check_target_names_the_build_output_it_keeps(tmp_path: Path) -> None:
    target = package(tmp_path, "__init__.py", "resources/card.py")
    for rel in ("build/lib/pkg", "pkg.egg-info", "dist", "resources/__pycache__"):
        (target / rel).mkdir(parents=True)
        (target / rel / "x").write_text("")
    assert check_target(target) == ("build", "dist", "pkg.egg-info", "resources/__pycache__")


def test_a_file_inside_a_nested_build_folder_is_foreign(tmp_path: Path) -> None:
    target = package(tmp_path, "__init__.py")
    (target / "resources" / "build").mkdir(parents=True)
    (target / "resources" / "build" / "x.py").write_text("")
    with pytest.raises(InputError, match="not written by mbgen") as exc:
        check_target(target)
    assert exc.value.diagnostic.code == "foreign-file"
    assert "resources/build/x.py" in str(exc.value.diagnostic)
