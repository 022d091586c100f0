"""What the batch warms up before its workers fork: HTML only when the batch may hold some."""

from __future__ import annotations

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
    monkeypatch.setattr(batch, "warm_up", lambda config, *, html: warmed.append(html))
    monkeypatch.setattr(batch, "Pool", _Serial)
    settings = batch.Settings(kind=kind)
    seen = [item for item, _ in batch.run_ordered(iter(items), settings)]
    assert warmed == [html]
    assert seen == items  # the items looked at first are still all cleaned, in order


class _Serial:
    """A pool stand-in that runs each task in this process."""

    def __init__(self, task, failure, **options):  # type: ignore[no-untyped-def]
        self.task = task

    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def run(self, items):  # type: ignore[no-untyped-def]
        return ((item, None) for item in items)
