"""The maintainer command: read facts out of Metabase's git history into the dataset.

python -m generator.facts build --git-dir DIR --repo owner/name
    [--releases] [--since 2016-01-01] [--every-months 2] [--branch master]
    [--rev REV[=LABEL] ...] [--add-to EXISTING.json] -o generator/facts/data/facts.json
python -m generator.facts verify --corpus DIR [--data FILE]
python -m generator.facts show REV --git-dir DIR
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .dataset import Dataset, Snapshot, dump_dataset, load_dataset
from .gitsrc import GitReader
from .model import EndpointFacts

__all__ = ["main", "plan_revisions"]

_RELEASE = re.compile(r"^v0\.(\d+)\.(\d+)(?:\.(\d+))?$")
FIRST_MINOR = 20


def _tags(reader: GitReader) -> list[tuple[str, str, str]]:
    """(tag, commit, date) of the v0.x release tags, oldest first."""
    out = reader.git(
        "for-each-ref",
        "--sort=creatordate",
        "--format=%(refname:short) %(*objectname)%(objectname) %(creatordate:short)",
        "refs/tags",
    ).decode()
    tags: list[tuple[str, str, str]] = []
    for line in out.splitlines():
        name, ids, day = line.split()
        if _RELEASE.match(name):
            commit = reader.git("rev-parse", f"{name}^{{commit}}").decode().strip()
            tags.append((name, commit, day))
    return tags


def _release_key(tag: str) -> tuple[int, ...]:
    m = _RELEASE.match(tag)
    assert m
    return tuple(int(g) for g in m.groups() if g is not None)


def dev_version(day: str, tags: Sequence[tuple[str, str, str]]) -> str:
    """``0.N-dev``: N is one more than the newest minor whose x.N.0 was tagged by ``day``."""
    released = [_release_key(t)[0] for t, _, d in tags if d <= day and _release_key(t)[1:] == (0,)]
    return f"0.{max(released) + 1}-dev" if released else "0.0-dev"


def plan_revisions(
    reader: GitReader,
    *,
    releases: bool,
    since: str | None,
    every_months: int,
    branch: str,
    revs: Sequence[str],
    known_tags: Sequence[tuple[str, str, str]] = (),
) -> list[tuple[str, str, str, str]]:
    """(rev, kind, version, label) of every revision to read.

    ``known_tags`` (tag, commit, date) add release dates to those of the repository's own
    tags, for naming development versions in a repository without tags."""
    tags = _tags(reader)
    own = {t for t, _, _ in tags}
    dated = sorted([*tags, *(t for t in known_tags if t[0] not in own)], key=lambda t: t[2])
    plan: list[tuple[str, str, str, str]] = []
    if releases:
        newest: dict[int, str] = {}
        for tag, _, _ in tags:
            key = _release_key(tag)
            if key[0] < FIRST_MINOR:
                continue
            if key[1:] == (0,):
                plan.append((tag, "release", tag[1:], tag))
            if key[0] not in newest or _release_key(newest[key[0]]) < key:
                newest[key[0]] = tag
        plan += [(t, "release", t[1:], t) for t in newest.values() if _release_key(t)[1:] != (0,)]
    if since:
        y, m = int(since[:4]), int(since[5:7])
        today = date.today().isoformat()
        seen: set[str] = set()
        while f"{y:04d}-{m:02d}-01" <= today:
            day = f"{y:04d}-{m:02d}-01"
            out = reader.git("rev-list", "-1", "--first-parent", f"--before={day}", branch)
            commit = out.decode().strip()
            if commit and commit not in seen:
                seen.add(commit)
                when = reader.git("log", "-1", "--format=%cs", commit).decode().strip()
                plan.append((commit, "master", dev_version(when, dated), f"{branch}@{when}"))
            m += every_months
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    by_commit = {c: t for t, c, _ in tags}
    for spec in revs:
        rev, _, label = spec.partition("=")
        commit = reader.git("rev-parse", f"{rev}^{{commit}}").decode().strip()
        tagged = by_commit.get(commit)
        if tagged is not None:
            version = tagged[1:]
        else:
            day = reader.git("log", "-1", "--format=%cs", commit).decode().strip()
            version = dev_version(day, dated)
        plan.append((rev, "corpus" if label else "rev", version, label or rev))
    return plan


def build(args: argparse.Namespace) -> int:
    items: list[tuple[Snapshot, list[EndpointFacts]]] = []
    mounts: dict[str, dict[str, str]] = {}
    known: list[tuple[str, str, str]] = []
    if args.add_to:
        existing = load_dataset(args.add_to)
        items += existing.items()
        mounts.update(existing.all_mounts())
        known = [
            ("v" + s.version, s.commit, s.date)
            for s in existing.snapshots
            if s.kind == "release" and _RELEASE.match("v" + s.version)
        ]
    with GitReader(args.git_dir) as reader:
        plan = plan_revisions(
            reader,
            releases=args.releases,
            since=args.since,
            every_months=args.every_months,
            branch=args.branch,
            revs=args.rev,
            known_tags=known,
        )
        if args.refresh and args.add_to:
            plan += [
                (s.commit, s.kind, s.version, s.label)
                for s in existing.snapshots
                if s.repo == args.repo
            ]
        for rev, kind, version, label in plan:
            x = reader.extract(rev)
            for err in x.errors:
                print(f"warning: {rev}: {err}", file=sys.stderr)
            snap = Snapshot(args.repo, x.commit, x.date[:10], version, kind, label)
            print(
                f"{label:28} {x.commit[:10]} {x.date[:10]} {version:10} "
                f"{len(x.endpoints)} endpoints, {len(x.mounts)} mounts",
                file=sys.stderr,
            )
            items.append((snap, x.endpoints))
            mounts[x.commit] = x.mounts
    dataset = Dataset.from_snapshots(items, mounts)
    text = dump_dataset(dataset)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
        print(
            f"wrote {args.output}: {len(dataset.snapshots)} snapshots, "
            f"{len(dataset.facts)} endpoint records, {len(text)} bytes",
            file=sys.stderr,
        )
    return 0


def verify(args: argparse.Namespace) -> int:
    from .verify import corpus_report

    dataset = load_dataset(args.data)
    ok = True
    for row in corpus_report(Path(args.corpus), dataset):
        print(row.render())
        ok = ok and row.ok
    return 0 if ok else 1


def show(args: argparse.Namespace) -> int:
    with GitReader(args.git_dir) as reader:
        x = reader.extract(args.rev)
    json.dump(
        {
            "commit": x.commit,
            "date": x.date,
            "errors": x.errors,
            "mounts": x.mounts,
            "endpoints": [e.to_json() for e in x.endpoints],
        },
        sys.stdout,
        indent=1,
        sort_keys=True,
    )
    print()
    return 0


def main(argv: Sequence[str] | None = None, prog: str = "python -m generator.facts") -> int:
    """The maintainers' tool; ``mbgen facts`` runs it as ``prog``. Without a command, or
    with flags that do not parse, it exits 2 (argparse's SystemExit) as ``mbgen`` does."""
    parser = argparse.ArgumentParser(
        prog=prog, description="Metabase's route facts (docs/facts.md)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="read facts from a Metabase git repository")
    b.add_argument("--git-dir", required=True, help="the Metabase git repository (required)")
    b.add_argument(
        "--repo",
        default="metabase/metabase",
        help="owner/name recorded per snapshot (default: %(default)s)",
    )
    b.add_argument(
        "--rev",
        action="append",
        default=[],
        help="REV or REV=CORPUS-LABEL, repeatable (default: none)",
    )
    b.add_argument(
        "--releases",
        action="store_true",
        help="every v0.N.0 tag (N>=20) + newest patch (default: only --rev and --since)",
    )
    b.add_argument(
        "--since", help="YYYY-MM-DD: also snapshots of --branch from this date (default: none)"
    )
    b.add_argument(
        "--every-months",
        type=int,
        default=2,
        help="months between --since snapshots (default: %(default)s)",
    )
    b.add_argument(
        "--branch", default="master", help="the branch --since walks (default: %(default)s)"
    )
    b.add_argument("--add-to", help="an existing dataset to extend (default: a new one)")
    b.add_argument(
        "--refresh",
        action="store_true",
        help="re-read the --add-to snapshots of --repo from --git-dir (default: keep them)",
    )
    b.add_argument("-o", "--output", required=True, help="the dataset file to write (required)")
    b.set_defaults(func=build)
    v = sub.add_parser("verify", help="coverage of the docs of a corpus by the dataset")
    v.add_argument("--corpus", required=True, help="a folder of docs, one per release (required)")
    v.add_argument("--data", help="dataset file (default: the committed one)")
    v.set_defaults(func=verify)
    s = sub.add_parser("show", help="print the facts of one revision as JSON")
    s.add_argument("rev", help="a git revision (tag, branch or commit)")
    s.add_argument("--git-dir", required=True, help="the Metabase git repository (required)")
    s.set_defaults(func=show)
    from .answers_cli import add_parser as add_answers_parser

    add_answers_parser(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))
