"""Appraisal Workstation: opens the main window, or runs a command-line job.

    python main.py                 open the main window
    python main.py --lang zh_CN    open the main window in Simplified Chinese
    python main.py demo            fill an empty database with the demo company
    python main.py --help          every command
"""
from __future__ import annotations

import sys

GUI_OPTIONS = {"--db", "--demo-if-empty", "--lang"}


def _wants_gui(argv: list[str]) -> bool:
    """No subcommand (only window options) means the window; anything else is the CLI."""
    index = 0
    while index < len(argv):
        arg = argv[index]
        name = arg.split("=", 1)[0]
        if name not in GUI_OPTIONS:
            return False
        index += 1 if "=" in arg or name == "--demo-if-empty" else 2
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _wants_gui(argv):
        from ui.app import run_app

        return run_app(argv)
    from reviewer.cli.runner import run

    try:
        return run(argv)
    except BrokenPipeError:  # the reader of our output went away (e.g. `| head`): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
