"""Throughput: newsclean next to the plain chain of its own dependencies, in one run.

- text mode: ``newsclean.clean(text, kind="text")`` on the seeds and the noisy renderings, next to
  ``ftfy.fix_text(text)`` + ``langdetect.detect(text)`` on the whole document (seed 0);
- HTML mode: ``newsclean.clean_html`` on the dev pages (default ``balanced`` and one-pass ``fast``),
  next to ``trafilatura.extract(html, url=url, include_comments=False, with_metadata=True,
  output_format="json")``;
- newsclean with the default configuration (``hybrid`` language ID) and with the ``langdetect``
  and ``cld2`` backends;
- the CLI (``newsclean clean FOLDER -o OUT --workers N --quiet``) on a folder built from the
  fixtures, with 1 and 2 workers on the large folder; its start-up (one-document run) is measured
  apart and left out of the rate, and the peak memory of its process tree is compared for a small
  and a ten times larger folder.

Each library system is warmed up first: its first call (imports, profiles, rule tables) is
reported as start-up and kept out of the rates. Every system runs over all documents in each
round, systems interleaved, and the fastest round counts (the least disturbed by other load).

    python benchmarks/throughput.py                  # Markdown tables
    python benchmarks/throughput.py --quick          # one round, smaller CLI folders
    python benchmarks/throughput.py --json out.json  # the numbers as JSON
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
_WARM_DOCS = 5


@dataclass(frozen=True)
class Doc:
    """One benchmark input: a file name, its text or HTML, its URL, and whether it is HTML."""

    name: str
    data: str
    url: str | None
    html: bool


@dataclass(frozen=True)
class Timing:
    """One system's best round over a corpus."""

    system: str
    mode: str
    docs: int
    megabytes: float
    seconds: float
    cpu_seconds: float
    startup: float

    @property
    def docs_per_s(self) -> float:
        """Documents per second."""
        return self.docs / self.seconds

    @property
    def mb_per_s(self) -> float:
        """Megabytes (UTF-8) per second."""
        return self.megabytes / self.seconds


@dataclass(frozen=True)
class CliRun:
    """One CLI run: wall time, CPU time of the process tree, and its peak memory."""

    docs: int
    workers: int
    seconds: float
    cpu_seconds: float
    max_rss_mb: float
    tree_rss_mb: float | None


def text_corpus() -> list[Doc]:
    """The five seeds and every cached noisy rendering of the dev pages."""
    docs = [
        Doc(p.name, p.read_text(encoding="utf-8"), None, False)
        for p in sorted((FIXTURES / "seeds").glob("*.txt"))
    ]
    for path in sorted((FIXTURES / "renderings").glob("*/*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            docs.append(Doc(f"{path.parent.name}_{path.name[:-3]}", fh.read(), None, False))
    return docs


def html_corpus() -> list[Doc]:
    """The dev pages with their URLs."""
    dev = FIXTURES / "scrapinghub-dev"
    truth = json.loads((dev / "ground-truth.json").read_text(encoding="utf-8"))
    docs = []
    for path in sorted((dev / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            docs.append(Doc(f"{key}.html", fh.read(), truth.get(key, {}).get("url"), True))
    return docs


def newsclean_system(mode: str, backend: str = "hybrid", favor: str = "balanced") -> Callable[[Doc], object]:
    """newsclean in text or HTML mode with a language-ID backend (and an ``html_favor`` setting)."""

    def run(doc: Doc) -> object:
        import newsclean

        config = newsclean.Config(langid_backend=backend, html_favor=favor)
        if mode == "html":
            return newsclean.clean_html(doc.data, url=doc.url, config=config)
        return newsclean.clean(doc.data, url=doc.url, kind="text", config=config)

    return run


def ftfy_langdetect(doc: Doc) -> object:
    """The plain text chain: ftfy's repair, then langdetect on the whole document."""
    import ftfy
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    fixed = ftfy.fix_text(doc.data)
    try:
        return detect(fixed)
    except LangDetectException:
        return None


def trafilatura_json(doc: Doc) -> object:
    """The plain HTML chain: trafilatura's extraction with metadata, as JSON."""
    import trafilatura

    return trafilatura.extract(
        doc.data, url=doc.url, include_comments=False, with_metadata=True, output_format="json"
    )


def time_systems(
    systems: dict[str, Callable[[Doc], object]], docs: Sequence[Doc], mode: str, rounds: int
) -> list[Timing]:
    """Start-up (first call) and best-round time of each system over ``docs``, systems interleaved."""
    startup: dict[str, float] = {}
    for name, run in systems.items():
        began = time.perf_counter()
        run(docs[0])
        startup[name] = time.perf_counter() - began
        for doc in docs[1 : 1 + _WARM_DOCS]:
            run(doc)
    best = {name: float("inf") for name in systems}
    best_cpu = dict(best)
    names = list(systems)
    for r in range(rounds):
        # Rotate the order so that no system always runs right after another's garbage.
        for name in names[r % len(names) :] + names[: r % len(names)]:
            run = systems[name]
            began, began_cpu = time.perf_counter(), time.process_time()
            for doc in docs:
                run(doc)
            best[name] = min(best[name], time.perf_counter() - began)
            best_cpu[name] = min(best_cpu[name], time.process_time() - began_cpu)
    megabytes = sum(len(d.data.encode("utf-8")) for d in docs) / 1e6
    return [
        Timing(name, mode, len(docs), megabytes, best[name], best_cpu[name], startup[name])
        for name in systems
    ]


def huge_lines(texts: Sequence[Doc]) -> dict[str, str]:
    """Two 3 MB documents without a line break: one English sentence repeated, and every text joined."""
    joined = " ".join(" ".join(d.data.split()) for d in texts)
    return {
        "3 MB one line, English": ("The minister said the talks would resume. " * 72_000)[:3_000_000],
        "3 MB one line, all fixtures": ((joined + " ") * (3_000_000 // len(joined) + 1))[:3_000_000],
    }


def time_huge(texts: Sequence[Doc]) -> dict[str, float]:
    """Seconds newsclean takes on each 3 MB single-line document (after warm-up)."""
    run = newsclean_system("text")
    run(texts[0])
    seconds = {}
    for name, data in huge_lines(texts).items():
        began = time.perf_counter()
        run(Doc(name, data, None, False))
        seconds[name] = time.perf_counter() - began
    return seconds


def build_folder(root: Path, docs: Sequence[Doc], n: int) -> Path:
    """A folder of ``n`` documents cycling through ``docs``, each under a distinct name."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        doc = docs[i % len(docs)]
        suffix = ".html" if doc.html else ".txt"
        (root / f"{i:05d}_{doc.name.split('.')[0][:24]}{suffix}").write_text(doc.data, encoding="utf-8")
    return root


def _tree_rss_kb(pid: int) -> int | None:
    """Resident memory of the descendants of ``pid`` from /proc (``None`` off Linux)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    parents: dict[int, int] = {}
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, p in parents.items() if p == parent and child not in tree]
        tree.update(children)
        frontier.extend(children)
    total = 0
    for member in tree - {pid}:
        try:
            for line in (proc / str(member) / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "began = time.perf_counter()\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "wall = time.perf_counter() - began\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)\n"
)


def run_cli(folder: Path, docs: int, workers: int, output: Path) -> CliRun:
    """Run the CLI on ``folder`` in a wrapper process that reports its children's resource use."""
    cli = Path(sys.executable).with_name("newsclean")
    command = [str(cli), "clean", str(folder), "-o", str(output), "--workers", str(workers), "--quiet"]
    wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, *command], stdout=subprocess.PIPE, text=True)
    peak: list[int] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            rss = _tree_rss_kb(wrapper.pid)
            if rss is not None:
                peak.append(rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = wrapper.communicate()
    done.set()
    sampler.join()
    wall, cpu, max_rss, code = out.split()
    if int(code) not in (0, 3):
        raise RuntimeError(f"newsclean clean exited with status {code}")
    # ru_maxrss is in KiB on Linux and in bytes on macOS.
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 2**20
    tree = max(peak) / 1024 if peak else None
    return CliRun(docs, workers, float(wall), float(cpu), int(max_rss) * scale, tree)


def cli_benchmark(pool: Sequence[Doc], small: int, large: int) -> dict[str, Any]:
    """CLI start-up, throughput with 1 and 2 workers on ``large`` documents, and memory at both sizes.

    Rates come from the large folder, where the start-up (measured apart with a one-document run
    and subtracted) is a small part of the run; the small folder, cleaned with 2 workers, gives the
    memory to compare the large run's with.
    """
    scratch = Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    try:
        output = scratch / "out.jsonl"
        one = build_folder(scratch / "one", pool, 1)
        few = build_folder(scratch / "small", pool, small)
        many = build_folder(scratch / "large", pool, large)
        runs: dict[str, Any] = {}
        for workers in (1, 2):
            start = run_cli(one, 1, workers, output)
            run = run_cli(many, large, workers, output)
            rate = (large - 1) / max(run.seconds - start.seconds, 1e-9)
            runs[f"workers_{workers}"] = {"startup": asdict(start), "run": asdict(run), "docs_per_s": rate}
        runs["small"] = asdict(run_cli(few, small, 2, output))
        runs["scaling"] = runs["workers_2"]["docs_per_s"] / runs["workers_1"]["docs_per_s"]
        return runs
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _fmt_rss(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}"


def markdown(
    timings: Sequence[Timing], peers: dict[str, str], cli: dict[str, Any] | None, huge: dict[str, float]
) -> str:
    """The results as Markdown tables."""
    by_name = {t.system: t for t in timings}
    lines = [
        "| mode | system | docs | docs/s | MB/s | ms/doc | CPU ms/doc | time vs peer (wall / CPU) "
        "| start-up s |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for t in timings:
        peer = by_name.get(peers.get(t.system, ""))
        ratio = (
            f"{t.seconds / peer.seconds:.2f}x / {t.cpu_seconds / peer.cpu_seconds:.2f}x"
            if peer is not None
            else "peer"
        )
        lines.append(
            f"| {t.mode} | {t.system} | {t.docs} | {t.docs_per_s:.1f} | {t.mb_per_s:.2f} | "
            f"{1000 * t.seconds / t.docs:.1f} | {1000 * t.cpu_seconds / t.docs:.1f} | {ratio} | "
            f"{t.startup:.2f} |"
        )
    if huge:
        lines += ["", "| single document | newsclean s |", "| --- | ---: |"]
        lines += [f"| {name} | {seconds:.2f} |" for name, seconds in huge.items()]
    if cli is not None:
        lines += [
            "",
            "| CLI run | docs | wall s | docs/s (start-up excluded) | start-up s | CPU s "
            "| max RSS MB (largest process) | peak RSS MB (process tree) |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for workers in (1, 2):
            entry = cli[f"workers_{workers}"]
            run, start = entry["run"], entry["startup"]
            lines.append(
                f"| {workers} worker{'s' if workers > 1 else ''} | {run['docs']} | {run['seconds']:.1f} | "
                f"{entry['docs_per_s']:.1f} | {start['seconds']:.2f} | {run['cpu_seconds']:.1f} | "
                f"{run['max_rss_mb']:.0f} | {_fmt_rss(run['tree_rss_mb'])} |"
            )
        few = cli["small"]
        lines.append(
            f"| 2 workers | {few['docs']} | {few['seconds']:.1f} | "
            f"{few['docs'] / few['seconds']:.1f} (start-up included) | | {few['cpu_seconds']:.1f} | "
            f"{few['max_rss_mb']:.0f} | {_fmt_rss(few['tree_rss_mb'])} |"
        )
        large_tree, small_tree = cli["workers_2"]["run"]["tree_rss_mb"], few["tree_rss_mb"]
        memory = f"{large_tree / small_tree:.2f}x" if large_tree and small_tree else "n/a"
        lines += [
            "",
            f"2 workers vs 1: {cli['scaling']:.2f}x the rate; peak RSS of the process tree, "
            f"{cli['workers_2']['run']['docs']} vs {few['docs']} documents: {memory}.",
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: run every measurement and print the tables."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="one round and small CLI folders (20 and 200)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per system (default 3)")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI runs")
    parser.add_argument("--json", type=Path, help="write the numbers here")
    args = parser.parse_args(argv)
    rounds = 1 if args.quick else args.rounds
    texts, pages = text_corpus(), html_corpus()
    # "newsclean" is the default configuration (hybrid language ID; HTML balanced), then variants.
    text_systems: dict[str, Callable[[Doc], object]] = {
        "newsclean": newsclean_system("text"),
        "ftfy+langdetect": ftfy_langdetect,
    }
    html_systems: dict[str, Callable[[Doc], object]] = {
        "newsclean html": newsclean_system("html"),
        "newsclean html (fast)": newsclean_system("html", favor="fast"),
        "trafilatura json": trafilatura_json,
    }
    for backend in ("langdetect", "cld2"):
        text_systems[f"newsclean ({backend})"] = newsclean_system("text", backend)
        html_systems[f"newsclean html ({backend})"] = newsclean_system("html", backend)
        html_systems[f"newsclean html (fast, {backend})"] = newsclean_system("html", backend, "fast")
    peers = {name: "ftfy+langdetect" for name in text_systems if name.startswith("newsclean")}
    peers |= {name: "trafilatura json" for name in html_systems if name.startswith("newsclean")}
    timings = time_systems(text_systems, texts, "text", rounds)
    timings += time_systems(html_systems, pages, "html", rounds)
    huge = time_huge(texts)
    cli = None
    if not args.no_cli:
        small, large = (20, 200) if args.quick else (200, 2000)
        cli = cli_benchmark([*texts, *pages], small, large)
    print(markdown(timings, peers, cli, huge))
    if args.json:
        data = {
            "timings": [asdict(t) | {"docs_per_s": t.docs_per_s, "mb_per_s": t.mb_per_s} for t in timings],
            "peers": peers,
            "cli": cli,
            "huge_seconds": huge,
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "rusage_self_max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        }
        args.json.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
