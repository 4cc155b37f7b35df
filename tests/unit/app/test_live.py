"""``mbgen fetch`` against a real HTTP server on loopback, and ``mbgen generate --jar`` with
a small real jar built here that behaves like Metabase's ``api-documentation``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from support.cli import assert_one_line_error as one_line_error
from support.cli import run
from support.corpus import FIXTURES
from werkzeug import Request, Response

from generator.app import load as sources

SPEC = json.loads((FIXTURES / "openapi-json" / "api.json").read_text())


def serve(
    httpserver: HTTPServer, *, key: str = "mb_KEY", openapi: bool = True, status: int | None = None
) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        if status is not None:
            return Response(
                json.dumps({"message": "nope"}), status, content_type="application/json"
            )
        if request.path == "/api/session" and request.method == "POST":
            ok = request.get_json() == {"username": "a@b.c", "password": "pw"}
            return Response(
                json.dumps({"id": "tok"} if ok else {"errors": "bad"}),
                200 if ok else 401,
                content_type="application/json",
            )
        if (
            request.headers.get("X-API-Key") != key
            and request.headers.get("X-Metabase-Session") != "tok"
        ):
            return Response("Unauthenticated", 401)
        if request.path == "/api/session/properties":
            return Response(
                json.dumps({"version": {"tag": "v0.57.2", "date": "2025-11-01"}}),
                200,
                content_type="application/json",
            )
        if request.path == "/api/docs/openapi.json" and openapi:
            return Response(json.dumps(SPEC), 200, content_type="application/json")
        return Response("Not found", 404)

    import re

    httpserver.expect_request(re.compile(".*")).respond_with_handler(handler)
    return seen


def test_fetch_with_api_key(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen = serve(httpserver)
    proc = run("fetch", httpserver.url_for("/"), "--api-key", "mb_KEY", "-o", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "0.57.2" in proc.stdout
    assert json.loads((tmp_path / "api.json").read_text()) == SPEC
    assert {r.path for r in seen} == {"/api/session/properties", "/api/docs/openapi.json"}
    loaded = sources.load(tmp_path)
    assert loaded.model.metabase_version == "0.57.2"
    assert loaded.model.source_format == "openapi-json"
    assert not [d for d in loaded.diagnostics.warnings if d.code == "no-version"]


def test_fetch_with_login(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen = serve(httpserver)
    env = {**os.environ, "MBGEN_PASSWORD": "pw"}
    proc = run("fetch", httpserver.url_for("/"), "--username", "a@b.c", "-o", tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    assert [r.path for r in seen][0] == "/api/session"
    assert all(r.headers.get("X-Metabase-Session") == "tok" for r in seen[1:])
    assert "pw" not in proc.stdout + proc.stderr


def test_fetch_takes_addresses_as_the_clients_do(httpserver: HTTPServer, tmp_path: Path) -> None:
    one_line_error(run("fetch", "127.0.0.1:3000", "-o", tmp_path), "'http://127.0.0.1:3000'")
    seen = serve(httpserver)
    proc = run("fetch", httpserver.url_for("/api"), "--api-key", "mb_KEY", "-o", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert {r.path for r in seen} == {"/api/session/properties", "/api/docs/openapi.json"}


def test_fetch_refused(httpserver: HTTPServer, tmp_path: Path) -> None:
    serve(httpserver)
    one_line_error(
        run("fetch", httpserver.url_for("/"), "--api-key", "wrong", "-o", tmp_path),
        "401",
        "API key",
    )
    assert not (tmp_path / "api.json").exists()


def test_fetch_forbidden(httpserver: HTTPServer, tmp_path: Path) -> None:
    serve(httpserver, status=403)
    one_line_error(
        run("fetch", httpserver.url_for("/"), "--api-key", "k", "-o", tmp_path),
        "403",
        "permission denied",
    )


def test_fetch_from_a_server_too_old(httpserver: HTTPServer, tmp_path: Path) -> None:
    serve(httpserver, openapi=False)
    one_line_error(
        run("fetch", httpserver.url_for("/"), "--api-key", "mb_KEY", "-o", tmp_path),
        "/api/docs/openapi.json",
        "Markdown",
    )


def test_fetch_unreachable(tmp_path: Path) -> None:
    one_line_error(
        run("fetch", "http://127.0.0.1:9", "--api-key", "k", "-o", tmp_path, "--timeout", "5"),
        "cannot connect",
    )


JAVA = """
import java.io.*;
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("version")) {
            System.out.println("Metabase v0.58.1 (abc1234 release-x.58.x)");
            return;
        }
        if (args.length == 1 && args[0].equals("api-documentation")) {
            Files.createDirectories(Paths.get("docs"));
            try (InputStream in = Main.class.getResourceAsStream("/api.json")) {
                Files.copy(in, Paths.get("docs", "api.json"));
            }
            return;
        }
        System.err.println("Unknown command");
        System.exit(1);
    }
}
"""


@pytest.fixture(scope="module")
def jars(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if not (shutil.which("javac") and shutil.which("jar")):
        pytest.skip("no JDK (javac, jar) on this machine to build the test jar")
    root = tmp_path_factory.mktemp("jar")
    src = root / "src"
    src.mkdir()
    (src / "Main.java").write_text(JAVA)
    subprocess.run(["javac", "-d", str(root / "classes"), str(src / "Main.java")], check=True)
    shutil.copy(FIXTURES / "openapi-json" / "api.json", root / "classes" / "api.json")
    jar = root / "metabase.jar"
    subprocess.run(
        [
            "jar",
            "--create",
            "--file",
            str(jar),
            "--main-class",
            "Main",
            "-C",
            str(root / "classes"),
            ".",
        ],
        check=True,
    )
    other = root / "other.jar"
    (root / "o").mkdir()
    (root / "o" / "Other.java").write_text(
        "public class Other { public static void main(String[] a) {"
        ' System.out.println("I am not Metabase"); System.exit(3); } }'
    )
    subprocess.run(["javac", "-d", str(root / "oc"), str(root / "o" / "Other.java")], check=True)
    subprocess.run(
        [
            "jar",
            "--create",
            "--file",
            str(other),
            "--main-class",
            "Other",
            "-C",
            str(root / "oc"),
            ".",
        ],
        check=True,
    )
    return {"metabase": jar, "other": other}


def test_generate_from_jar(jars: dict[str, Path], tmp_path: Path) -> None:
    proc = run("generate", "--jar", jars["metabase"], "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    pkg = tmp_path / "metabase_v0_58_1"
    assert (pkg / "client.py").is_file()
    assert '"0.58.1"' in (pkg / "__init__.py").read_text()
    assert not list(Path("/tmp").glob("mbgen-jar-*/docs"))  # the temp dir is gone


def test_jar_that_is_not_metabase(jars: dict[str, Path], tmp_path: Path) -> None:
    one_line_error(
        run("generate", "--jar", jars["other"], "--out", tmp_path),
        "other.jar",
        "not a Metabase jar",
    )
    assert not any(tmp_path.iterdir())


def test_jar_without_java(jars: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty)}
    one_line_error(
        run("generate", "--jar", jars["metabase"], "--out", tmp_path / "o", env=env),
        "Java is not installed",
    )


def test_missing_jar(tmp_path: Path) -> None:
    one_line_error(
        run("generate", "--jar", tmp_path / "nope.jar", "--out", tmp_path),
        "nope.jar",
        "no such jar",
    )
