"""Every shipped package is a project: it installs with pip, builds a wheel, imports as
another user, passes mypy --strict, and black leaves its code as it is. The packages are the
ones generated/sources.json lists; a test keeps that list and the folders in step."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import shipped as shipped_mod
from support.packages import generate_into, model_of
from support.shipped import GENERATED, shipped, sources
from support.typecheck import HINTS, mypy_strict

from generator.render import package as render
from generator.render.project import dist_version

SHIPPED = [GENERATED / name for name in shipped()]


def run(*args: str | Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=600, **kw  # type: ignore[call-overload]
    )


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A scratch folder any user can read (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="mbgen-installable-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_sources_json_lists_every_shipped_package_and_what_it_was_built_from() -> None:
    folders = sorted(p.name for p in GENERATED.iterdir() if (p / render.MARKER).is_file())
    assert folders == shipped()
    for name, src in sources().items():
        model = model_of(GENERATED / name / "model.json")
        assert model.source_format == src["format"], name
        origin = {"repository", "commit", "path", "version_from"}
        assert src.get("corpus") or origin <= set(src["source"]), name
        if src["version"] is not None:  # else the docs' own title says it
            assert model.metabase_version == src["version"], name
    formats = {src["format"] for src in sources().values()}
    assert {"markdown-single", "markdown-single-toc", "markdown-split"} <= formats
    assert {"openapi-html-embedded", "openapi-html-json"} <= formats


def test_a_sourced_release_is_compared_with_its_docs_only_where_they_are_at_hand(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A release sourced from a public copy (not in the corpus) names its origin; its docs
    stay out of the repository, so the tests comparing with them skip, saying where from."""
    origin = {"repository": "example/mb-copy", "commit": "ab" * 20, "path": "docs/api.json"}
    entry = {"corpus": None, "version": "9.1", "format": "openapi-html-json", "source": origin}
    monkeypatch.setattr(shipped_mod, "sources", lambda: {"metabase_v9_1": entry})
    monkeypatch.setattr(shipped_mod, "SOURCED", tmp_path)
    docs, why = shipped_mod.docs_of("metabase_v9_1")
    assert docs is None
    assert "docs/api.json of example/mb-copy at abababababab" in why and "MBGEN_SOURCED" in why
    (param,) = shipped_mod.docs_params(["metabase_v9_1"])
    assert [m.kwargs["reason"] for m in param.marks] == [why]
    (tmp_path / "metabase_v9_1").mkdir()
    (tmp_path / "metabase_v9_1" / "api.json").write_text("{}")
    assert shipped_mod.docs_of("metabase_v9_1") == (tmp_path / "metabase_v9_1", "")
    (param,) = shipped_mod.docs_params(["metabase_v9_1"])
    assert param.values == ("metabase_v9_1", tmp_path / "metabase_v9_1") and not param.marks


@pytest.mark.parametrize("hints", HINTS)
def test_shipped_packages_pass_mypy_strict(hints: str, tmp_path: Path) -> None:
    """One mypy run over every shipped package (a run per package would cost its start-up
    and the shared runtime's check each time)."""
    proc = mypy_strict(GENERATED, hints, tmp_path)
    assert proc.returncode == 0, proc.stdout[-3000:]
    checked = int(proc.stdout.rsplit(" in ", 1)[1].split()[0])  # "... no issues found in N ..."
    assert checked >= sum(len(list(p.rglob("*.py"))) for p in SHIPPED)


def test_versions_say_the_release_and_mbgen() -> None:
    assert dist_version("0.49.3", "0.2.0") == "0.49.3+mbgen.0.2.0"
    assert dist_version("~0.43", "0.2.0") == "0.43.dev0+mbgen.0.2.0"
    assert dist_version("0.59-dev", "0.2.0") == "0.59.dev0+mbgen.0.2.0"
    assert dist_version("unknown", "0.2.0") == "0.dev0+mbgen.0.2.0"


@pytest.mark.corpus  # pip install and pip wheel of every shipped release
@pytest.mark.parametrize("pkg", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_package_installs_builds_and_imports_as_another_user(
    pkg: Path, open_tmp: Path
) -> None:
    pkg = Path(shutil.copytree(pkg, open_tmp / "src" / pkg.name))  # builds leave files behind
    target = open_tmp / "site"
    proc = run(
        sys.executable,
        "-m",
        "pip",
        "install",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "--target",
        target,
        pkg,
    )
    assert proc.returncode == 0, proc.stderr
    installed = target / pkg.name
    for rel in ("__init__.py", "client.py", "_runtime/client.py", "py.typed", "model.json"):
        assert (installed / rel).is_file(), rel
    assert any((installed / "resources").glob("*.py"))
    wheels = open_tmp / "wheels"
    proc = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        wheels,
        pkg,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = wheels.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert f"{pkg.name}/py.typed" in names and f"{pkg.name}/resources/__init__.py" in names
    code = f"import {pkg.name} as m; print(m.METABASE_VERSION, len(m.ENDPOINTS))"
    env = {"PYTHONPATH": str(target), "PATH": os.environ.get("PATH", "")}
    if os.geteuid() == 0 and shutil.which("setpriv"):
        drop = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        proc = run(*drop, sys.executable, "-c", code, env=env, cwd="/")
    else:
        proc = run(sys.executable, "-c", code, env=env, cwd="/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[1].isdigit()


@pytest.mark.corpus  # black over every shipped release (test_generate checks the bytes too)
@pytest.mark.parametrize("pkg", SHIPPED, ids=[p.name for p in SHIPPED])
def test_black_leaves_shipped_packages_as_they_are(pkg: Path) -> None:
    proc = run(sys.executable, "-m", "black", "--check", "-q", ".", cwd=pkg)
    assert proc.returncode == 0, proc.stderr


def test_regenerating_after_pip_install_keeps_the_build_output(
    open_tmp: Path, fixtures: Path
) -> None:
    """`pip install` of a package folder, then `mbgen generate` again: it regenerates, and
    what the packaging tools left is still there; a file of the user's still blocks it."""
    out = open_tmp / "generated"
    target = generate_into(fixtures / "single", out)
    proc = run(
        sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
        "--target", open_tmp / "site", target,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert (out / "build" / target.name / "lib").is_dir()  # setuptools builds beside it
    assert not (target / "build").exists()
    (egg_info,) = target.glob("*.egg-info")  # setuptools allows no other place for this one
    # what older packages (no build-base) and `python -m build` leave inside the folder
    (target / "build" / "lib" / target.name).mkdir(parents=True)
    (target / "build" / "lib" / target.name / "__init__.py").write_text("# built\n")
    (target / "dist").mkdir()
    (target / "dist" / "x-1.0.tar.gz").write_bytes(b"sdist")
    (target / "resources" / "__pycache__").mkdir(exist_ok=True)
    (target / "resources" / "__pycache__" / "x.pyc").write_bytes(b"pyc")
    proc = run(sys.executable, "-m", "generator.cli", "generate", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "kept build output" in proc.stdout and "dist/" in proc.stdout
    assert (target / "build" / "lib" / target.name / "__init__.py").read_text() == "# built\n"
    assert (target / "dist" / "x-1.0.tar.gz").read_bytes() == b"sdist"
    assert (target / "resources" / "__pycache__" / "x.pyc").read_bytes() == b"pyc"
    assert (egg_info / "PKG-INFO").is_file()
    assert (target / "client.py").is_file()
    (target / "build.py").write_text("# mine\n")  # a file named like build output is not
    proc = run(sys.executable, "-m", "generator.cli", "generate", "--out", out)
    assert proc.returncode == 2 and "build.py" in proc.stderr and "[foreign-file]" in proc.stderr
