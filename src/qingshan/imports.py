"""Heavy packages a library imports but qingshan never calls, loaded on first use instead.

Great Expectations 1.x imports scipy.stats (for its distribution expectations) and altair (for its
chart renderers) when it is itself imported; qingshan's suites and Data Docs use neither. Imported
inside `deferred("scipy", "altair")`, each of their pure-Python modules is created empty and runs
only when one of its attributes is first read (the standard library's importlib.util.LazyLoader):
a GX process is ~75 MB smaller and starts ~2 s sooner, and code that does use them still gets them.
"""
from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys


class _DeferringFinder(importlib.abc.MetaPathFinder):
    """Finds modules of `packages` with the other finders and makes their loading lazy. Extension
    modules load as usual: their initialisation cannot be deferred."""

    def __init__(self, packages: tuple[str, ...]):
        self.packages = packages

    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] not in self.packages:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is None:
                continue
            if isinstance(spec.loader, (importlib.machinery.SourceFileLoader,
                                        importlib.machinery.SourcelessFileLoader)):
                spec.loader = importlib.util.LazyLoader(spec.loader)
            return spec
        return None


@contextlib.contextmanager
def deferred(*packages: str):
    """Within the block, importing a module of `packages` (not yet imported) defers running it to its
    first use. Only for single-threaded imports: Python 3.11's LazyLoader is not thread-safe."""
    finder = _DeferringFinder(packages)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
