"""Docs from a Metabase jar (``mbgen generate --jar``): run its ``api-documentation``."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from generator.core import naming
from generator.core.diagnostics import InputError


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise InputError(
            "java",
            0,
            "Java is not installed (no `java` on PATH); it is needed to run metabase.jar",
            "no-java",
        )
    return java


def docs_from_jar(jar: Path, workdir: Path, timeout: float = 900) -> tuple[Path, str | None]:
    """Run ``java -jar JAR api-documentation`` in ``workdir``; return the docs folder and the
    jar's version (``java -jar JAR version``)."""
    if not jar.is_file():
        raise InputError(str(jar), 0, "no such jar", "missing")
    java = _java()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                [java, "-jar", str(jar.resolve()), *args],
                cwd=workdir,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise InputError(
                str(jar), 0, f"`{' '.join(args)}` ran over {timeout:.0f} s", "timeout"
            ) from None

    proc = run("api-documentation")
    if proc.returncode != 0:
        last = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-1:] or ["no output"]
        raise InputError(
            str(jar),
            0,
            f"not a Metabase jar? `api-documentation` failed "
            f"(exit {proc.returncode}): {last[0][:200]}",
            "not-metabase",
        )
    docs = workdir / "docs"
    if not docs.is_dir():
        raise InputError(
            str(jar), 0, "not a Metabase jar? `api-documentation` wrote no docs/", "not-metabase"
        )
    version = None
    ver = run("version")
    m = re.search(r"\bv?(\d+\.\d+[\w.\-]*)", ver.stdout)
    if ver.returncode == 0 and m:
        version = naming.normalise_version(m.group(1))
    return docs, version
