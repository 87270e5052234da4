"""One run at a time per warehouse: an exclusive lock on a file next to it."""
from __future__ import annotations

import fcntl
import os
import pathlib


class WarehouseBusy(RuntimeError):
    pass


class WarehouseLock:
    def __init__(self, warehouse: pathlib.Path, wait: bool = False):
        self.path = pathlib.Path(warehouse).with_name(pathlib.Path(warehouse).name + ".lock")
        self.wait = wait
        self._fd: int | None = None

    def __enter__(self) -> "WarehouseLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            raise WarehouseBusy(f"another qingshan run is building {self.path.with_suffix('')} (lock {self.path}); "
                                "try again when it has finished") from None
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
