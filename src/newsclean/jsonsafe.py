"""JSON parsing that turns nesting too deep for Python's parser into an ordinary ``ValueError``.

``json.loads`` raises :class:`RecursionError` on a value nested about a thousand levels
deep (a 2 KB line of brackets). Every reader of outside JSON (input lines, output lines read
back for ``--resume`` or ``report``, profiles) goes through :func:`loads`, so such a value is
one malformed line or file like any other, never a crash.
"""

from __future__ import annotations

import json
from typing import Any


def loads(data: str | bytes) -> Any:
    """``json.loads``, with a value nested too deeply reported as :class:`ValueError`.

    >>> loads('{"id": 1}')
    {'id': 1}
    >>> loads("[" * 100_000 + "]" * 100_000)
    Traceback (most recent call last):
    ...
    ValueError: JSON nested too deeply to parse
    """
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply to parse") from None
