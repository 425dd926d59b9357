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

from db import _fdb_private

_lock = threading.Lock()
_loaded: Path | None = None
#: A writable folder that becomes the engine's root (FIREBIRD), set by the application before the
#: first load; None keeps the runtime folder itself as the root.
_state_dir: Path | None = None
#: What the engine needs from its root, linked (folders) or copied (small files) into the state dir.
_ROOT_DIRS = ("plugins", "intl", "tzdata")
_ROOT_FILES = ("firebird.conf", "plugins.conf", "firebird.msg")


def use_state_dir(path: Path | None) -> None:
    """Make ``path`` the engine's root folder, so that ``firebird.log`` (written by the engine and by
    the client library on errors) lands in the user's data folder and never beside the program: on
    a terminal server the install folder is read-only for users. Call before the first :func:`load`.

    Firebird has no setting for the log's folder: it is always ``$FIREBIRD/firebird.log``. So the
    state dir gets the configuration files (copied) and links to the runtime's ``plugins``, ``intl``
    and ``tzdata`` folders (symbolic links; directory junctions on Windows, which need no rights).
    """
    global _state_dir
    _state_dir = Path(path) if path is not None else None


def _link_dir(src: Path, dst: Path) -> None:
    if dst.exists() or dst.is_symlink():
        if dst.resolve() == src.resolve():
            return
        if dst.is_symlink():
            dst.unlink()
        else:  # pragma: no cover - a real folder where a link should be
            raise OSError(f"{dst} is in the way")
    if sys.platform == "win32":  # pragma: no cover - Windows
        import _winapi

        _winapi.CreateJunction(str(src), str(dst))
    else:
        os.symlink(src, dst, target_is_directory=True)


def prepare_root(runtime: Path, state: Path) -> Path:
    """Set up ``state`` as an engine root over ``runtime`` (idempotent; refreshes links and copies
    after an upgrade of the program) and return it."""
    import shutil

    state.mkdir(parents=True, exist_ok=True)
    for name in _ROOT_DIRS:
        if (runtime / name).is_dir():
            _link_dir(runtime / name, state / name)
    for name in _ROOT_FILES:
        src, dst = runtime / name, state / name
        if src.is_file() and (not dst.exists() or dst.stat().st_size != src.stat().st_size
                              or dst.stat().st_mtime < src.stat().st_mtime):
            shutil.copy2(src, dst)
    return state


def engine_root() -> Path:
    """The folder the engine uses as its root (``firebird.log`` is written there)."""
    return Path(os.environ.get("FIREBIRD") or runtime_dir())


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
        engine_home = root
        if _state_dir is not None:
            try:
                engine_home = prepare_root(root, _state_dir)
            except OSError:
                engine_home = root  # a folder without links: the log goes beside the runtime
        os.environ["FIREBIRD"] = str(engine_home)
        if engine_home != root:
            os.environ.setdefault("FIREBIRD_MSG", str(root))
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
        _materialise_blobs(fdb)
        _quiet_finalizers(fdb)
        _safe_event_requeue(fdb)
        _loaded = lib
        return lib


def _materialise_blobs(fdb) -> None:
    """Make every fdb statement return BLOBs as ``str``/``bytes``, whatever their size.

    fdb hands back a ``BlobReader`` (a stream bound to the still-open transaction) instead of the
    value for any BLOB over 64 KB (``PreparedStatement`` threshold 65536). Everything above ``db``
    takes a note or a file body as a value: a 100 KB note saved fine and then made the client card
    unopenable (``TypeError: object of type 'BlobReader' has no len()``, issue #10), and a file body
    over 64 KB failed its checksum. Notes are bounded (``app.validate.MAX_NOTE_CHARS``) and file
    bodies were always read whole, so the threshold is set to "no limit" (-1) on every prepared
    statement of the process: SQLAlchemy's cursors, the read channel, reports and bulk writes.
    """
    _fdb_private.wrap_statement_init(lambda ps: ps.set_stream_blob_treshold(-1))


def _safe_event_requeue(fdb) -> None:
    """Keep a dropped link from aborting the process through fdb's event thread (issue #15): see
    :func:`db._fdb_private.safe_event_requeue`, where fdb's private event block is patched."""
    _fdb_private.safe_event_requeue(fdb)


def _quiet_finalizers(fdb) -> None:
    """Keep fdb's finalisers quiet when the connection is already gone.

    fdb frees statements, cursors and BLOB readers in ``__del__``; when the server dies or the link
    drops, each of those calls fails and Python prints "Exception ignored in … Traceback" blocks
    on stderr, around the one-line message the user should see (issue #10: the server killed
    during ``demo``). Those errors carry nothing: the attachment and everything in it are gone, and
    the error that matters has already been raised to the caller. Any other unraisable exception
    still goes to the previous hook.
    """
    previous = sys.unraisablehook

    def hook(unraisable) -> None:
        obj = getattr(unraisable, "object", None)
        owner = getattr(obj, "__qualname__", "") or type(obj).__name__
        if (isinstance(unraisable.exc_value, fdb.DatabaseError) and getattr(obj, "__module__", "").startswith("fdb")
                and owner.endswith("__del__")):
            return
        previous(unraisable)

    sys.unraisablehook = hook


def engine_version_of_library() -> str:
    """The Firebird version of the bundled runtime (e.g. ``5.0.4``)."""
    from firebird.embedded.provider import FirebirdProvider

    return FirebirdProvider().firebird_version
