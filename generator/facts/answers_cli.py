"""``mbgen facts answers``: rebuild ``data/answers.json`` from mirrors of Metabase's source.

    mbgen facts answers --mirrors DIR [-o generator/facts/data/answers.json] [--node node]

``DIR`` holds one git directory per repository of :data:`PLAN`, as ``owner+name/repo``
(what the search tool's fetch writes), ``owner+name.git`` or ``owner/name``.  Trees with RTK
Query files give their own routes; older trees take the routes of the nearest snapshot that
has them and keep those whose answer types they define (docs/answers.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .answers import TYPES_DIR, answer_minor
from .answers_backend import (
    apply_columns,
    apply_hydrated,
    apply_legacy_query,
    apply_mbql5,
    apply_result_columns,
)
from .answers_borrow import borrow_routes
from .answers_build import (
    Extraction,
    dump_answers,
    names_in,
    normalise,
    snapshot_json,
    split_answers,
)
from .answers_git import (
    commit_info,
    extract_tree,
    hydration_keys,
    legacy_query_from_tree,
    lib_column_from_tree,
    mbql5_from_tree,
    migration_tables,
)
from .answers_rules import apply_cross_snapshot_rules

__all__ = ["PLAN", "add_parser", "build_answers", "find_git_dir"]

# (repository, revision, Metabase version of that tree)
PLAN: tuple[tuple[str, str, str], ...] = (
    ("bmbferreira/metabase", "v0.20.3", "0.20.3"),
    ("bmbferreira/metabase", "v0.25.2", "0.25.2"),
    ("bmbferreira/metabase", "v0.30.4", "0.30.4"),
    ("bmbferreira/metabase", "v0.33.7.3", "0.33.7.3"),
    ("bmbferreira/metabase", "v0.36.12", "0.36.12"),
    ("bmbferreira/metabase", "v0.39.7", "0.39.7"),
    ("bmbferreira/metabase", "v0.40.8", "0.40.8"),
    ("bmbferreira/metabase", "v0.42.6", "0.42.6"),
    ("bmbferreira/metabase", "v0.44.7.3", "0.44.7.3"),
    ("bmbferreira/metabase", "v0.46.8", "0.46.8"),
    ("bmbferreira/metabase", "v0.48.10", "0.48.10"),
    ("bmbferreira/metabase", "v0.49.5", "0.49.5"),
    ("dignii-melika/metabase568", "882dc8d7b6c6fc0b5565739761e9bbb2d2f3102f", "0.56"),
    ("atomtechconsulting/metabase-atomtech", "bf4175cb425b452ed83268e44fe5be7ab12697be", "0.59"),
    ("chengang900-glitch/kanban", "2ae2cef206cd823c898f7cf1510f658c7f3fa453", "0.63.2"),
)


def find_git_dir(mirrors: Path, repo: str) -> Path | None:
    owner, name = repo.split("/")
    for cand in (
        mirrors / f"{owner}+{name}" / "repo",
        mirrors / f"{owner}+{name}.git",
        mirrors / owner / name,
    ):
        if cand.is_dir():
            return cand
    return None


def _by_distance(version: str, others: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``others`` nearest in version first (the newer on a tie)."""
    minor = answer_minor(version) or 0

    def key(s: dict[str, Any]) -> tuple[int, int]:
        m = answer_minor(s["version"]) or 0
        return (abs(m - minor), -m)

    return sorted(others, key=key)


def build_answers(
    mirrors: Path, plan: tuple[tuple[str, str, str], ...] = PLAN, node: str = "node"
) -> list[dict[str, Any]]:
    trees: list[tuple[str, str, str, str, str, Extraction, list[str]]] = []
    for repo, rev, version in plan:
        found = find_git_dir(mirrors, repo)
        if found is None:
            raise FileNotFoundError(f"{mirrors}: no git directory for {repo}")
        commit, day = commit_info(str(found), rev)
        ex, sources = extract_tree(str(found), commit, node=node)
        if sources:
            trees.append((repo, str(found), commit, day, version, ex, sources))
    own = [
        snapshot_json(repo, commit, day, version, sources, normalise(ex))
        for repo, _, commit, day, version, ex, sources in trees
    ]
    all_routes = {k: v for s in own for k, v in s["routes"].items()}
    all_types = {n for s in own for n in s["types"]}
    snaps: list[dict[str, Any]] = []
    for (repo, git_dir, commit, day, version, _, _), snap in zip(trees, own, strict=True):
        roots = {n for v in all_routes.values() for n in names_in(v)} | all_types
        ex2, _ = extract_tree(git_dir, commit, extra_roots=roots, node=node)
        others = _by_distance(version, [o for o in own if o is not snap])
        copy = "frontend-ts" in snap["sources"]
        snap = borrow_routes(snap, normalise(ex2, prune=False), others, copy=copy)
        snap = apply_columns(snap, migration_tables(git_dir, commit))
        snap = apply_mbql5(snap, mbql5_from_tree(git_dir, commit))
        snap = apply_hydrated(snap, hydration_keys(git_dir, commit))
        snap = apply_result_columns(snap, lib_column_from_tree(git_dir, commit))
        snap = apply_legacy_query(snap, legacy_query_from_tree(git_dir, commit))
        snaps.append(snap)
        print(
            f"{version:10} {repo:38} {commit[:10]} {day} "
            f"{len(snap['routes'])} routes, {len(snap['types'])} types",
            file=sys.stderr,
        )
    return apply_cross_snapshot_rules(snaps)


def run(args: argparse.Namespace) -> int:
    try:
        snaps = build_answers(Path(args.mirrors), plan=PLAN, node=args.node)
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.output == "-":
        sys.stdout.write(dump_answers(snaps))
        return 0
    write_split(Path(args.output), split_answers(snaps))
    return 0


def write_split(output: Path, files: dict[str, str]) -> None:
    """The dataset's files: the index at ``output``, the types files in the folder beside it
    (where the last build left types files no snapshot names now, they go)."""
    folder = output.parent
    types_dir = folder / TYPES_DIR
    types_dir.mkdir(parents=True, exist_ok=True)
    wanted = {folder / rel for rel in files if rel != "answers.json"}
    for old in types_dir.glob("*.json"):
        if old not in wanted:
            old.unlink()
    for rel, text in sorted(files.items()):
        (output if rel == "answers.json" else folder / rel).write_text(text, encoding="utf-8")
    size = sum(len(t) for t in files.values())
    print(f"wrote {output} and {len(files) - 1} types files: {size} bytes", file=sys.stderr)


def add_parser(sub: Any) -> None:
    a = sub.add_parser("answers", help="rebuild the answer facts (docs/answers.md)")
    a.add_argument("--mirrors", required=True, help="directory of git mirrors")
    a.add_argument("--node", default="node", help="the Node executable")
    a.add_argument("-o", "--output", default="generator/facts/data/answers.json")
    a.set_defaults(func=run)
