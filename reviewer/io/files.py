"""Files that appear whole or not at all: written beside the target and renamed
into place, so a failure or a cancel never leaves half a file behind."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.location import PRIVATE_FILE_MODE, private_folder

# Characters that reorder text (a name ending "\u202Efdp.exe" shows as "exe.pdf") or that
# no file name should hold: controls, format characters, surrogates, private use.
_UNWANTED_CATEGORIES = ("Cc", "Cf", "Cs", "Co")


def _mode_for(path: Path, private: bool) -> int | None:
    """The mode the new file gets: an existing file keeps its own, a private one is 0600."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return PRIVATE_FILE_MODE if private else None


@contextmanager
def written_whole(path: Path, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``: when the block succeeds it replaces
    ``path`` in one step; when it fails it is removed. The new file keeps the mode of
    the one it replaces; a new ``private`` file is readable by the user only."""
    # One temporary name per process: two processes may write the same file at once (the
    # field-font cache), and a killed writer's leftovers are removed by the next write into
    # the folder, of this file or any other.
    remove_killed_writers_leftovers(path.parent)
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    mode = _mode_for(path, private) if os.name == "posix" else None
    try:
        if mode is not None:  # created before the writer opens it, so nobody else can read it meanwhile
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE))
            os.chmod(partial, PRIVATE_FILE_MODE)
        yield partial
        if mode is not None:
            os.chmod(partial, mode)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


_LEFTOVER = re.compile(r"\..+\.([0-9]{1,9})\.part")  # the temporary name written_whole gives


def remove_killed_writers_leftovers(folder: Path) -> int:
    """Remove the temporary files that writers no longer running (killed, crashed) left in
    ``folder``; a file being written by a live process stays. Returns how many went."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.endswith(".part")]
    except OSError:
        return 0
    removed = 0
    for name in names:
        match = _LEFTOVER.fullmatch(name)
        if match and int(match.group(1)) != os.getpid() and not _running(int(match.group(1))):
            (folder / name).unlink(missing_ok=True)
            removed += 1
    return removed


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: leave it to the writer that owns it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_whole(path: Path, data: bytes, private: bool = False) -> None:
    """Replace path with data in one step (synced first): readers see the old file or the new one.
    ``private``: the file, and any folder created for it, are for the user's eyes only."""
    if private:
        private_folder(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    with written_whole(path, private) as partial, open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def check_writable(path: Path) -> None:
    """Raise OSError now if ``path`` could not be written (its folder cannot be made, or
    takes no new file), so work that cannot be undone is not done for a file that fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".probe-", delete=True):
        pass


def safe_file_name(text: str, fallback: str = "file") -> str:
    """text usable as a file name on Windows, macOS and Linux (Chinese kept). Every name
    the program makes up for a file goes through here: characters that reorder text
    (U+202E and the like) and control characters are dropped, not replaced."""
    text = "".join(ch for ch in unicodedata.normalize("NFC", text)
                   if unicodedata.category(ch) not in _UNWANTED_CATEGORIES)
    cleaned = re.sub(r'[\\/:*?"<>|]+', "_", text).strip(" ._")
    return cleaned[:80] or fallback
