"""Counts over a batch run and its summary. Timings stay here, never in records."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsclean.app.batch import Outcome
from newsclean.io.writers import Done


@dataclass
class Tally:
    """What a batch run has done so far (local to one run).

    >>> tally = Tally()
    >>> tally.add(Outcome(line="", body="x", language="en", removed=(("ticker", 2),), input_chars=10))
    >>> tally.add_previous(Done("DecodeError"))
    >>> tally.add_previous(Done(None, "en", (("ticker", 1),)))
    >>> tally.documents, tally.errors, dict(tally.error_types), dict(tally.removed)
    (3, 1, {'DecodeError': 1}, {'ticker': 3})
    """

    documents: int = 0
    errors: int = 0
    resumed: int = 0
    input_chars: int = 0
    error_types: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        """Count one record cleaned in this run."""
        self.documents += 1
        self.input_chars += outcome.input_chars
        if outcome.error_type is not None:
            self.errors += 1
            self.error_types[outcome.error_type] += 1
            return
        self.languages[outcome.language or "unknown"] += 1
        for category, count in outcome.removed:
            self.removed[category] += count

    def add_previous(self, done: Done) -> None:
        """Count a record an earlier run wrote (``--resume``): the summary covers the whole output."""
        self.resumed += 1
        self.add(Outcome("", None, done.error_type, done.language, done.removed))

    def summary(self, seconds: float, output: str) -> list[str]:
        """The end-of-run summary lines; after ``--resume`` they count the whole output.

        >>> tally = Tally(documents=31, errors=5, resumed=31)
        >>> tally.summary(1.4, "clean.jsonl")[0]
        'newsclean: 31 documents, 26 cleaned, 5 errors; all 31 were already in the output (1.4 s)'
        """
        fresh = self.documents - self.resumed
        cleaned = self.documents - self.errors
        head = f"newsclean: {self.documents} documents, {cleaned} cleaned, {self.errors} errors"
        if self.resumed and not fresh:
            lines = [f"{head}; all {self.resumed} were already in the output ({seconds:.1f} s)"]
        else:
            rate = fresh / seconds if seconds > 0 else 0.0
            chars = self.input_chars / seconds / 1e6 if seconds > 0 else 0.0
            speed = f"{seconds:.1f} s ({rate:.1f} documents/s, {chars:.2f} M chars/s)"
            if self.resumed:
                lines = [f"{head}; {self.resumed} were already in the output, {fresh} cleaned in {speed}"]
            else:
                lines = [f"{head} in {speed}"]
        lines.append(f"  errors: {_counts(self.error_types)}")
        lines.append(f"  removed segments: {_counts(self.removed)}")
        lines.append(f"  languages: {_counts(self.languages)}")
        lines.append(f"  output: {output}")
        return lines


def _counts(counter: Counter[str]) -> str:
    """Counts, largest first, ties by name.

    >>> _counts(Counter({"b": 2, "a": 2, "c": 5}))
    'c 5, a 2, b 2'
    """
    if not counter:
        return "none"
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
