"""mbgen's benchmark: every figure is a ratio to a baseline measured in the same run.

    python bench/bench.py [--corpus DIR] [--repeat N]

- parse:    parsing the largest Markdown corpus release into the model, against bare
            markdown-it-py tokenisation of the same files (target: at most 3x).
- generate: rendering and writing the client package of the largest release, against black
            alone formatting the same output files (target: at most 1.5x).
- diff:     loading the two largest releases from their docs and diffing them, against
            loading them alone (target: at most 1.2x).
- import:   importing that generated package in a fresh interpreter, against importing
            requests alone (target: under 150 ms).
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

import subprocess  # noqa: E402
import tempfile  # noqa: E402

from generator import diff, generate, markdown_docs, render, sources  # noqa: E402

READABLE = ("markdown",)  # the formats mbgen reads


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


def bench_generate(corpus: Path, repeat: int) -> None:
    root = largest(corpus, "markdown")
    model = sources.load(root, "0.0").model
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        files = render.render_package(model, "bench_pkg")
        py = [text for name, text in files.items() if name.endswith(".py")]

        def black_only() -> None:
            for text in py:
                render.format_python(text)

        base = best_of(black_only, repeat)
        full = best_of(lambda: generate.write_package(model, out, "bench_pkg"), repeat)
        print(
            f"generate {root.name} ({len(model.endpoints)} endpoints, {len(py)} modules): "
            f"black alone {base * 1000:.0f} ms, mbgen render+black+write {full * 1000:.0f} ms, "
            f"ratio {full / base:.2f}x (target <= 1.5x)"
        )
        bench_import(out, "bench_pkg", repeat)


def bench_diff(corpus: Path, repeat: int) -> None:
    entries = json.loads((corpus / "manifest.json").read_text())
    entries = [e for e in entries if e["format"].startswith(READABLE)]
    top = sorted(entries, key=lambda e: e["unique_endpoints"])[-2:]
    a, b = (corpus / top[0]["label"], corpus / top[1]["label"])

    def load_both() -> tuple[object, object]:
        return sources.load(a, "old").model, sources.load(b, "new").model

    def load_and_diff() -> None:
        old, new = sources.load(a, "old").model, sources.load(b, "new").model
        diff.diff(old, new)

    base = best_of(load_both, repeat)
    full = best_of(load_and_diff, repeat)
    print(
        f"diff {a.name} -> {b.name}: parse both {base * 1000:.0f} ms, parse and diff "
        f"{full * 1000:.0f} ms, ratio {full / base:.2f}x (target <= 1.2x)"
    )


def _import_ms(folder: Path, module: str) -> float:
    code = (
        "import time, sys; t = time.perf_counter(); "
        f"import {module}; print((time.perf_counter() - t) * 1000)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, check=True
    )
    return float(proc.stdout.strip())


def bench_import(folder: Path, package: str, repeat: int) -> None:
    _import_ms(folder, package)  # write the .pyc files first, as an installed package has them
    base = min(_import_ms(folder, "requests") for _ in range(repeat))
    full = min(_import_ms(folder, package) for _ in range(repeat))
    print(
        f"import {package}: {full:.0f} ms (requests alone {base:.0f} ms, "
        f"ratio {full / base:.2f}x; target < 150 ms)"
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
    bench_generate(corpus, max(1, args.repeat // 2))
    bench_diff(corpus, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
