"""Memory a process has freed, given back to the system between the steps of a run: glibc keeps
freed heap pages for reuse (Arrow's buffers are among them: qingshan sets pyarrow to the system
allocator, see qingshan/__init__.py), and a pool a user chose for pyarrow (mimalloc, jemalloc) the
buffers of the Arrow data it has handled."""
from __future__ import annotations

import gc
import sys


def release_memory() -> None:
    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
