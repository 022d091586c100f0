"""The ``newsclean`` command's entry point, outside the package so that it runs before it.

Importing newsclean (its rule tables, trafilatura, ftfy) takes most of a second. A Ctrl-C in
that time arrives before the command line's own handling exists, and Python would end with a
traceback. Here the import itself is guarded, and so is the instant between it and the command
line's own handling: an interrupt then ends the command with the same exit status as an
interrupt during the run.
"""

from __future__ import annotations

import importlib
import sys

# The command line's exit status for Ctrl-C (``newsclean.app.cli_errors.EXIT_INTERRUPTED``),
# repeated here because that module cannot be imported before the interrupt is handled.
EXIT_INTERRUPTED = 130


def main() -> None:
    """Import the command line and run it; Ctrl-C at any moment exits 130 without a traceback."""
    cli = None
    try:
        cli = importlib.import_module("newsclean.app.cli")
        # In the same ``try``: an interrupt between the import and the command line's own
        # handling (or after it, as the command exits) would otherwise find neither.
        cli.main()
    except KeyboardInterrupt:
        started = "" if cli is not None else " while starting; nothing was read or written"
        sys.stderr.write(f"Error: interrupted{started}\n")
        raise SystemExit(EXIT_INTERRUPTED) from None


if __name__ == "__main__":  # pragma: no cover - `python -m newsclean_launcher`
    main()
