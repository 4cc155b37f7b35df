"""Whole-process figures: what a user waits for from typing the command to the prompt,
against a baseline process doing only the unavoidable work, each run in the same session.

- model:    ``mbgen model`` of the largest Markdown release, against a process that only
            tokenises its files with markdown-it (target: at most 2x).
- diff:     ``mbgen diff`` of the largest OpenAPI-era release against the two before it,
            against a process that only loads both (target: at most 1.2x).
- generate: ``mbgen generate`` of the largest release, against ``black`` alone (one worker,
            as mbgen formats in one process) on the same unformatted modules (target: 1.2x).

Every process runs with its bytecode written (as an installed mbgen has it: a warm-up run
first, PYTHONDONTWRITEBYTECODE unset); the figure is the best of N wall-clock times, with the
best CPU time (user + system, children included) beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOKENISE = (
    "import sys\n"
    "from markdown_it import MarkdownIt\n"
    "md = MarkdownIt('commonmark')\n"
    "for f in sys.argv[1:]:\n"
    "    md.parse(open(f, encoding='utf-8').read())\n"
)
LOAD_BOTH = (
    "import sys\nfrom generator.app import load\nfor p in sys.argv[1:]:\n    load.load(p, 'x')\n"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(cmd: list[str], repeat: int, warm: bool = True) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``cmd`` over ``repeat`` runs (after one
    warm-up run that writes the bytecode, unless ``warm`` is false)."""
    env = _env()
    if warm:
        subprocess.run(cmd, env=env, capture_output=True, check=True)
    walls, cpus = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        if status != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited with status {status}")
    return min(walls), min(cpus)


def _line(what: str, mbgen: tuple[float, float], base: tuple[float, float], target: str) -> None:
    print(
        f"{what}: mbgen {mbgen[0] * 1000:.0f} ms (cpu {mbgen[1] * 1000:.0f}), baseline "
        f"{base[0] * 1000:.0f} ms (cpu {base[1] * 1000:.0f}), ratio {mbgen[0] / base[0]:.2f}x "
        f"(cpu {mbgen[1] / base[1]:.2f}x; target {target})"
    )


def _manifest(corpus: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = json.loads((corpus / "manifest.json").read_text())
    return sorted(entries, key=lambda e: int(str(e["unique_endpoints"])))


def bench_model_process(corpus: Path, repeat: int) -> None:
    entries = [e for e in _manifest(corpus) if str(e["format"]).startswith("markdown")]
    root = corpus / str(entries[-1]["label"])
    files = [str(p) for p in sorted(root.rglob("*.md"))]
    py = sys.executable
    base = timed([py, "-c", TOKENISE, *files], repeat)
    mbgen = timed([py, "-m", "generator.cli", "model", str(root), "-o", os.devnull], repeat)
    _line(f"process: mbgen model {root.name} vs markdown-it alone", mbgen, base, "<= 2x")


def bench_diff_process(corpus: Path, repeat: int) -> None:
    entries = [e for e in _manifest(corpus) if str(e["format"]).startswith("openapi")]
    newest = corpus / str(entries[-1]["label"])
    py = sys.executable
    for older in entries[-3:-1]:
        old = corpus / str(older["label"])
        both = [str(old), str(newest)]
        base = timed([py, "-c", LOAD_BOTH, *both], repeat)
        flags = ["--old-version", "1", "--new-version", "2"]
        mbgen = timed([py, "-m", "generator.cli", "diff", *both, *flags], repeat)
        what = f"process: mbgen diff {old.name} {newest.name} vs loading both"
        _line(what, mbgen, base, "<= 1.2x")


def bench_generate_process(corpus: Path, repeat: int) -> None:
    from generator.app import load as sources
    from generator.render import package as render

    newest = corpus / str(_manifest(corpus)[-1]["label"])
    model = sources.load(newest, "0.0").model
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="mbgen-bench-") as tmp:
        work = Path(tmp)
        raw = render.render_sources(model, "bench_pkg")

        def black_alone() -> list[str]:
            fresh = Path(tempfile.mkdtemp(dir=work))  # new paths: black's cache never hits
            for rel, text in raw.items():
                (fresh / rel).parent.mkdir(parents=True, exist_ok=True)
                (fresh / rel).write_text(text, encoding="utf-8")
            return [py, "-m", "black", "-q", "--fast", "-W", "1", "-l", "100", str(fresh)]

        runs = [timed(black_alone(), 1, warm=False) for _ in range(repeat)]
        base = (min(w for w, _ in runs), min(c for _, c in runs))
        out = work / "out"
        cmd = [py, "-m", "generator.cli", "generate", str(newest), "--version", "0.0"]
        cmd += ["--package", "bench_pkg", "--out", str(out)]
        mbgen = timed(cmd, repeat)
        shutil.rmtree(out, ignore_errors=True)
        what = f"process: mbgen generate {newest.name} ({len(raw)} modules) vs black alone"
        _line(what, mbgen, base, "<= 1.2x")


def bench_processes(corpus: Path, repeat: int) -> None:
    bench_model_process(corpus, repeat)
    bench_diff_process(corpus, repeat)
    bench_generate_process(corpus, max(1, repeat // 2))
