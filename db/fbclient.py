"""Loads the Firebird 5 client library from the ``firebird-embedded`` wheel, once per process.

The same ``libfbclient`` serves embedded files *and* remote ``host/port:db`` connections
(FIREBIRD.md §0: one round trip per BLOB instead of three, and it talks to FB3 servers).

Linux: the wheel's engine needs the system's ``libtommath.so.1`` (Debian package ``libtommath1``)
loaded globally *before* the client library, then the wheel's own ``libtomcrypt``. fdb keeps the
first library it loads for the life of the process, so :func:`load` must run before any connect.
"""
from __future__ import annotations

import ctypes
import os
import sys
import threading
from pathlib import Path

_lock = threading.Lock()
_loaded: Path | None = None


class ClientLibraryError(RuntimeError):
    """The Firebird client library (or a library it needs) could not be loaded."""


def runtime_dir() -> Path:
    """The directory of the Firebird runtime shipped in the ``firebird-embedded`` wheel."""
    try:
        from firebird.embedded.provider import FirebirdProvider
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ClientLibraryError(
            "The Python package 'firebird-embedded' is not installed (pip install firebird-embedded)."
        ) from exc
    return FirebirdProvider().root


def load() -> Path:
    """Load the wheel's client library into fdb (idempotent, thread-safe) and return its path."""
    global _loaded
    with _lock:
        if _loaded is not None:
            return _loaded
        root = runtime_dir()
        os.environ["FIREBIRD"] = str(root)
        if sys.platform.startswith("linux"):
            lib = root / "libfbclient.so.2"
            try:
                ctypes.CDLL("libtommath.so.1", mode=ctypes.RTLD_GLOBAL)
            except OSError as exc:
                raise ClientLibraryError(
                    "The Firebird engine needs the system library libtommath.so.1: "
                    "install it with 'sudo apt-get install libtommath1'."
                ) from exc
            tomcrypt = root / "libtomcrypt.so.1"
            if tomcrypt.exists():
                ctypes.CDLL(str(tomcrypt), mode=ctypes.RTLD_GLOBAL)
        elif sys.platform == "win32":
            lib = root / "fbclient.dll"
            os.add_dll_directory(str(root))  # libtommath/libtomcrypt ship beside fbclient.dll
        else:  # pragma: no cover
            raise ClientLibraryError(f"Unsupported platform: {sys.platform}")
        if not lib.exists():
            raise ClientLibraryError(f"Firebird client library not found: {lib}")
        import fdb

        fdb.load_api(str(lib))
        _loaded = lib
        return lib


def engine_version_of_library() -> str:
    """The Firebird version of the bundled runtime (e.g. ``5.0.4``)."""
    from firebird.embedded.provider import FirebirdProvider

    return FirebirdProvider().firebird_version
