"""The hostile-corpus tally: every case in ``tests/hostile/`` reports what it tried and what came out.

Each test builds its hostile input at run time, runs it, asserts on the outcome, and
records the case through the ``hostile`` fixture. After the run, one summary line gives
cases tried, records written against records expected, crashes, hangs, lost documents
and the peak memory seen, so a regression shows as a number as well as a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

_KEY = pytest.StashKey["HostileTally"]()


@dataclass
class HostileTally:
    """Counts over all hostile cases of one test session."""

    cases: int = 0
    expected: int = 0
    written: int = 0
    crashes: int = 0
    hangs: int = 0
    lost: int = 0
    peak_rss_mb: float = 0.0
    names: list[str] = field(default_factory=list)

    def case(
        self,
        name: str,
        *,
        expected: int,
        written: int,
        crashed: bool = False,
        hung: bool = False,
        peak_rss_mb: float | None = None,
    ) -> None:
        """Record one case: records ``expected`` and ``written``, whether it crashed or hung."""
        self.cases += 1
        self.names.append(name)
        self.expected += expected
        self.written += written
        self.crashes += int(crashed)
        self.hangs += int(hung)
        self.lost += max(0, expected - written)
        if peak_rss_mb is not None:
            self.peak_rss_mb = max(self.peak_rss_mb, peak_rss_mb)

    def summary(self) -> str:
        """The one-line summary printed after the run."""
        return (
            f"hostile corpus: {self.cases} cases, "
            f"{self.written} records written of {self.expected} expected, "
            f"{self.crashes} crashes, {self.hangs} hangs, {self.lost} lost documents, "
            f"peak memory {self.peak_rss_mb:.0f} MB"
        )


@pytest.fixture
def hostile(request: pytest.FixtureRequest) -> HostileTally:
    """The session's :class:`HostileTally`."""
    stash = request.config.stash
    if _KEY not in stash:
        stash[_KEY] = HostileTally()
    return stash[_KEY]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Print the tally when any hostile case ran in this process."""
    if _KEY in config.stash and config.stash[_KEY].cases:
        terminalreporter.write_line(config.stash[_KEY].summary())
