"""Getting docs from what a user has: a running server (``mbgen fetch``) or a Metabase jar
(``mbgen generate --jar``).

``fetch`` talks to the server through the very runtime the generated clients ship
(templates/runtime.py.j2), so its login, API-key and error rules are theirs.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import types
from pathlib import Path
from typing import Any

from generator import fsutil, render
from generator.diagnostics import InputError
from generator.sources import FETCHED

OPENAPI_PATH = "/api/docs/openapi.json"


def runtime() -> types.ModuleType:
    """The generated clients' runtime, as a module."""
    module = types.ModuleType("mbgen_runtime")
    code = render.environment().get_template("runtime.py.j2").render()
    exec(compile(code, "runtime.py.j2", "exec"), module.__dict__)  # noqa: S102 - our template
    return module


def version_from_tag(tag: str) -> str:
    """``v0.56.8`` -> ``0.56.8``; ``v1.56.8`` (Enterprise builds) -> ``1.56.8``."""
    return tag.strip().lstrip("vV")


def fetch(
    url: str,
    out: Path,
    *,
    api_key: str | None = None,
    username: str | None = None,
    password: str | None = None,
    session_token: str | None = None,
    timeout: float = 60.0,
) -> tuple[Path, str]:
    """Save the server's OpenAPI document as ``out/api.json`` and its version beside it."""
    rt = runtime()
    try:
        client = rt.BaseClient(
            url,
            api_key=api_key,
            username=username,
            password=password,
            session_token=session_token,
            timeout=timeout,
        )
    except ValueError as exc:
        raise InputError(url, 0, str(exc), "usage") from None
    try:
        props = client._call("GET", "/api/session/properties", ())
        tag = ""
        if isinstance(props, dict) and isinstance(props.get("version"), dict):
            tag = str(props["version"].get("tag") or "")
        try:
            spec = client._call("GET", OPENAPI_PATH, ())
        except rt.NotFound:
            raise InputError(
                url,
                0,
                f"the server has no {OPENAPI_PATH} (Metabase before about "
                "0.50?): generate from its Markdown docs instead",
                "too-old",
            ) from None
    except rt.AuthenticationError as exc:
        raise InputError(
            url,
            0,
            f"not authenticated (HTTP 401): {exc.message}; check the API "
            "key or the username and password",
            "auth",
        ) from None
    except rt.PermissionDenied as exc:
        raise InputError(url, 0, f"permission denied (HTTP 403): {exc.message}", "auth") from None
    except rt.ApiError as exc:
        raise InputError(
            url, 0, f"HTTP {exc.status} from {exc.method} {exc.url}: {exc.message}", "http"
        ) from None
    except rt.MetabaseError as exc:
        raise InputError(url, 0, str(exc), "connection") from None
    finally:
        client.close()
    if isinstance(spec, (bytes, bytearray)):
        try:
            spec = json.loads(spec)
        except ValueError:
            raise InputError(url, 0, f"{OPENAPI_PATH} did not answer JSON", "not-openapi") from None
    if not isinstance(spec, dict) or "paths" not in spec:
        raise InputError(url, 0, f"{OPENAPI_PATH} is not an OpenAPI document", "not-openapi")
    version = version_from_tag(tag) if tag else "unknown"
    fsutil.write_atomic(out / "api.json", json.dumps(spec, indent=2, ensure_ascii=False) + "\n")
    fsutil.write_atomic(
        out / FETCHED,
        json.dumps(
            {"metabase_version": version, "version_tag": tag, "from": OPENAPI_PATH}, indent=1
        )
        + "\n",
    )
    return out / "api.json", version


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
        version = m.group(1)
    return docs, version


def generate_from_jar(
    jar: Path, out: Path, package: str | None, version: str | None, facts_only: bool
) -> tuple[Any, Any]:
    from generator import generate

    with tempfile.TemporaryDirectory(prefix="mbgen-jar-") as tmp:
        docs, jar_version = docs_from_jar(jar, Path(tmp))
        return generate.generate(str(docs), version or jar_version, out, package, facts_only)
