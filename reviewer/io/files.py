"""Files that appear whole or not at all: written beside the target and renamed
into place, so a failure or a cancel never leaves half a file behind."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``: when the block succeeds it replaces
    ``path`` in one step; when it fails it is removed."""
    partial = path.with_name(f".{path.name}.part")
    try:
        yield partial
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_whole(path: Path, data: bytes) -> None:
    """Replace path with data in one step (synced first): readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_whole(path) as partial, open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def safe_file_name(text: str, fallback: str = "file") -> str:
    """text usable as a file name on Windows, macOS and Linux (Chinese kept)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" ._")
    return cleaned[:80] or fallback
