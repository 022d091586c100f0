"""The ``newsclean`` command's entry point, outside the package so that it runs before it.

Importing newsclean (its rule tables, trafilatura, ftfy) takes most of a second. A Ctrl-C in
that time arrives before the command line's own handling exists, and Python would end with a
traceback. Here the import itself is guarded: an interrupt while it runs ends the command with
the same message and exit status as an interrupt during the run.
"""

from __future__ import annotations

import importlib
import sys

# The command line's exit status for Ctrl-C (``newsclean.app.cli_errors.EXIT_INTERRUPTED``),
# repeated here because that module cannot be imported before the interrupt is handled.
EXIT_INTERRUPTED = 130


def main() -> None:
    """Import the command line and run it; Ctrl-C during the import exits 130 without a traceback."""
    try:
        cli = importlib.import_module("newsclean.app.cli")
    except KeyboardInterrupt:
        sys.stderr.write("Error: interrupted while starting; nothing was read or written\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    cli.main()


if __name__ == "__main__":  # pragma: no cover - `python -m newsclean_launcher`
    main()
