"""``mbgen generate``: determinism, atomic writes, ownership, and the packages it writes."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support.cli import run as run_cli
from support.cli import run_process
from support.packages import generate_into, import_package, model_of
from support.typecheck import HINTS, mypy_strict

from generator.app import generate
from generator.core.diagnostics import InputError
from generator.render import package as render

REPO = Path(__file__).resolve().parents[2]


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_package_layout(tmp_path: Path, fixtures: Path) -> None:
    target = generate_into(fixtures / "split", tmp_path, version="0.50.2")
    assert target == tmp_path / "metabase_v0_50_2"
    files = set(tree(target))
    assert {
        "__init__.py",
        "_runtime/__init__.py",
        "_runtime/async_client.py",
        "_runtime/async_transport.py",
        "_runtime/base.py",
        "_runtime/client.py",
        "_runtime/config.py",
        "_runtime/encoding.py",
        "_runtime/errors.py",
        "_runtime/policy.py",
        "_runtime/raw.py",
        "_runtime/spec.py",
        "_runtime/transport.py",
        "_endpoints.py",
        "client.py",
        "py.typed",
        "model.json",
        "pyproject.toml",
        render.MARKER,
        "resources/__init__.py",
        "resources/gizmo.py",
        "resources/thing.py",
        "resources/ee_gizmo_audit.py",
    } == files
    marker = (target / render.MARKER).read_text()
    assert all(f in marker for f in files)


def test_same_bytes_across_runs_and_hash_seeds(tmp_path: Path, fixtures: Path) -> None:
    outs = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}  # read at start: a process of its own
        proc = run_process(
            "generate", str(fixtures / "split"), "--version", "0.5", "--out", str(out), env=env
        )
        assert proc.returncode == 0, proc.stderr
        outs.append(tree(out))
    assert outs[0] == outs[1] == outs[2]
    text = b"".join(outs[0].values())
    assert str(tmp_path).encode() not in text and str(fixtures).encode() not in text


def test_endpoints_cover_the_model_and_are_callable(tmp_path: Path, fixtures: Path) -> None:
    for layout, version in (("single", None), ("toc", "0.41"), ("split", "0.5"), ("hostile", None)):
        model = model_of(fixtures / layout, version)
        target = generate_into(fixtures / layout, tmp_path, version=version)
        pkg = import_package(tmp_path, target.name)
        assert model.metabase_version == pkg.METABASE_VERSION
        rows = {(e.method, e.path): e.attr for e in pkg.ENDPOINTS}
        assert set(rows) == {(e.method, e.path) for e in model.endpoints}
        client = pkg.Client("http://127.0.0.1:9", api_key="k")
        for attr in rows.values():
            ns, meth = attr.split(".")
            assert callable(getattr(getattr(client, ns), meth))
        assert len(set(rows.values())) == len(rows)


@pytest.mark.parametrize("hints", HINTS)
def test_mypy_strict_on_generated_fixtures(tmp_path: Path, fixtures: Path, hints: str) -> None:
    out = tmp_path / "out"
    for layout, version in (("single", None), ("toc", "0.41"), ("split", "0.5"), ("hostile", None)):
        generate_into(fixtures / layout, out, version=version)
    (out / "uses_with.py").write_text(
        "from metabase_v0_99_1 import Client\n\n"
        "with Client('http://x', api_key='k') as mb:\n"
        "    reveal_type(mb)\n"
        "    mb.widget\n"
    )
    proc = mypy_strict(out, hints, tmp_path)
    assert 'Revealed type is "metabase_v0_99_1.client.Client"' in proc.stdout, proc.stdout
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Success: no issues found" in proc.stdout


def test_failed_generation_leaves_previous_package(
    tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = generate_into(fixtures / "single", tmp_path)
    before = tree(target)
    calls = {"n": 0}
    real = render.format_python

    def failing(src: str) -> str:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return real(src)

    monkeypatch.setattr(render, "format_python", failing)
    model = model_of(fixtures / "split", "0.99.1")
    with pytest.raises(RuntimeError):
        generate.write_package(model, tmp_path, target.name)
    assert tree(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_failed_write_leaves_previous_package(
    tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = generate_into(fixtures / "single", tmp_path)
    before = tree(target)
    real_write = Path.write_text
    count = {"n": 0}

    def flaky(self: Path, *a: object, **kw: object) -> int:
        count["n"] += 1
        if count["n"] == 4:
            raise OSError(28, "No space left on device")
        return real_write(self, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", flaky)
    with pytest.raises(OSError):
        generate.write_package(model_of(fixtures / "split", "1"), tmp_path, target.name)
    monkeypatch.undo()
    assert tree(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_refuses_folder_it_did_not_create(tmp_path: Path, fixtures: Path) -> None:
    mine = tmp_path / "metabase_v0_99_1"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    proc = run_cli("generate", str(fixtures / "single"), "--out", str(tmp_path))
    assert proc.returncode == 2
    assert "refusing to overwrite" in proc.stderr and len(proc.stderr.splitlines()) == 1
    assert (mine / "notes.txt").read_text() == "mine"


def test_refuses_to_delete_a_file_added_to_a_package(tmp_path: Path, fixtures: Path) -> None:
    target = generate_into(fixtures / "single", tmp_path)
    (target / "resources" / "extra.py").write_text("# mine\n")
    with pytest.raises(InputError, match="not written by mbgen"):
        generate.write_package(model_of(fixtures / "single"), tmp_path, target.name)
    assert (target / "resources" / "extra.py").exists()


def test_regenerate_all_from_stored_models(tmp_path: Path, fixtures: Path) -> None:
    generate_into(fixtures / "single", tmp_path)
    generate_into(fixtures / "split", tmp_path, version="0.5")
    (tmp_path / "unrelated").mkdir()
    (tmp_path / "unrelated" / "keep.txt").write_text("x")
    before = tree(tmp_path)
    proc = run_cli("generate", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("regenerated") == 2
    assert tree(tmp_path) == before


def test_facts_only_leaves_prose_out(tmp_path: Path, fixtures: Path) -> None:
    proc = run_cli("generate", str(fixtures / "single"), "--out", str(tmp_path), "--facts-only")
    assert proc.returncode == 0, proc.stderr
    text = "".join(p.read_text() for p in (tmp_path / "metabase_v0_99_1").rglob("*.*"))
    assert "Create a widget" not in text and "value must be" not in text
    assert "POST /api/widget/" in text and "Requires a superuser." in text


def test_no_version_needs_package_or_version(tmp_path: Path, fixtures: Path) -> None:
    proc = run_cli("generate", str(fixtures / "split"), "--out", str(tmp_path))
    assert proc.returncode == 2 and "--version" in proc.stderr
    proc = run_cli(
        "generate", str(fixtures / "split"), "--out", str(tmp_path), "--package", "my_mb"
    )
    assert proc.returncode == 0 and (tmp_path / "my_mb" / "client.py").is_file()


def test_hostile_model_json_is_rejected(tmp_path: Path, fixtures: Path) -> None:
    target = generate_into(fixtures / "single", tmp_path)
    text = (
        (target / "model.json")
        .read_text()
        .replace('"type": "int"', '"type": "int) -> None: ...\\nimport os  #"', 1)
    )
    bad = tmp_path / "bad.json"
    bad.write_text(text)
    proc = run_cli("generate", str(bad), "--out", str(tmp_path / "o"), "--package", "x")
    assert proc.returncode == 2 and "/type" in proc.stderr
    assert not (tmp_path / "o" / "x").exists()


def test_wheel_carries_templates(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("mbgen-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for t in ("templates/resource.py.j2", "templates/client.py.j2", "runtime/client.py"):
        assert f"generator/{t}" in names
    # the facts mbgen reads at run time (mounts, answer types) travel in the wheel too
    data = REPO / "generator" / "facts" / "data"
    for path in sorted(data.rglob("*.json")):
        assert f"generator/facts/data/{path.relative_to(data).as_posix()}" in names


@pytest.mark.corpus  # rebuilds every shipped release: the slowest test of all
def test_committed_packages_match_their_models(tmp_path: Path) -> None:
    """generated/ is what the generator makes now from the model.json stored in each package."""
    committed = REPO / "generated"
    packages = sorted(p for p in committed.iterdir() if (p / render.MARKER).is_file())
    assert len(packages) >= 3
    for pkg in packages:
        generate.write_package(model_of(pkg / "model.json"), tmp_path, pkg.name)
        cmp = filecmp.dircmp(pkg, tmp_path / pkg.name, ignore=["__pycache__"])
        assert tree(tmp_path / pkg.name) == tree(pkg), (pkg.name, cmp.diff_files)
