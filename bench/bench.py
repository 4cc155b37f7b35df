"""mbgen's benchmark: every figure is a ratio to a baseline measured in the same run.

    python bench/bench.py [--corpus DIR] [--repeat N]

- parse:    parsing the largest Markdown corpus release into the model, against bare
            markdown-it-py tokenisation of the same files (target: at most 3x).
Not a test: timings depend on the machine; the ratios are what we track.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator import markdown_docs, sources  # noqa: E402


def best_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def largest(corpus: Path, prefix: str) -> Path:
    entries = json.loads((corpus / "manifest.json").read_text())
    entries = [e for e in entries if e["format"].startswith(prefix)]
    best = max(entries, key=lambda e: e["unique_endpoints"])
    return corpus / best["label"]


def bench_parse(corpus: Path, repeat: int) -> None:
    root = largest(corpus, "markdown")
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.md"))]

    def tokenize_only() -> None:
        for t in texts:
            markdown_docs.tokenize(t)

    base = best_of(tokenize_only, repeat)
    full = best_of(lambda: sources.load(root), repeat)
    print(
        f"parse {root.name}: markdown-it tokenise {base * 1000:.1f} ms, "
        f"mbgen model {full * 1000:.1f} ms, ratio {full / base:.2f}x (target <= 3x)"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    default = os.environ.get("MBGEN_CORPUS", str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "manifest.json").is_file():
        print(f"bench: no corpus at {corpus} (set --corpus or MBGEN_CORPUS)", file=sys.stderr)
        return 2
    bench_parse(corpus, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
