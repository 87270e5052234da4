"""Which files under the input folder are read: regular files, found without following links out
of the folder. Everything else found there (a link out of the folder, a link to a folder, a pipe or
a device) is not read but reported, with the reason, like a file that cannot be decoded."""
from __future__ import annotations

import os
import pathlib
import stat
from collections.abc import Iterator

FOLLOW_HINT = "not read (--follow-symlinks reads it)"


def display_path(path: pathlib.Path, root: pathlib.Path) -> str:
    """The path relative to root with forward slashes, any name that is not UTF-8 with its bytes
    as escapes (`\\xff\\xfe.txt`): every name can be stored and printed."""
    rel = os.fsencode(path.relative_to(root).as_posix())
    return rel.decode("utf-8", "backslashreplace")


def input_files(root: pathlib.Path, follow_symlinks: bool = False) -> Iterator[tuple[pathlib.Path, str | None]]:
    """(path, None) for every file to read under root, (path, why not) for every entry that is not
    read; hidden files are left out. Folders that are links are not entered; a link to a file is
    read when it points inside root (or follow_symlinks)."""
    root = root.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(root):  # never enters a link to a folder
        here = pathlib.Path(dirpath)
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                found.append((here / d, "a link to a folder: not followed"))
        dirnames.sort()
        for name in filenames:
            if not name.startswith("."):
                found.append((here / name, _refusal(here / name, root, follow_symlinks)))
    yield from sorted(found)


def _refusal(path: pathlib.Path, root: pathlib.Path, follow_symlinks: bool) -> str | None:
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            target = path.resolve()
            if not target.exists():
                return "a broken link: its target does not exist"
            if not follow_symlinks and not target.is_relative_to(root):
                return f"a link to a file outside the input folder: {FOLLOW_HINT}"
            mode = os.stat(path).st_mode
    except (OSError, RuntimeError) as e:  # RuntimeError: a loop of links
        return f"cannot read: {getattr(e, 'strerror', None) or e}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device): not read"
    return None
