"""Ctrl-C that always stops the command, even when Python swallows it.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when SIGINT
arrives. When that is a ``__del__`` method or a garbage-collection callback (regex patterns
and Dask both have some), Python prints "Exception ignored in ..." with a traceback and
carries on as if nothing had happened: the run neither stops nor says why. Here such a
swallowed interrupt is delivered again, as a new SIGINT, until it lands where it can stop
the run.
"""

from __future__ import annotations

import _thread
import contextlib
import sys
import threading
from collections.abc import Iterator
from typing import Any

# Long enough for the finalizer that swallowed the interrupt to have returned.
_AGAIN_AFTER = 0.02


@contextlib.contextmanager
def interrupts_redelivered() -> Iterator[None]:
    """Within the block, an interrupt swallowed by ``__del__`` or a GC callback is raised again."""
    previous = sys.unraisablehook

    def redeliver(unraisable: Any) -> None:
        if isinstance(unraisable.exc_type, type) and issubclass(unraisable.exc_type, KeyboardInterrupt):
            # From another thread: raised here, in the hook, it would be swallowed again.
            timer = threading.Timer(_AGAIN_AFTER, _thread.interrupt_main)
            timer.daemon = True
            timer.start()
            return
        previous(unraisable)

    sys.unraisablehook = redeliver
    try:
        yield
    finally:
        sys.unraisablehook = previous
