"""The command line's options: one argparse parser per command, each option with its help
and its default (a test checks that every option says both). Parsing imports no stage."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from generator import __version__
from generator.app import DEFAULT_OUT

# `mbgen diff --format`: the report writers of generator.analysis.report (a test keeps the
# two in step; listed here so that parsing flags loads no analysis code).
DIFF_FORMATS = ("json", "markdown", "text")


_SOURCE = "docs folder, api-documentation.md, api.json/api.html, or a model JSON"
_VERSION = "Metabase version, when the docs do not say it (default: the docs' own)"
_VERBOSE = "print every warning (default: only their count, and those about your flags)"


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="mbgen",
        description="Typed Python clients from Metabase's API documentation.",
    )
    top.add_argument("--version", action="version", version=f"mbgen {__version__}")
    sub = top.add_subparsers(dest="command", required=True)
    _model_parser(sub)
    _generate_parser(sub)
    _fetch_parser(sub)
    p = sub.add_parser(
        "facts",
        help="maintainers: read route facts from a Metabase git history (docs/facts.md)",
        add_help=False,
    )
    p.add_argument("rest", nargs=argparse.REMAINDER, help="build | verify | show, and their flags")
    p = sub.add_parser("openapi", help="write an OpenAPI 3.1 document for any docs")
    p.add_argument("source", help=_SOURCE)
    p.add_argument("--version", help=_VERSION)
    p.add_argument("-o", "--output", help="write here (default: stdout)")
    p.add_argument("-v", "--verbose", action="store_true", help=_VERBOSE)
    _diff_parser(sub)
    return top


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def _model_parser(sub: Subparsers) -> None:
    p = sub.add_parser("model", help="read API docs into the endpoint model (JSON)")
    p.add_argument("source", help=_SOURCE)
    p.add_argument("--version", help=_VERSION)
    p.add_argument("-o", "--output", help="write the model JSON here (default: stdout)")
    p.add_argument(
        "--stats", action="store_true", help="print a human summary instead (default: the JSON)"
    )
    p.add_argument(
        "--strict", action="store_true", help="exit 1 when there are warnings (default: exit 0)"
    )
    p.add_argument("-v", "--verbose", action="store_true", help=_VERBOSE)


def _generate_parser(sub: Subparsers) -> None:
    p = sub.add_parser("generate", help="write a typed client package (or regenerate all)")
    p.add_argument(
        "source", nargs="?", help=_SOURCE + " (default: none, regenerate every package in --out)"
    )
    p.add_argument("--version", help=_VERSION)
    p.add_argument(
        "--out",
        default=str(DEFAULT_OUT),
        help="the folder packages go in (default: %(default)s)",
    )
    p.add_argument(
        "--package", help="package name (default: from the version, e.g. metabase_v0_49)"
    )
    p.add_argument(
        "--facts-only",
        action="store_true",
        help="leave Metabase's descriptions and prose out, as for the packages we commit "
        "(default: keep them)",
    )
    p.add_argument(
        "--jar", help="run this metabase.jar's api-documentation and use its docs (default: none)"
    )
    p.add_argument("-v", "--verbose", action="store_true", help=_VERBOSE)


def _fetch_parser(sub: Subparsers) -> None:
    p = sub.add_parser("fetch", help="save a running server's OpenAPI document and version")
    p.add_argument("url", help="the Metabase server, e.g. https://metabase.example.com")
    p.add_argument(
        "-o", "--output", default=".", help="folder to write api.json into (default: %(default)s)"
    )
    p.add_argument(
        "--api-key",
        default=os.environ.get("MBGEN_API_KEY"),
        help="an API key, sent as X-API-Key (default: $MBGEN_API_KEY)",
    )
    p.add_argument("--username", help="log in with this user, with --password (default: none)")
    p.add_argument(
        "--password",
        default=os.environ.get("MBGEN_PASSWORD"),
        help="the user's password (default: $MBGEN_PASSWORD)",
    )
    p.add_argument("--session-token", help="an existing session token (default: none)")
    p.add_argument(
        "--timeout", type=float, default=60.0, help="seconds per request (default: %(default)s)"
    )


def _diff_parser(sub: Subparsers) -> None:
    p = sub.add_parser(
        "diff",
        help="what changed in the API between two releases",
        usage="mbgen diff [options] OLD NEW",
    )
    # nargs="?": `--usage PATH...` may come first and take them; main() gives them back
    side = "docs, model JSON, or a package (folder or name in generated/)"
    p.add_argument("old", nargs="?", metavar="OLD", help=side)
    p.add_argument("new", nargs="?", metavar="NEW", help=side)
    p.add_argument(
        "--format", choices=DIFF_FORMATS, default="text", help="report format (default: text)"
    )
    p.add_argument(
        "--fail-on",
        choices=["breaking", "any"],
        help="exit 1 when a breaking change (or any change) is found; with --usage, when "
        "a call site is affected (any: or a call is not resolved) (default: exit 0)",
    )
    p.add_argument(
        "--usage",
        nargs="+",
        metavar="PATH",
        help="Python files or folders (*.py, recursively) whose calls to Metabase to check "
        "(default: none)",
    )
    p.add_argument(
        "--namespace",
        action="append",
        help="only changes of this namespace, repeatable (default: all)",
    )
    p.add_argument(
        "--severity",
        choices=["breaking", "non-breaking"],
        help="only these changes (default: both)",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="list non-breaking changes in full (default: counted by kind)",
    )
    p.add_argument(
        "--old-version",
        help="OLD's Metabase version, when its docs do not say it (default: the docs' own)",
    )
    p.add_argument(
        "--new-version",
        help="NEW's Metabase version, when its docs do not say it (default: the docs' own)",
    )
    p.add_argument(
        "--old-package",
        action="append",
        metavar="NAME",
        help="a package name under which your code imports OLD's generated client "
        "(repeatable; default: the names OLD's version gives and those mbgen finds)",
    )


def diff_sides(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """OLD and NEW, taken back from the end of ``--usage PATH...`` when it came first."""
    missing = [args.new, args.old].count(None)
    usage = list(args.usage or [])
    if missing and len(usage) > missing:
        taken, args.usage = usage[len(usage) - missing :], usage[: len(usage) - missing]
        args.old, args.new = [*([args.old] if args.old else []), *taken]
    if args.old is None or args.new is None:
        needed = "diff needs OLD and NEW (e.g. mbgen diff metabase_v0_49 metabase_v0_56)"
        parser.error(needed)
