"""Every shipped package is a project: it installs with pip, builds a wheel, imports as
another user, and black leaves its code as it is."""

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
from support.corpus import REPO
from support.packages import generate_into

from generator.render.project import dist_version

SHIPPED = sorted(p for p in (REPO / "generated").iterdir() if (p / "MBGEN_GENERATED").is_file())


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
