"""Ctrl-C that always stops the command, even when Python or a library swallows it.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when SIGINT
arrives. When that is a ``__del__`` method or a garbage-collection callback (regex patterns
and Dask both have some), Python prints "Exception ignored in ..." with a traceback and
carries on as if nothing had happened: the run neither stops nor says why. Here such a
swallowed interrupt is delivered again, as a new SIGINT, until it lands where it can stop
the run. Code that catches every exception (a bare ``except:`` in a library) can swallow it
too, without a trace; so every SIGINT is also recorded, and :func:`raise_if_interrupted`, called
where the batch goes forward (before workers start, before waiting for a result), raises it
again.
"""

from __future__ import annotations

import _thread
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any, NoReturn

# Long enough for the finalizer that swallowed the interrupt to have returned.
_AGAIN_AFTER = 0.02
_received = threading.Event()


@contextlib.contextmanager
def interrupts_redelivered() -> Iterator[None]:
    """Within the block, an interrupt swallowed by ``__del__`` or a GC callback is raised again.

    In the main thread, while SIGINT raises ``KeyboardInterrupt`` (Python's default), each SIGINT
    is also recorded for :func:`raise_if_interrupted`.
    """
    previous = sys.unraisablehook

    def redeliver(unraisable: Any) -> None:
        if isinstance(unraisable.exc_type, type) and issubclass(unraisable.exc_type, KeyboardInterrupt):
            # From another thread: raised here, in the hook, it would be swallowed again.
            timer = threading.Timer(_AGAIN_AFTER, _thread.interrupt_main)
            timer.daemon = True
            timer.start()
            return
        previous(unraisable)

    recording = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
    _received.clear()
    sys.unraisablehook = redeliver
    if recording:
        signal.signal(signal.SIGINT, _record)
    try:
        yield
    finally:
        if recording:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.unraisablehook = previous
        _received.clear()


def raise_if_interrupted() -> None:
    """Raise ``KeyboardInterrupt`` if SIGINT arrived within :func:`interrupts_redelivered`.

    Once the interrupt has stopped the run, this is only reached again if something caught the
    ``KeyboardInterrupt`` and went on; outside the block it does nothing.
    """
    if _received.is_set():
        raise KeyboardInterrupt


def _record(signum: int, frame: FrameType | None) -> NoReturn:
    _received.set()
    raise KeyboardInterrupt


__all__ = ["interrupts_redelivered", "raise_if_interrupted"]
