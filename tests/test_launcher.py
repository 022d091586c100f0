"""The console script's entry point: Ctrl-C while newsclean is still being imported."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

import newsclean_launcher
from newsclean.app.cli_errors import EXIT_INTERRUPTED

# Sends SIGINT to its own process when ``newsclean.app.cli`` starts to import, then runs the
# launcher: the interrupt arrives during the import, every time, with no timing involved.
INTERRUPTED_IMPORT = textwrap.dedent(
    """
    import importlib.abc, os, signal, sys

    class Interrupt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "newsclean.app.cli":
                os.kill(os.getpid(), signal.SIGINT)
            return None

    sys.meta_path.insert(0, Interrupt())
    import newsclean_launcher
    sys.argv = ["newsclean", "--version"]
    newsclean_launcher.main()
    """
)


def test_the_launcher_exits_with_the_command_lines_interrupt_status() -> None:
    assert newsclean_launcher.EXIT_INTERRUPTED == EXIT_INTERRUPTED


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to oneself")
def test_ctrl_c_during_the_import_exits_130_without_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_IMPORT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == EXIT_INTERRUPTED, done.stderr
    assert "Traceback" not in done.stderr
    assert "interrupted while starting" in done.stderr
    assert done.stdout == ""


# The command line's ``main`` is entered, and SIGINT arrives before its own handling starts.
INTERRUPTED_ENTRY = textwrap.dedent(
    """
    import os, signal, sys
    import newsclean.app.cli as cli

    def main():
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(10**7):  # the interrupt lands here, outside the command line's try
            pass

    cli.main = main
    import newsclean_launcher
    newsclean_launcher.main()
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to oneself")
def test_ctrl_c_between_the_import_and_the_command_line_exits_130_without_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_ENTRY], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == EXIT_INTERRUPTED, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr == "Error: interrupted\n"


def test_without_an_interrupt_the_launcher_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsclean_launcher", "--version"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "newsclean" in done.stdout.lower()


def test_the_console_script_is_the_launcher() -> None:
    from importlib.metadata import entry_points

    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "newsclean"]
    assert script.value == "newsclean_launcher:main"


# Ctrl-C while click is still setting up the command (parsing arguments): before the command's
# own handling of interrupts exists.
INTERRUPTED_PARSING = textwrap.dedent(
    """
    import sys
    import newsclean.app.cli as c

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    c.cli.make_context = interrupted
    sys.argv = ["newsclean", "clean", "-"]
    c.main()
    """
)


def test_ctrl_c_while_the_arguments_are_parsed_exits_130_without_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_PARSING], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == EXIT_INTERRUPTED, done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr
    assert done.stderr.strip() == "Error: interrupted"
