"""Reading Metabase's source out of a (bare) git repository, fast: one ``ls-tree`` and one
``cat-file --batch`` process per repository, parsed files cached by blob id."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path

from .extract import (
    DEFAULT_PREFIX_RULES,
    PrefixRule,
    extract_source,
    prefix_rules_from_source,
    route_prefix,
)
from .model import EndpointFacts
from .mounts import RouteTables, mounts_of

__all__ = ["GitExtraction", "GitReader", "extract_git"]

SOURCE_ROOTS = ("src/metabase", "enterprise/backend/src/metabase_enterprise")
INTERNAL = "src/metabase/api/common/internal.clj"
_MIGRATION_ADDED = re.compile(rb"[Aa]dded (?:in )?(?:v|version )?0\.(\d+)")
_MIGRATION_ID = re.compile(rb"\bid: v(\d+)\.\d+-\d+")


@dataclass
class GitExtraction:
    """The facts of one revision."""

    commit: str
    date: str  # committer date, ISO 8601
    endpoints: list[EndpointFacts]
    errors: list[str] = field(default_factory=list)
    migrations_minor: int | None = None  # highest 0.NN named by the migrations: a version hint
    mounts: dict[str, str] = field(default_factory=dict)  # namespace -> URL prefix


class GitReader:
    """A repository; keep one for many revisions so unchanged files are parsed once."""

    def __init__(self, git_dir: str | Path) -> None:
        self.git_dir = str(git_dir)
        self._batch: subprocess.Popen[bytes] | None = None
        self._parsed: dict[tuple[str, tuple[PrefixRule, ...]], list[EndpointFacts] | str] = {}
        self._rules: dict[str, tuple[PrefixRule, ...]] = {}
        self._mentions: dict[str, bool] = {}
        self._tables: dict[str, RouteTables] = {}

    def git(self, *args: str) -> bytes:
        return subprocess.run(
            ["git", "--git-dir", self.git_dir, *args], check=True, capture_output=True
        ).stdout

    def close(self) -> None:
        if self._batch is not None:
            assert self._batch.stdin is not None
            self._batch.stdin.close()
            self._batch.wait()
            self._batch = None

    def __enter__(self) -> GitReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def blob(self, sha: str) -> bytes:
        if self._batch is None:
            self._batch = subprocess.Popen(
                ["git", "--git-dir", self.git_dir, "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        assert self._batch.stdin is not None and self._batch.stdout is not None
        self._batch.stdin.write(sha.encode() + b"\n")
        self._batch.stdin.flush()
        header = self._batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            raise KeyError(sha)
        size = int(header[2])
        data = self._batch.stdout.read(size + 1)
        return data[:size]

    def resolve(self, rev: str) -> tuple[str, str]:
        out = self.git("log", "-1", "--format=%H %cI", rev, "--").decode().split()
        return out[0], out[1]

    def tree(self, commit: str, *roots: str) -> dict[str, str]:
        """path -> blob id of the files under ``roots`` at ``commit``."""
        out = self.git("ls-tree", "-r", "-z", commit, "--", *roots)
        files: dict[str, str] = {}
        for entry in out.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.partition(b"\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == b"blob":
                files[path.decode()] = parts[2].decode()
        return files

    def rules(self, sha: str | None) -> tuple[PrefixRule, ...]:
        if sha is None:
            return DEFAULT_PREFIX_RULES
        if sha not in self._rules:
            text = self.blob(sha).decode("utf-8", "replace")
            self._rules[sha] = prefix_rules_from_source(text)
        return self._rules[sha]

    def file_facts(self, sha: str, rules: tuple[PrefixRule, ...]) -> list[EndpointFacts] | str:
        """The endpoints of one blob, or an error message."""
        key = (sha, rules)
        if key not in self._parsed:
            if not self._mentions.get(sha, True):
                return []
            data = self.blob(sha)
            if b"defendpoint" not in data:
                self._mentions[sha] = False
                return []
            try:
                self._parsed[key] = extract_source(data.decode("utf-8", "replace"), rules)
            except ValueError as exc:  # EdnError
                self._parsed[key] = str(exc)
        return self._parsed[key]

    def route_tables(self, files: dict[str, str]) -> RouteTables:
        """The route definitions of every source file that has ``defroutes``."""
        tables = RouteTables()
        for path in sorted(files):
            sha = files[path]
            if not path.endswith((".clj", ".cljc")):
                continue
            if sha not in self._tables:
                one = RouteTables()
                data = self.blob(sha)
                if b"defroutes" in data:
                    one.add_source(data.decode("utf-8", "replace"))
                self._tables[sha] = one
            tables.update(self._tables[sha])
        return tables

    def migrations_minor(self, commit: str) -> int | None:
        best: int | None = None
        for path, sha in self.tree(commit, "resources/migrations").items():
            if not path.endswith((".yaml", ".yml")):
                continue
            data = self.blob(sha)
            found = [int(m) for m in _MIGRATION_ADDED.findall(data)]
            found += [int(m) for m in _MIGRATION_ID.findall(data)]
            if found:
                best = max(best or 0, max(found))
        return best

    def extract(self, rev: str) -> GitExtraction:
        commit, date = self.resolve(rev)
        files = self.tree(commit, *SOURCE_ROOTS)
        rules = self.rules(files.get(INTERNAL))
        endpoints: list[EndpointFacts] = []
        errors: list[str] = []
        for path in sorted(files):
            if not path.endswith((".clj", ".cljc")):
                continue
            facts = self.file_facts(files[path], rules)
            if isinstance(facts, str):
                errors.append(f"{path}: {facts}")
            else:
                endpoints.extend(facts)
        mounts = mounts_of(self.route_tables(files), {e.namespace for e in endpoints})
        endpoints = [with_route(e, rules, mounts) for e in endpoints]
        endpoints.sort(key=lambda e: (e.path, e.method, e.namespace))
        minor = self.migrations_minor(commit)
        return GitExtraction(commit, date, endpoints, errors, minor, mounts)


def with_route(
    e: EndpointFacts, rules: tuple[PrefixRule, ...], mounts: dict[str, str]
) -> EndpointFacts:
    """The fact with its full route: its namespace's mount + the form's route string."""
    printed = route_prefix(e.namespace, rules)
    if e.namespace in mounts and e.path.startswith(printed):
        return replace(e, route=mounts[e.namespace] + e.path[len(printed) :])
    return replace(e, route=e.path if e.path.startswith("/") else None)


def extract_git(git_dir: str | Path, rev: str) -> GitExtraction:
    """Facts of every ``defendpoint`` at revision ``rev`` of the repository ``git_dir``."""
    with GitReader(git_dir) as reader:
        return reader.extract(rev)
