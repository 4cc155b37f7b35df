"""Writing files so that a failure never leaves half of something behind, with the modes the
user's umask gives, and never replacing what is not a regular file or folder of ours.

- A regular file (or a new one) is written to a temporary file beside it and renamed over it.
- A symlink is written through: its target is what gets written, the link stays.
- A FIFO or a character device (``/dev/null``, ``/dev/stdout``) is opened and written to.
- Anything else (a folder, a socket, a block device) is refused with one line.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.core.diagnostics import InputError


def umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    return 0o666 & ~umask()


def dir_mode() -> int:
    return 0o777 & ~umask()


def _through_links(path: Path) -> Path:
    """The path a write lands on: a symlink's final target (which may not exist yet)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (see the module's rules for what ``path`` may be)."""
    path = _through_links(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    if st is not None and (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    if st is not None and not stat.S_ISREG(st.st_mode):
        what = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise InputError(str(path), 0, f"is {what}; refusing to write over it", "not-generated")
    mode = stat.S_IMODE(st.st_mode) if st is not None else file_mode()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_dir(target: Path, files: dict[str, str], keep: Sequence[str] = ()) -> None:
    """Make ``target`` hold exactly ``files`` (relative path -> text), atomically enough:
    everything is written into a sibling temporary folder first, then swapped in with renames.
    On any failure the previous ``target`` is left as it was. A symlinked ``target`` is
    written through (the folder it points to is replaced, the link stays). The folders
    ``keep`` names (relative paths in the old ``target``) are moved into the new one.
    """
    target = _through_links(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new.", dir=target.parent))
    old: Path | None = None
    try:
        os.chmod(staging, dir_mode())
        for rel, text in sorted(files.items()):
            dest = staging / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text, encoding="utf-8", newline="\n")
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            old.rmdir()
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            _carry_over(old, target, keep)
    except BaseException:
        if old is not None and not target.exists():
            os.replace(old, target)
            old = None
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _carry_over(old: Path, new: Path, keep: Sequence[str]) -> None:
    for rel in keep:
        if (old / rel).is_dir() and not (new / rel).exists():
            (new / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(old / rel, new / rel)
