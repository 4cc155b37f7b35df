"""The ``mbgen`` command line. Every failure the user can cause ends in one line and exit 2."""

from __future__ import annotations

import argparse
import dataclasses
import gc
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

# Only what every command needs is imported here: each command imports its own stages when
# it runs, so `mbgen model` never loads black, jinja2 or requests (bench/bench.py measures).
from generator.app import DEFAULT_OUT, options
from generator.core import naming
from generator.core.diagnostics import (
    EXIT_FAIL,
    EXIT_INPUT,
    Diagnostic,
    Diagnostics,
    InputError,
    exit_code,
    shown_always,
)

if TYPE_CHECKING:
    from generator.app.load import Loaded
    from generator.core.model import ApiModel
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
    shown: list[Diagnostic] = diags.warnings if outcome.verbose else []
    if not outcome.verbose:
        shown = [d for d in diags.warnings if shown_always(d.code)]
    for d in shown:
        _err(str(d))
    rest = len(diags.warnings) - len(shown)
    if rest and outcome.summary is None:
        more = " more" if shown else ""
        _err(f"{rest}{more} warning(s)" + (f"; {outcome.hint}" if outcome.hint else ""))


def _write_text(output: str | None, text: str) -> Outcome:
    if output and output != "-":
        target = Path(output)

        def write() -> str:
            from generator.render.writing import write_atomic

            write_atomic(target, text)
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
    from generator.app import load as sources
    from generator.core.jsonform import dumps

    loaded = sources.load(args.source, args.version)
    if args.stats:
        from generator.analysis import stats

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
    kept = f"; kept build output {', '.join(k + '/' for k in w.kept)}" if w.kept else ""
    return f"{w.path}: {w.endpoints} endpoints{note}{kept}"


def cmd_generate(args: argparse.Namespace) -> Outcome:
    from generator.app import generate

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
    from generator.readers.fetched import FETCHED
    from generator.readers.live import fetch as live
    from generator.render import writing as fsutil

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
    import subprocess

    from generator import facts

    try:
        code = facts.main(args.rest, prog="mbgen facts")
    except subprocess.CalledProcessError as exc:
        said = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        last = (said.strip().splitlines() or [f"exit {exc.returncode}"])[-1]
        raise InputError("mbgen facts", 0, f"git failed: {last}", "git") from None
    if code:
        raise InputError(
            "mbgen facts", 0, f"{' '.join(args.rest[:1])} failed (exit {code})", "usage"
        )
    return Outcome()


def cmd_openapi(args: argparse.Namespace) -> Outcome:
    from generator.app import load as sources
    from generator.export import openapi as openapi_export

    loaded = sources.load(args.source, args.version)
    out = _write_text(args.output, openapi_export.dumps(loaded.model))
    out.diagnostics, out.verbose = loaded.diagnostics, args.verbose
    return out


def _diff_input(arg: str, side: str, version: str | None) -> tuple[Loaded, str | None]:
    """The loaded side, and its package name when it is a generated package."""
    from generator.app import load as sources

    path = Path(arg)
    if not path.exists() and (DEFAULT_OUT / arg / sources.MODEL_FILE).is_file():
        path = DEFAULT_OUT / arg  # a package name in generated/
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
    # Each model lives until the report is written: frozen out of the cycle collector's
    # reach, the collections that reading NEW and diffing trigger need not walk the models
    # read before them (a tenth of the run for two releases); thawed when the command ends.
    try:
        return _diff_command(args)
    finally:
        gc.unfreeze()


def _diff_command(args: argparse.Namespace) -> Outcome:
    from generator.analysis import diff
    from generator.analysis import report as diff_report

    old, old_pkg = _diff_input(args.old, "OLD", args.old_version)
    gc.freeze()
    new, new_pkg = _diff_input(args.new, "NEW", args.new_version)
    gc.freeze()
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
        from generator.analysis import usage  # the scanner loads only for --usage

        known = [*([old_pkg] if old_pkg else []), *(args.old_package or [])]
        shipped = Path(__file__).resolve().parents[1] / DEFAULT_OUT.name
        found = usage.analyse(args.usage, result, known, [DEFAULT_OUT, shipped])
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


COMMANDS: dict[str, Callable[[argparse.Namespace], Outcome]] = {
    "model": cmd_model,
    "generate": cmd_generate,
    "fetch": cmd_fetch,
    "facts": cmd_facts,
    "openapi": cmd_openapi,
    "diff": cmd_diff,
}


# A command reads docs into hundreds of thousands of small, acyclic objects that live until
# it ends: the cycle collector's default thresholds walk them again and again for nothing
# (an eighth of `mbgen model`). Collect less often while a command runs, as mypy does; the
# caller's thresholds come back when it returns.
GC_THRESHOLD = (200_000, 30, 30)


def main(argv: Sequence[str] | None = None) -> int:
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        return _main(argv)
    finally:
        gc.set_threshold(*before)


def _main(argv: Sequence[str] | None) -> int:
    parser = options.parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "facts":  # facts passes its flags on to generator.facts
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command == "facts":
        args.rest = [*args.rest, *extra]
    if args.command == "diff":
        options.diff_sides(args, parser)
    try:
        _check_version(args)
        outcome = COMMANDS[args.command](args)
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
