#!/usr/bin/env python3
"""Set up and run Appraisal Workstation with nothing but Python 3.11+.

    python3 run.py                 set up (first time only) and open the app;
                                   the demo company is loaded on first run
    python3 run.py test            set up and run the whole test suite, headless
    python3 run.py translations    refresh the Chinese catalogue (developers)

Arguments after ``--`` go to the app or to pytest, e.g.
``python3 run.py -- --db team.sqlite3`` or ``python3 run.py test -- -k people``.
Uses only the standard library: it creates .venv, installs the project into it,
and on Linux installs the few system libraries Qt needs when it may (as root).
"""
from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("APPRAISAL_VENV", ROOT / ".venv"))
WINDOWS = platform.system() == "Windows"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if WINDOWS else "python")

# Shared libraries Qt loads on Linux, and the Debian/Ubuntu packages providing them.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1", "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3", "libfreetype.so.6": "libfreetype6",
}
QT_WINDOW_LIBRARIES = {  # only for a real window on X11 (xcb)
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-randr.so.0": "libxcb-randr0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def say(message: str) -> None:
    print(f"[run.py] {message}", file=sys.stderr, flush=True)


def fail(message: str) -> "None":
    say(message)
    sys.exit(1)


def run(command: list, **kwargs) -> int:
    return subprocess.call([str(c) for c in command], cwd=ROOT, **kwargs)


def ensure_python() -> None:
    if sys.version_info < (3, 11):
        fail(f"Python 3.11 or newer is needed; this is {platform.python_version()}.")


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say(f"Creating the virtual environment in {VENV} …")
    if run([sys.executable, "-m", "venv", VENV]) == 0 and PYTHON.exists():
        return
    shutil.rmtree(VENV, ignore_errors=True)
    if apt_install([f"python{sys.version_info.major}.{sys.version_info.minor}-venv"]):
        if run([sys.executable, "-m", "venv", VENV]) == 0:
            return
    fail("Could not create a virtual environment. On Debian/Ubuntu install it with "
         "'sudo apt-get install python3-venv', then run this again.")


ENCRYPTION_EXTRA = ["sqlcipher3-wheels>=0.5.5"]  # pyproject.toml's 'encryption' extra


def ensure_installed() -> None:
    stamp = VENV / ".installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == wanted:
        return
    say("Installing Appraisal Workstation and its libraries (first run takes a few minutes) …")
    if run([PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip"]) != 0 or \
            run([PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[test]"]) != 0:
        fail("Installing the Python packages failed; see pip's message above. "
             "Check the network connection to the Python package index and run this again.")
    # Database encryption (SQLCipher) comes as ready-built wheels only: where none is made
    # for this Python or platform, everything else still works and the program says so.
    if run([PYTHON, "-m", "pip", "install", "--quiet", "--only-binary", ":all:", *ENCRYPTION_EXTRA]) != 0:
        say("Database encryption is not available here (no SQLCipher wheel for this Python and "
            "platform); everything else works.")
    stamp.write_text(wanted)


def missing_libraries(libraries: dict[str, str]) -> list[str]:
    try:
        cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    except OSError:
        return []
    return sorted({package for soname, package in libraries.items() if soname not in cache})


def apt_install(packages: list[str]) -> bool:
    """Install Debian packages when we are allowed to; False when we cannot."""
    if not packages or not shutil.which("apt-get"):
        return False
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return False
    say(f"Installing system packages: {' '.join(packages)} …")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    return run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=env) == 0


def ensure_system_libraries(window: bool) -> None:
    if platform.system() != "Linux":
        return
    libraries = {**QT_LIBRARIES, **(QT_WINDOW_LIBRARIES if window else {})}
    missing = missing_libraries(libraries)
    if missing and not apt_install(missing):
        fail("Qt needs these system libraries: " + " ".join(missing) +
             ". Install them (Debian/Ubuntu: sudo apt-get install " + " ".join(missing) +
             ") and run this again.")


def has_display() -> bool:
    if platform.system() != "Linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def translation_sources() -> list[str]:
    """Every file with strings to translate: the windows, and the services' message
    and progress texts marked with QT_TRANSLATE_NOOP."""
    marked = [p for p in (ROOT / "reviewer").rglob("*.py") if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")]
    return sorted(str(p) for p in [*(ROOT / "ui").rglob("*.py"), *marked])


def update_translations() -> int:
    catalogue = ROOT / "resources" / "translations" / "appraisal_zh_CN.ts"
    sources = translation_sources()
    tool = lambda name: BIN / (f"{name}.exe" if WINDOWS else name)  # noqa: E731
    if run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", catalogue]) != 0:
        return 1
    say(f"Translate the new entries in {catalogue} (Qt Linguist: pyside6-linguist), then run this again.")
    return run([tool("pyside6-lrelease"), catalogue, "-qm", catalogue.with_suffix(".qm")])


def main(argv: list[str]) -> int:
    passthrough: list[str] = []
    if "--" in argv:
        index = argv.index("--")
        argv, passthrough = argv[:index], argv[index + 1:]
    action = argv[0] if argv else "app"
    if action in ("-h", "--help", "help") and len(argv) == 1:
        print(__doc__)
        return 0
    if action not in ("app", "test", "translations") or len(argv) > 1:
        print(__doc__)
        return 2
    ensure_python()
    ensure_venv()
    ensure_installed()
    if action == "translations":
        return update_translations()
    if action == "test":
        ensure_system_libraries(window=False)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return run([PYTHON, "-m", "pytest", *passthrough], env=env)
    ensure_system_libraries(window=not os.environ.get("QT_QPA_PLATFORM"))
    if not has_display():
        fail("No display found. Run this from a desktop session, or on a machine without one "
             "under a virtual display: xvfb-run python3 run.py")
    return run([PYTHON, "main.py", "--demo-if-empty", *passthrough])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
