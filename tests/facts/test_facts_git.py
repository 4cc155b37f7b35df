"""extract_git and the build command: on a throwaway repository of made-up source, and
(when $MBGEN_METABASE_GIT names a Metabase git directory) on a real checkout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.facts import extract_git, load_dataset, main

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

INTERNAL = r"""(ns metabase.api.common.internal)
(defn- endpoint-name [method route]
  (-> (.getName *ns*)
      (str/replace #"^metabase\.api\." "/api/")
      (str/replace #"^metabase-enterprise\.([^\.]+)\.api\." "/api/ee/$1/")))
"""
WIDGET_V1 = """(ns metabase.api.widget (:require [metabase.api.common :as api]))
(api/defendpoint GET "/:id" "One widget." [id] {id ms/PositiveInt} nil)
"""
WIDGET_V2 = WIDGET_V1 + """
(api/defendpoint POST "/" "New widget." [:as {{:keys [name]} :body}] {name s/Str} nil)
"""
GIZMO = """(ns metabase-enterprise.gizmo.api.part (:require [metabase.api.common :as api]))
(api/defendpoint PUT "/:id" "A part." [id :as {part :body}] nil)
"""


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "GIT_AUTHOR_DATE": "2020-01-01T00:00:00Z",
        "GIT_COMMITTER_DATE": "2020-01-01T00:00:00Z",
    }
    out = subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env
    )
    return out.stdout.strip()


def write(repo: Path, path: str, text: str) -> None:
    target = repo / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


@pytest.fixture
def widget_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "widgets"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "master")
    write(repo, "src/metabase/api/common/internal.clj", INTERNAL)
    write(repo, "src/metabase/api/widget.clj", WIDGET_V1)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "one")
    git(repo, "tag", "v0.30.0")
    write(repo, "src/metabase/api/widget.clj", WIDGET_V2)
    write(repo, "enterprise/backend/src/metabase_enterprise/gizmo/api/part.clj", GIZMO)
    write(repo, "src/metabase/api/broken.clj", '(ns metabase.api.broken) (api/defendpoint GET "')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "two")
    return repo


@needs_git
def test_extract_git_reads_a_revision(widget_repo: Path) -> None:
    old = extract_git(widget_repo / ".git", "v0.30.0")
    assert [e.key for e in old.endpoints] == [("GET", "/api/widget/:id")]
    new = extract_git(widget_repo / ".git", "HEAD")
    assert {e.key for e in new.endpoints} == {
        ("GET", "/api/widget/:id"),
        ("POST", "/api/widget/"),
        ("PUT", "/api/ee/gizmo/part/:id"),
    }
    put = next(e for e in new.endpoints if e.method == "PUT")
    assert put.whole_body == "part"
    assert len(new.errors) == 1 and "broken.clj" in new.errors[0]
    assert len(new.commit) == 40 and new.date.startswith("2020-01-01")


@needs_git
def test_build_command_is_deterministic(widget_repo: Path, tmp_path: Path) -> None:
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    args = [
        "build",
        "--git-dir",
        str(widget_repo / ".git"),
        "--repo",
        "example/widgets",
        "--releases",
        "--rev",
        "HEAD=docs-folder",
    ]
    assert main([*args, "-o", str(out1)]) == 0
    assert main([*args, "-o", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    ds = load_dataset(out1)
    # the v0.30.0 tag is a release snapshot; HEAD is the labelled (corpus) one after it
    kinds = sorted((s.kind, s.version) for s in ds.snapshots)
    assert kinds == [("corpus", "0.31-dev"), ("release", "0.30.0")]
    data = json.loads(out1.read_text(encoding="utf-8"))
    assert {e["path"] for e in data["endpoints"]} >= {"/api/widget/:id", "/api/widget/"}


REAL = os.environ.get("MBGEN_METABASE_GIT")


@pytest.mark.skipif(not REAL, reason="set MBGEN_METABASE_GIT to a Metabase git directory")
def test_real_checkout_matches_the_committed_facts() -> None:
    assert REAL is not None
    dataset = load_dataset()
    checked = 0
    for snap in dataset.snapshots:
        try:
            x = extract_git(REAL, snap.commit)
        except subprocess.CalledProcessError:
            continue  # that commit is not in this repository
        stored = sorted(
            json.dumps(e.to_json(), sort_keys=True) for e in dataset.snapshot_facts(snap).endpoints
        )
        fresh = sorted(json.dumps(e.to_json(), sort_keys=True) for e in x.endpoints)
        assert fresh == stored, snap.label
        checked += 1
        if checked >= 3:
            break
    if not checked:
        pytest.skip("none of the dataset's commits is in $MBGEN_METABASE_GIT")
