"""Output files: the modes the umask gives, atomic replacement of regular files and package
folders, and writing through (never replacing) symlinks, FIFOs and devices."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import assert_one_line_error, run

from generator.core.diagnostics import InputError
from generator.render.writing import replace_dir, write_atomic


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_and_folders_get_the_umask_modes(tmp_path: Path, umask_022: None) -> None:
    write_atomic(tmp_path / "model.json", "{}\n")
    assert mode(tmp_path / "model.json") == 0o644
    replace_dir(tmp_path / "pkg", {"a.py": "", "sub/b.py": ""})
    assert mode(tmp_path / "pkg") == 0o755
    assert mode(tmp_path / "pkg" / "sub") == 0o755
    assert mode(tmp_path / "pkg" / "sub" / "b.py") == 0o644


def test_a_stricter_umask_is_honoured(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_atomic(tmp_path / "x.json", "1")
        replace_dir(tmp_path / "pkg", {"a.py": ""})
    finally:
        os.umask(old)
    assert mode(tmp_path / "x.json") == 0o600 and mode(tmp_path / "pkg") == 0o700


def test_replacing_a_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "m.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new" and mode(target) == 0o640


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_symlinked_package_folder_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real"
    replace_dir(real, {"a.py": "1"})
    link = tmp_path / "pkg"
    link.symlink_to(real)
    replace_dir(link, {"a.py": "2"})
    assert link.is_symlink() and (real / "a.py").read_text() == "2"


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(10)
    assert got == ["through the pipe"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_dev_null_stays_a_device() -> None:
    write_atomic(Path("/dev/null"), "nothing")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        write_atomic(tmp_path, "x")


def test_cli_model_to_dev_null_and_to_a_folder(tmp_path: Path, fixtures: Path) -> None:
    proc = run("model", fixtures / "single", "-o", "/dev/null")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    proc = run("model", fixtures / "single", "-o", tmp_path)
    assert_one_line_error(proc, str(tmp_path), "is a folder")


def test_cli_out_onto_a_file_is_one_line(tmp_path: Path, fixtures: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("mine")
    proc = run("generate", fixtures / "single", "--out", afile)
    assert_one_line_error(proc, str(afile), "is not a folder")
    assert afile.read_text() == "mine"


def test_replace_dir_carries_the_folders_it_is_told_to_keep(tmp_path: Path) -> None:
    replace_dir(tmp_path / "pkg", {"a.py": "1", "sub/b.py": "1"})
    (tmp_path / "pkg" / "build" / "lib").mkdir(parents=True)
    (tmp_path / "pkg" / "build" / "lib" / "a.py").write_text("built")
    (tmp_path / "pkg" / "sub" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "sub" / "__pycache__" / "b.pyc").write_text("pyc")
    replace_dir(tmp_path / "pkg", {"a.py": "2"}, keep=["build", "sub/__pycache__"])
    assert (tmp_path / "pkg" / "a.py").read_text() == "2"
    assert (tmp_path / "pkg" / "build" / "lib" / "a.py").read_text() == "built"
    assert (tmp_path / "pkg" / "sub" / "__pycache__" / "b.pyc").read_text() == "pyc"
    assert not (tmp_path / "pkg" / "sub" / "b.py").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]  # no staging left behind
