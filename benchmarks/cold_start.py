"""Cold start: what a fresh process pays before its first cleaned document.

Each measurement runs in a new Python process, so nothing is warm but the operating
system's file cache; the median of several processes is reported, as wall time and as CPU
time (user + system: what the process itself spent, which other load on the machine does
not inflate as much).

- ``import``: ``import newsclean``;
- ``first clean``: the first ``newsclean.clean(seed, kind="text")`` after the import (rule
  tables, language profiles and character tables are built or loaded here);
- ``first clean_html``: the first ``newsclean.clean_html(page)`` after the import, in its own process;
- ``CLI, one file``: the wall time of ``newsclean clean SEED -o OUT --workers 1 --quiet``,
  interpreter start-up included;

The text measurements go through the five seeds in turn (each needs different rules, scripts and
languages), so use a multiple of five runs; the slowest process is reported beside the median.
- ``CLI, one file, empty disk cache``: the same with an empty disk cache
  (:mod:`newsclean.text.diskcache`), as the very first run after installing newsclean.

The processes are measured as an installed newsclean runs: with its bytecode compiled and its
disk cache filled (a first, unmeasured CLI run on the seed and a page does both, in a disk cache
of the benchmark's own). ``PYTHONDONTWRITEBYTECODE`` is ignored for that first run only: with no
bytecode, every process would compile newsclean's sources again (about 0.2 s here), which pip
does once when it installs a package.

Targets (issue 15): first ``clean()`` at most 0.5 s after the import, a one-file CLI run at most 1 s.

    python benchmarks/cold_start.py               # a table, 10 processes each
    python benchmarks/cold_start.py --runs 5      # quicker
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
PAGE = sorted((ROOT / "fixtures" / "scrapinghub-dev" / "html").glob("*.html.gz"))[0]

_PROBE = """
import json, sys, time
start, cpu = time.perf_counter(), time.process_time()
import newsclean
imported, imported_cpu = time.perf_counter(), time.process_time()
data = open(sys.argv[2], encoding="utf-8").read()
if sys.argv[1] == "html":
    newsclean.clean_html(data)
else:
    newsclean.clean(data, kind="text")
done, done_cpu = time.perf_counter(), time.process_time()
first = [done - imported, done_cpu - imported_cpu]
print(json.dumps({"import": [imported - start, imported_cpu - cpu], "first": first}))
"""


def _probe(kind: str, path: Path, env: dict[str, str]) -> dict[str, tuple[float, float]]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, kind, str(path)], check=True, capture_output=True, text=True, env=env
    )
    return {name: (wall, cpu) for name, (wall, cpu) in json.loads(out.stdout).items()}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cli(path: Path, out: Path, env: dict[str, str]) -> tuple[float, float]:
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", str(path), "-o", str(out), "--workers", "1", "--quiet"],
        check=True,
        capture_output=True,
        env=env,
    )
    return time.perf_counter() - start, _children_cpu() - cpu


def measure(runs: int) -> dict[str, tuple[float, float, float]]:
    """Median wall, median CPU and slowest wall seconds of each measurement over ``runs`` fresh processes."""
    samples: dict[str, list[tuple[float, float]]] = {
        "import": [],
        "first clean": [],
        "first clean_html": [],
        "CLI, one file": [],
        "CLI, one file, empty disk cache": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(gzip.decompress(PAGE.read_bytes()).decode("utf-8"), encoding="utf-8")
        env = {**os.environ, "NEWSCLEAN_CACHE_DIR": str(Path(tmp) / "cache")}
        first_run = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        for path in (*SEEDS, page):
            _cli(path, Path(tmp) / "out.jsonl", first_run)
        for run in range(runs):
            seed = SEEDS[run % len(SEEDS)]
            text = _probe("text", seed, env)
            samples["import"].append(text["import"])
            samples["first clean"].append(text["first"])
            samples["first clean_html"].append(_probe("html", page, env)["first"])
            samples["CLI, one file"].append(_cli(seed, Path(tmp) / "out.jsonl", env))
            empty = {**env, "NEWSCLEAN_CACHE_DIR": str(Path(tmp) / f"empty-{run}")}
            samples["CLI, one file, empty disk cache"].append(_cli(seed, Path(tmp) / "out.jsonl", empty))
    return {
        name: (
            statistics.median(w for w, _ in values),
            statistics.median(c for _, c in values),
            max(w for w, _ in values),
        )
        for name, values in samples.items()
    }


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10, help="fresh processes per measurement (default 10)")
    args = parser.parse_args()
    targets = {"first clean": 0.5, "CLI, one file": 1.0}
    print("| measurement | median wall s | median CPU s | slowest wall s | target s |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (wall, cpu, slowest) in measure(args.runs).items():
        target = "" if name not in targets else f"{targets[name]:.1f}"
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {slowest:.2f} | {target} |")


if __name__ == "__main__":
    main()
