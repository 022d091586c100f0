"""What the batch warms up, and where: HTML only when the batch may hold some; in the parent
before its workers fork, or in the one worker of a one-document batch."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsclean.app import batch
from newsclean.io.items import Item

TEXT = Item("a", "a.txt", path="a.txt")
PAGE = Item("b", "b.html", path="b.html", kind="html")


@pytest.mark.parametrize(
    ("items", "kind", "html"),
    [
        ([TEXT], "auto", False),  # one text file: trafilatura's import would be a third of the run
        ([TEXT], "text", False),
        ([TEXT, TEXT, TEXT], "text", False),
        ([TEXT], "html", True),
        ([PAGE], "auto", True),
        ([TEXT, TEXT, TEXT], "auto", True),  # a folder may hold pages further down
        ([], "auto", False),
    ],
)
def test_html_is_warmed_up_only_when_the_batch_may_hold_html(
    items: list[Item], kind: str, html: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    warmed: list[bool] = []
    monkeypatch.setattr(batch, "warm_up", lambda config, *, html, every_script=True: warmed.append(html))
    monkeypatch.setattr(batch, "Pool", _Serial)
    monkeypatch.setattr(_Serial, "events", [])
    settings = batch.Settings(kind=kind)
    seen = [item for item, _ in batch.run_ordered(iter(items), settings)]
    assert warmed == [html]
    assert seen == items  # the items looked at first are still all cleaned, in order


@pytest.mark.parametrize(
    ("count", "where", "workers"), [(1, "worker", 1), (2, "parent", 4), (5, "parent", 4)]
)
def test_a_one_document_batch_warms_up_in_its_one_worker(
    count: int, where: str, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A parent that loaded the tables would only have to free them at exit; with two or more
    # documents, loading them once before the fork spares every worker its own copy.
    events: list[str] = []

    def warm_up(config: object, *, html: bool, every_script: bool = True) -> None:
        events.append("warm every script" if every_script else "warm Latin")

    monkeypatch.setattr(batch, "warm_up", warm_up)
    monkeypatch.setattr(batch, "Pool", _Serial)
    monkeypatch.setattr(_Serial, "events", events)
    settings = batch.Settings(kind="text")
    seen = [item for item, _ in batch.run_ordered(iter([TEXT] * count), settings, workers=4)]
    assert seen == [TEXT] * count
    if where == "worker":  # what only its document's other scripts need is loaded for it alone
        expected = ["pool", "warm in worker", "warm Latin"]
    else:  # every script, for all the workers to share
        expected = ["warm every script", "pool"]
    assert events == expected
    assert _Serial.workers == workers


class _Serial:
    """A pool stand-in that runs each task in this process (and its warm-up, as a worker would)."""

    events: ClassVar[list[str]] = []
    workers = 0

    def __init__(self, task, failure, **options):  # type: ignore[no-untyped-def]
        self.task = task
        type(self).workers = options.get("workers", 1)
        type(self).events.append("pool")
        warm = options.get("warm")
        if warm is not None:
            type(self).events.append("warm in worker")
            warm()

    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def run(self, items):  # type: ignore[no-untyped-def]
        return ((item, None) for item in items)
