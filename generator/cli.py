"""The ``mbgen`` command line. Every failure the user can cause ends in one line and exit 2."""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from generator import facts
from generator.analysis import diff, stats, usage
from generator.analysis import report as diff_report
from generator.app import generate
from generator.app import load as sources
from generator.core import naming
from generator.core.diagnostics import EXIT_FAIL, EXIT_INPUT, Diagnostics, InputError, exit_code
from generator.core.jsonform import dumps
from generator.core.model import ApiModel
from generator.export import openapi as openapi_export
from generator.readers.fetched import FETCHED
from generator.readers.live import fetch as live
from generator.render import writing as fsutil
from generator.render.output import Prepared


@dataclass
class Outcome:
    """What a command found and what it would do: the CLI runs ``writes`` and prints
    ``stdout`` only when ``exit_code`` says the diagnostics allow it."""

    diagnostics: Diagnostics = field(default_factory=Diagnostics)
    writes: list[Callable[[], str]] = field(default_factory=list)  # each returns a line
    stdout: str = ""
    failed: bool = False  # --fail-on matched
    strict: bool = False
    verbose: bool = False
    summary: str | None = None  # --stats: printed instead of the warning count
    hint: str = "-v lists them"  # how this command shows its warnings (its own flags only)


def _err(message: str) -> None:
    print(f"mbgen: {message}", file=sys.stderr)


def _report(outcome: Outcome) -> None:
    diags = outcome.diagnostics
    for d in diags.errors:
        _err(str(d))
    if outcome.verbose:
        for d in diags.warnings:
            _err(str(d))
    elif diags.warnings and outcome.summary is None:
        _err(f"{len(diags.warnings)} warning(s)" + (f"; {outcome.hint}" if outcome.hint else ""))


def _write_text(output: str | None, text: str) -> Outcome:
    if output and output != "-":
        target = Path(output)

        def write() -> str:
            fsutil.write_atomic(target, text)
            return ""

        return Outcome(writes=[write])
    return Outcome(stdout=text)


def _check_version(args: argparse.Namespace) -> None:
    """--version, normalised as everywhere else (naming.normalise_version), or refused."""
    given = getattr(args, "version", None)
    if given is None:
        return
    version = naming.normalise_version(given)
    if version is None:
        raise InputError(
            "--version", 0, f"{given!r} is not a Metabase version (like 0.49.3)", "bad-version"
        )
    args.version = version


def cmd_model(args: argparse.Namespace) -> Outcome:
    loaded = sources.load(args.source, args.version)
    if args.stats:
        out = Outcome(summary=stats.render(loaded.model, loaded.diagnostics, loaded.notes))
    else:
        out = _write_text(args.output, dumps(loaded.model))
    out.diagnostics, out.strict, out.verbose = loaded.diagnostics, args.strict, args.verbose
    out.hint = "--stats or -v lists them"
    return out


def _package_writes(prepared: list[Prepared], note: str = "") -> list[Callable[[], str]]:
    return [partial(_write_package, p, note) for p in prepared]


def _write_package(prepared: Prepared, note: str) -> str:
    w = prepared.write()
    return f"{w.path}: {w.endpoints} endpoints{note}"


def cmd_generate(args: argparse.Namespace) -> Outcome:
    out = Path(args.out)
    if args.jar:
        if args.source:
            raise InputError("mbgen generate", 0, "give SOURCE or --jar, not both", "usage")
        prepared, diags = generate.generate_from_jar(
            Path(args.jar), out, args.package, args.version, args.facts_only
        )
        return Outcome(diags, _package_writes([prepared]), verbose=args.verbose)
    if args.source is None:
        if args.version or args.package:
            raise InputError("mbgen generate", 0, "--version and --package need a SOURCE", "usage")
        every = generate.regenerate_all(out)
        return Outcome(writes=_package_writes(every, " (regenerated)"), verbose=args.verbose)
    prepared, diags = generate.generate(
        args.source, args.version, out, args.package, args.facts_only
    )
    return Outcome(diags, _package_writes([prepared]), verbose=args.verbose)


def cmd_fetch(args: argparse.Namespace) -> Outcome:
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

    def write() -> str:
        fsutil.write_atomic(out / "api.json", fetched.spec)
        fsutil.write_atomic(out / FETCHED, fetched.record)
        return f"{out / 'api.json'}: OpenAPI document of Metabase {fetched.version}"

    return Outcome(writes=[write])


def cmd_facts(args: argparse.Namespace) -> Outcome:
    """``mbgen facts build|verify|show ...``: the facts maintainer tool (generator.facts)."""
    code = facts.main(args.rest or ["--help"])
    if code:
        raise InputError(
            "mbgen facts", 0, f"{' '.join(args.rest[:1])} failed (exit {code})", "usage"
        )
    return Outcome()


def cmd_openapi(args: argparse.Namespace) -> Outcome:
    loaded = sources.load(args.source, args.version)
    out = _write_text(args.output, openapi_export.dumps(loaded.model))
    out.diagnostics, out.verbose = loaded.diagnostics, args.verbose
    return out


def _diff_input(arg: str, side: str, version: str | None) -> tuple[sources.Loaded, str | None]:
    """The loaded side, and its package name when it is a generated package."""
    path = Path(arg)
    if not path.exists() and (generate.DEFAULT_OUT / arg / sources.MODEL_FILE).is_file():
        path = generate.DEFAULT_OUT / arg  # a package name in generated/
    try:
        loaded = sources.load(path, version)
    except InputError as exc:
        d = exc.diagnostic
        raise InputError(d.location, 0, f"{side}: {d.message}", d.code) from None
    if version and loaded.model.metabase_version != version:
        loaded = dataclasses.replace(
            loaded, model=dataclasses.replace(loaded.model, metabase_version=version)
        )
    package = path.name if (path / "__init__.py").is_file() else None
    return loaded, package


def _check_namespaces(wanted: set[str], *models: ApiModel) -> None:
    """--namespace names one OLD or NEW has, else one line naming those there are."""
    known = {naming.identifier(e.namespace): e.namespace for m in models for e in m.endpoints}
    missing = sorted(wanted - known.keys())
    if missing:
        there = ", ".join(sorted(set(known.values())))
        msg = f"no namespace {missing[0]!r} in OLD or NEW; namespaces: {there}"
        raise InputError("--namespace", 0, msg, "usage")


def _terminal_width() -> int | None:
    """The terminal's width (COLUMNS, else the terminal's own) when output goes to one; no
    wrapping for a pipe or a file."""
    if not sys.stdout.isatty():
        return None
    return max(40, shutil.get_terminal_size().columns)


def cmd_diff(args: argparse.Namespace) -> Outcome:
    old, old_pkg = _diff_input(args.old, "OLD", args.old_version)
    new, new_pkg = _diff_input(args.new, "NEW", args.new_version)
    result = diff.diff(old.model, new.model)
    namespaces = tuple(args.namespace or ())
    if namespaces:
        wanted = {naming.identifier(n) for n in namespaces}
        _check_namespaces(wanted, old.model, new.model)
        result.changes = [c for c in result.changes if naming.identifier(c.namespace) in wanted]
    if args.severity:
        result.changes = [c for c in result.changes if c.severity == args.severity]
    found = None
    if args.usage:
        missing = [p for p in args.usage if not Path(p).exists()]
        if missing:
            raise InputError(missing[0], 0, "--usage: no such file or folder", "usage")
        known = [*([old_pkg] if old_pkg else []), *(args.old_package or [])]
        shipped = Path(__file__).resolve().parents[1] / generate.DEFAULT_OUT.name
        found = usage.analyse(args.usage, result, known, [generate.DEFAULT_OUT, shipped])
        failed = bool(found.hits or found.blind) if args.fail_on == "breaking" else False
        if args.fail_on == "any":
            failed = bool(found.hits or found.blind or found.unresolved or found.errors)
    else:
        failed = (args.fail_on == "breaking" and bool(result.breaking)) or (
            args.fail_on == "any" and bool(result.changes)
        )
    opts = diff_report.Options(
        full=args.all,
        usage=found,
        old_package=old_pkg,
        new_package=new_pkg,
        namespaces=namespaces,
        severity=args.severity,
        width=_terminal_width(),
    )
    diags = Diagnostics()
    diags.extend(old.diagnostics.errors + new.diagnostics.errors)
    return Outcome(diags, stdout=diff_report.FORMATS[args.format](result, opts), failed=failed)


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

    p = sub.add_parser(
        "facts",
        help="maintainers: read route facts from a Metabase git history (docs/facts.md)",
        add_help=False,
    )
    p.add_argument("rest", nargs=argparse.REMAINDER, help="build | verify | show, and their flags")
    p.set_defaults(func=cmd_facts)

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
        help="exit 1 when a breaking change (or any change) is found; with --usage, when "
        "a call site is affected (any: or a call is not resolved)",
    )
    p.add_argument(
        "--usage",
        nargs="+",
        metavar="PATH",
        help="Python files or folders (*.py, recursively) whose calls to Metabase to check",
    )
    p.add_argument(
        "--namespace", action="append", help="only changes of this namespace (repeatable)"
    )
    p.add_argument("--severity", choices=["breaking", "non-breaking"], help="only these changes")
    p.add_argument("--all", action="store_true", help="list non-breaking changes in full")
    p.add_argument("--old-version", help="OLD's Metabase version, when its docs do not say it")
    p.add_argument("--new-version", help="NEW's Metabase version, when its docs do not say it")
    p.add_argument(
        "--old-package",
        action="append",
        metavar="NAME",
        help="a package name under which your code imports OLD's generated client (repeatable)",
    )
    p.set_defaults(func=cmd_diff)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "facts":  # facts passes its flags on to generator.facts
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command == "facts":
        args.rest = [*args.rest, *extra]
    try:
        _check_version(args)
        outcome: Outcome = args.func(args)
        code = exit_code(outcome.diagnostics.items, strict=outcome.strict, failed=outcome.failed)
        if code == EXIT_INPUT:  # errors: nothing is written
            _report(outcome)
            return code
        # writes before the warnings: a write that fails is then the only line printed
        if outcome.summary is not None:
            sys.stdout.write(outcome.summary)
        for write in outcome.writes:
            line = write()
            if line:
                print(line)
        sys.stdout.write(outcome.stdout)
        _report(outcome)
        if code == EXIT_FAIL and outcome.strict and not outcome.failed:
            _err("--strict: failing on warnings")
        return code
    except InputError as exc:
        _err(str(exc.diagnostic))
        return EXIT_INPUT
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror or exc}")
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
