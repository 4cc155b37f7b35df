"""mbgen's benchmark: every figure is a ratio to a baseline measured in the same run.

    python bench/bench.py [--corpus DIR] [--repeat N]

- parse:    parsing the largest Markdown corpus release into the model, against bare
            markdown-it-py tokenisation of the same files (target: at most 3x).
- generate: rendering and writing the client package of the largest release, against black
            alone formatting the same output files (target: at most 1.5x).
- diff:     loading the two largest releases from their docs and diffing them, against
            loading them alone (target: at most 1.2x).
- vs openapi-python-client (when installed: pip install -e '.[bench]'): on each OpenAPI-era
            release, endpoints generated, mypy --strict on the output, and generation time.
- usage:    ``--usage`` scanning 2,000 small files, against ``ast`` parsing them alone
            (target: under 2 s).
- answers:  what the answer facts (dataset read, types applied) add to ``mbgen model`` of the
            largest release (target: at most 100 ms).
- import:   importing that generated package in a fresh interpreter, against importing
            requests alone (target: under 150 ms and at most 1.3x; httpx must not load).
- calls:    a client call against plain requests, and an AsyncClient call against plain
            httpx, on a loopback server (bench/calls.py; target: at most 1.2x).
    python bench/bench.py --only-client   the import of the largest shipped package and the
            calls alone
- process:  whole processes, as a user waits for them: mbgen model, diff and generate
            against baseline processes (bench/processes.py; targets 2x, 1.2x, 1.2x).
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

from calls import bench_async_calls, bench_calls  # noqa: E402  (bench/ is on sys.path)
from processes import bench_processes  # noqa: E402

from generator.analysis import diff  # noqa: E402
from generator.app import generate  # noqa: E402
from generator.app import load as sources  # noqa: E402
from generator.readers.markdown import page as markdown_docs  # noqa: E402
from generator.render import package as render  # noqa: E402

READABLE = ("markdown", "openapi")  # the formats mbgen reads
GENERATED_DIR = REPO / "generated"


def best_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def largest(corpus: Path, prefix: str | tuple[str, ...]) -> Path:
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
    root = largest(corpus, READABLE)
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


_USAGE_FILE = (
    "from metabase_v0_49 import Client\n"
    "import requests\n\n"
    "mb = Client('https://mb')\n\n\n"
    "def job(n: int) -> None:\n"
    "    cards = mb.card\n"
    "    cards.get(n)\n"
    "    mb.card.update(n, name='x', dataset=True)\n"
    "    requests.get(f'https://mb/api/card/{n}')\n"
)


def bench_usage(repeat: int) -> None:
    """``--usage`` on 2,000 small files against 0.49 -> 0.56, against reading and parsing
    the same files with ``ast`` alone (target: under 2 s)."""
    import ast

    from generator.analysis import usage

    old = sources.load(REPO / "generated" / "metabase_v0_49").model
    new = sources.load(REPO / "generated" / "metabase_v0_56").model
    d = diff.diff(old, new)
    with tempfile.TemporaryDirectory(prefix="mbgen-usage-") as tmp:
        for i in range(2000):
            (Path(tmp) / f"m{i}.py").write_text(_USAGE_FILE)
        files = sorted(Path(tmp).glob("*.py"))
        base = best_of(lambda: [ast.parse(f.read_text()) for f in files], repeat)
        full = best_of(lambda: usage.analyse([tmp], d), repeat)
    print(
        f"usage scan of 2000 files: parse alone {base * 1000:.0f} ms, scan {full * 1000:.0f} ms"
        f" (target < 2000 ms), ratio {full / base:.2f}x"
    )


def bench_answers(corpus: Path, repeat: int) -> None:
    """What the answer facts add to ``mbgen model`` of the largest release: the whole load,
    against the same load with the answer step left out (its dataset read included)."""
    from generator.app import answers  # noqa: PLC0415 - the step measured

    root = largest(corpus, READABLE)
    version = root.name.lstrip("v").split("-")[0]
    step = answers.apply_answers

    def without() -> object:
        answers.apply_answers = lambda model, facts=None: (model, answers.AnswerReport())
        try:
            return sources.load(root, version)
        finally:
            answers.apply_answers = step

    def with_facts() -> object:
        answers.dataset.cache_clear()  # the dataset is read once per command
        return sources.load(root, version)

    base = best_of(without, repeat)
    full = best_of(with_facts, repeat)
    print(
        f"answer facts on mbgen model {root.name}: without {base * 1000:.0f} ms, with "
        f"{full * 1000:.0f} ms, +{(full - base) * 1000:.0f} ms (target <= 100 ms)"
    )


def _import_ms(folder: Path, module: str, flag: str = "") -> float:
    """CPU milliseconds to import ``module`` in a fresh interpreter (or ``flag``'s truth, 1
    or 0, evaluated after the import). CPU time, not wall time: the machine's other load
    moves it less. Bytecode is written (PYTHONDONTWRITEBYTECODE dropped), as installs do."""
    shown = f"int({flag})" if flag else "(time.process_time() - t) * 1000"
    code = f"import time, sys; t = time.process_time(); import {module}; print({shown})"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return float(proc.stdout.strip())


def bench_import(folder: Path, package: str, repeat: int) -> None:
    _import_ms(folder, package)  # write the .pyc files first, as an installed package has them
    base = min(_import_ms(folder, "requests") for _ in range(repeat))
    full = min(_import_ms(folder, package) for _ in range(repeat))
    loaded = _import_ms(folder, package, "'httpx' in sys.modules") > 0
    print(
        f"import {package}: {full:.0f} ms (requests alone {base:.0f} ms, "
        f"ratio {full / base:.2f}x; target < 150 ms and <= 1.3x; "
        f"httpx loaded: {'yes' if loaded else 'no'})"
    )


def _openapi_spec(folder: Path) -> dict[str, object]:
    loaded = sources.load(folder, "x")
    root = loaded.root
    if (root / "api.json").is_file():
        doc: dict[str, object] = json.loads((root / "api.json").read_text(encoding="utf-8"))
        return doc
    from generator.readers.openapi import document as openapi_docs

    html = (root / "api.html").read_text(encoding="utf-8")
    embedded = openapi_docs.embedded_spec(html, "api.html")
    assert embedded is not None
    doc = json.loads(embedded[0])
    return doc


def _mypy(folder: Path, python: str = sys.executable) -> str:
    """mypy --strict on a generated package, against ``python``'s installed libraries."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            python,
            folder.name,
        ],
        cwd=folder.parent,
        capture_output=True,
        text=True,
    )
    last = (proc.stdout.strip().splitlines() or ["?"])[-1]
    return "clean" if proc.returncode == 0 else last


def bench_openapi_python_client(corpus: Path) -> None:
    import shutil

    opc = os.environ.get("MBGEN_OPC") or shutil.which("openapi-python-client")
    if opc is None:
        print("vs openapi-python-client: not installed (pip install -e '.[bench]'); skipped")
        return
    # Its output imports httpx and attrs: check it against the interpreter it is installed in.
    opc_python = str(Path(opc).parent / "python")
    entries = json.loads((corpus / "manifest.json").read_text())
    for entry in [e for e in entries if e["format"].startswith("openapi")]:
        doc = _openapi_spec(corpus / entry["label"])
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            raw = work / "raw.json"
            raw.write_text(json.dumps(doc))
            proc = subprocess.run(
                [
                    opc,
                    "generate",
                    "--path",
                    str(raw),
                    "--meta",
                    "none",
                    "--output-path",
                    str(work / "opc_raw"),
                ],
                capture_output=True,
                text=True,
            )
            raw_ok = (work / "opc_raw").is_dir()
            # What it needs to run at all on Metabase's documents: an info.version, consts
            # it can parse, and literal enums (Metabase's enums collide as Python names).
            info = doc.setdefault("info", {})
            assert isinstance(info, dict)
            info.setdefault("version", entry["label"])
            patched = work / "api.json"
            patched.write_text(json.dumps(doc).replace('"const": {}', '"type": "object"'))
            (work / "cfg.yml").write_text("literal_enums: true\n")
            t0 = time.perf_counter()
            proc = subprocess.run(
                [
                    opc,
                    "generate",
                    "--path",
                    str(patched),
                    "--meta",
                    "none",
                    "--config",
                    str(work / "cfg.yml"),
                    "--output-path",
                    str(work / "opc"),
                ],
                capture_output=True,
                text=True,
            )
            t_opc = time.perf_counter() - t0
            opc_eps = (
                len([p for p in (work / "opc" / "api").rglob("*.py") if p.name != "__init__.py"])
                if (work / "opc").is_dir()
                else 0
            )
            t0 = time.perf_counter()
            model = sources.load(patched, entry["label"]).model
            generate.write_package(model, work / "mb", "mb")
            t_mb = time.perf_counter() - t0
            opc_mypy = _mypy(work / "opc", opc_python) if opc_eps else "n/a"
            print(
                f"vs openapi-python-client on {entry['label']} ({entry['unique_endpoints']} "
                f"operations): raw spec {'generates' if raw_ok else 'refused'}; patched spec: "
                f"openapi-python-client {opc_eps} endpoints, mypy --strict "
                f"{opc_mypy}, {t_opc * 1000:.0f} ms; mbgen "
                f"{len(model.endpoints)} endpoints, mypy --strict {_mypy(work / 'mb')}, "
                f"{t_mb * 1000:.0f} ms; time ratio mbgen/opc {t_mb / t_opc:.2f}x"
            )
            del proc


def main() -> int:
    ap = argparse.ArgumentParser()
    default = os.environ.get("MBGEN_CORPUS", str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--skip-opc", action="store_true", help="skip openapi-python-client")
    ap.add_argument("--only-processes", action="store_true", help="only the whole-process figures")
    ap.add_argument("--only-client", action="store_true", help="only import and call figures")
    args = ap.parse_args()
    if args.only_client:
        largest_shipped = max(
            (p for p in GENERATED_DIR.iterdir() if (p / "MBGEN_GENERATED").is_file()),
            key=lambda p: len(list((p / "resources").glob("*.py"))),
        )
        bench_import(GENERATED_DIR, largest_shipped.name, args.repeat)
        bench_calls(args.repeat)
        bench_async_calls(args.repeat)
        return 0
    corpus = Path(args.corpus)
    if not (corpus / "manifest.json").is_file():
        print(f"bench: no corpus at {corpus} (set --corpus or MBGEN_CORPUS)", file=sys.stderr)
        return 2
    if args.only_processes:
        bench_processes(corpus, args.repeat)
        return 0
    bench_parse(corpus, args.repeat)
    bench_answers(corpus, args.repeat)
    bench_generate(corpus, max(1, args.repeat // 2))
    bench_diff(corpus, args.repeat)
    bench_calls(args.repeat)
    bench_async_calls(args.repeat)
    bench_processes(corpus, args.repeat)
    bench_usage(max(1, args.repeat // 2))
    if not args.skip_opc:
        bench_openapi_python_client(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
