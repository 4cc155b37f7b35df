"""The ``mbgen`` command line. Every failure the user can cause ends in one line and exit 2."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.analysis import diff, stats
from generator.analysis import report as diff_report
from generator.app import generate
from generator.app import load as sources
from generator.core.diagnostics import Diagnostics, InputError
from generator.core.jsonform import dumps
from generator.export import openapi as openapi_export
from generator.readers.fetched import FETCHED
from generator.readers.live import fetch as live
from generator.render import writing as fsutil

EXIT_OK = 0
EXIT_FAIL = 1  # --strict warnings, --fail-on breaking
EXIT_INPUT = 2


def _err(message: str) -> None:
    print(f"mbgen: {message}", file=sys.stderr)


def _report(diags: Diagnostics, verbose: bool) -> None:
    for d in diags.errors:
        _err(str(d))
    if verbose:
        for d in diags.warnings:
            _err(str(d))
    elif diags.warnings:
        _err(f"{len(diags.warnings)} warning(s); --stats or -v lists them")


def cmd_model(args: argparse.Namespace) -> int:
    loaded = sources.load(args.source, args.version)
    diags = loaded.diagnostics
    if args.stats:
        sys.stdout.write(stats.render(loaded.model, diags))
        for d in diags.errors:
            _err(str(d))
    else:
        _report(diags, args.verbose)
        text = dumps(loaded.model)
        if args.output and args.output != "-":
            fsutil.write_atomic(Path(args.output), text)
        else:
            sys.stdout.write(text)
    if diags.errors:
        return EXIT_INPUT
    if args.strict and diags.warnings:
        _err("--strict: failing on warnings")
        return EXIT_FAIL
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.jar:
        if args.source:
            _err("give SOURCE or --jar, not both")
            return EXIT_INPUT
        written, diags = generate.generate_from_jar(
            Path(args.jar), out, args.package, args.version, args.facts_only
        )
        _report(diags, args.verbose)
        print(f"{written.path}: {written.endpoints} endpoints")
        return EXIT_OK
    if args.source is None:
        if args.version or args.package:
            _err("--version and --package need a SOURCE")
            return EXIT_INPUT
        for w in generate.regenerate_all(out):
            print(f"{w.path}: {w.endpoints} endpoints (regenerated)")
        return EXIT_OK
    written, diags = generate.generate(
        args.source, args.version, out, args.package, args.facts_only
    )
    _report(diags, args.verbose)
    print(f"{written.path}: {written.endpoints} endpoints")
    return EXIT_INPUT if diags.errors else EXIT_OK


def cmd_fetch(args: argparse.Namespace) -> int:
    password = args.password if args.username else None
    fetched = live.fetch(
        args.url,
        api_key=args.api_key,
        username=args.username,
        password=password,
        session_token=args.session_token,
        timeout=args.timeout,
    )
    out = Path(args.output)
    fsutil.write_atomic(out / "api.json", fetched.spec)
    fsutil.write_atomic(out / FETCHED, fetched.record)
    print(f"{out / 'api.json'}: OpenAPI document of Metabase {fetched.version}")
    return EXIT_OK


def cmd_openapi(args: argparse.Namespace) -> int:
    loaded = sources.load(args.source, args.version)
    _report(loaded.diagnostics, args.verbose)
    text = openapi_export.dumps(loaded.model)
    if args.output and args.output != "-":
        fsutil.write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _diff_input(arg: str) -> sources.Loaded:
    path = Path(arg)
    if not path.exists() and (generate.DEFAULT_OUT / arg / sources.MODEL_FILE).is_file():
        path = generate.DEFAULT_OUT / arg  # a package name in generated/
    return sources.load(path)


def cmd_diff(args: argparse.Namespace) -> int:
    old = _diff_input(args.old).model
    new = _diff_input(args.new).model
    result = diff.diff(old, new)
    sys.stdout.write(diff_report.FORMATS[args.format](result))
    if args.fail_on == "breaking" and result.breaking:
        return EXIT_FAIL
    if args.fail_on == "any" and result.changes:
        return EXIT_FAIL
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mbgen",
        description="Typed Python clients from Metabase's API documentation.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("model", help="read API docs into the endpoint model (JSON)")
    p.add_argument("source", help="docs folder, api-documentation.md, or a model JSON")
    p.add_argument("--version", help="Metabase version, when the docs do not say it")
    p.add_argument("-o", "--output", help="write the model JSON here (default: stdout)")
    p.add_argument("--stats", action="store_true", help="print a human summary instead")
    p.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    p.add_argument("-v", "--verbose", action="store_true", help="print every warning")
    p.set_defaults(func=cmd_model)

    p = sub.add_parser("generate", help="write a typed client package (or regenerate all)")
    p.add_argument("source", nargs="?", help="docs or model JSON; none: regenerate --out")
    p.add_argument("--version", help="Metabase version, when the docs do not say it")
    p.add_argument("--out", default=str(generate.DEFAULT_OUT), help="output folder")
    p.add_argument("--package", help="package name (default: from the version)")
    p.add_argument(
        "--facts-only",
        action="store_true",
        help="leave Metabase's descriptions and prose out (as for the packages we commit)",
    )
    p.add_argument("--jar", help="run this metabase.jar's api-documentation and use its docs")
    p.add_argument("-v", "--verbose", action="store_true", help="print every warning")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("fetch", help="save a running server's OpenAPI document and version")
    p.add_argument("url", help="the Metabase server, e.g. https://metabase.example.com")
    p.add_argument("-o", "--output", default=".", help="folder to write api.json into")
    p.add_argument(
        "--api-key",
        default=os.environ.get("MBGEN_API_KEY"),
        help="an API key (X-API-Key); default $MBGEN_API_KEY",
    )
    p.add_argument("--username", help="log in with this user (with --password)")
    p.add_argument(
        "--password",
        default=os.environ.get("MBGEN_PASSWORD"),
        help="the user's password; default $MBGEN_PASSWORD",
    )
    p.add_argument("--session-token", help="an existing session token")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    p.set_defaults(func=cmd_fetch)

    p = sub.add_parser("openapi", help="write an OpenAPI 3.1 document for any docs")
    p.add_argument("source", help="docs folder, api-documentation.md, or a model JSON")
    p.add_argument("--version", help="Metabase version, when the docs do not say it")
    p.add_argument("-o", "--output", help="write here (default: stdout)")
    p.add_argument("-v", "--verbose", action="store_true", help="print every warning")
    p.set_defaults(func=cmd_openapi)

    p = sub.add_parser("diff", help="what changed in the API between two releases")
    p.add_argument("old", help="docs, model JSON, or a package (folder or name in generated/)")
    p.add_argument("new", help="docs, model JSON, or a package (folder or name in generated/)")
    p.add_argument("--format", choices=sorted(diff_report.FORMATS), default="text")
    p.add_argument(
        "--fail-on",
        choices=["breaking", "any"],
        help="exit 1 when a breaking change (or any change) is found",
    )
    p.set_defaults(func=cmd_diff)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except InputError as exc:
        _err(str(exc.diagnostic))
        return EXIT_INPUT
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror or exc}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
