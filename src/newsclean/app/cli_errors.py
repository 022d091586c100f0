"""The ``newsclean`` command's exit statuses and the exceptions that carry them.

Exit status: 0 every document cleaned, 3 some became error records, 2 usage or config
error, 1 internal failure, 130 interrupted (resumable with ``--resume``).
"""

from __future__ import annotations

import click

EXIT_INTERNAL, EXIT_USAGE, EXIT_DOC_ERRORS, EXIT_INTERRUPTED = 1, 2, 3, 130


class InternalFailure(click.ClickException):
    """A bug or an environment failure (such as a full disk): one line, no traceback."""

    exit_code = EXIT_INTERNAL


class ConfigFailure(click.ClickException):
    """An invalid configuration: a usage error."""

    exit_code = EXIT_USAGE


class InputFailure(click.ClickException):
    """An input that cannot be read at all: a usage error."""

    exit_code = EXIT_USAGE


class DocumentFailure(click.ClickException):
    """The one document ``explain`` was given cannot be cleaned."""

    exit_code = EXIT_DOC_ERRORS


class Interrupted(click.ClickException):
    """Ctrl-C or SIGTERM; the output so far holds whole records and ``--resume`` finishes it."""

    exit_code = EXIT_INTERRUPTED


class OutputRefused(click.ClickException):
    """An output that must not be written: it is read by the run, locked by another run, or another run's."""

    exit_code = EXIT_USAGE
