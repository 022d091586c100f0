"""First pass: what a fresh process pays per document on the first documents it cleans.

``throughput.py`` warms every system up and keeps the fastest of several rounds: it measures
a process that has seen the documents before. A batch sees each document once, and a fresh
process (each CLI run, each worker, each Dask task process) builds as it goes what the warm
rounds find built: the rule patterns a segment first needs, compiled one by one, and the states
of the phrase prefilter's automaton that its text first reaches.

For each mode, a new Python process imports newsclean, cleans one short warm-up document (rule
tables, language profiles, the line scorer), then cleans every document of ``throughput.py``'s
corpus three times in a row; the CPU milliseconds per document of each pass are reported. The
plain dependencies run the same way beside it. Each process is run ``--runs`` times and the
median is kept.

    python benchmarks/first_pass.py              # a Markdown table
    python benchmarks/first_pass.py --runs 1     # quicker
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent

_PROBE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import throughput
system, mode = sys.argv[2], sys.argv[3]
docs = throughput.text_corpus() if mode == "text" else throughput.html_corpus()
if system == "newsclean":
    run = throughput.newsclean_system(mode)
    run(throughput.Doc("warm-up", "The minister said the talks would resume next week.", None, False))
else:
    run = throughput.ftfy_langdetect if mode == "text" else throughput.trafilatura_json
    run(docs[0])
passes = []
for _ in range(3):
    start = time.process_time()
    for doc in docs:
        run(doc)
    passes.append((time.process_time() - start) * 1000 / len(docs))
print(json.dumps({"docs": len(docs), "passes": passes}))
"""

SYSTEMS = (("text", "newsclean"), ("text", "ftfy+langdetect"), ("html", "newsclean"), ("html", "trafilatura"))


def measure(mode: str, system: str) -> dict[str, object]:
    """CPU ms per document of three passes in one fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(BENCHMARKS), system, mode],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="processes per system (the median is kept)")
    args = parser.parse_args()
    print("| mode | system | docs | pass 1 CPU ms/doc | pass 2 | pass 3 | pass 1 / pass 3 |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for mode, system in SYSTEMS:
        runs = [measure(mode, system) for _ in range(args.runs)]
        passes = [statistics.median(float(r["passes"][k]) for r in runs) for k in range(3)]  # type: ignore[index]
        print(
            f"| {mode} | {system} | {runs[0]['docs']} | {passes[0]:.1f} | {passes[1]:.1f} | "
            f"{passes[2]:.1f} | {passes[0] / passes[2]:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
