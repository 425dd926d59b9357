"""A server object's SQL text, once a revision has applied it, never changes (issue #14, point 2).

A revision reads its files when it runs, so editing ``db/sql/procedures/X.sql`` in place changes
what an *old* revision builds on a new database while every existing database keeps the old
text (revision 0006 and SP_REFRESH_CLIENT_STATS.sql until issue #14). A changed object gets a new
file named after the revision that applies it (``X_v0017.sql``) and the old file stays.

``db/sql/RELEASED.sha256`` lists the files revisions have applied, with their SHA-256 (the format
of ``sha256sum``). New files of a new revision need not be listed at once; list them when the
revision is merged:  ``python -m tests.arch.test_frozen_sql --add``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
SQL_DIR = ROOT / "db" / "sql"
MANIFEST = SQL_DIR / "RELEASED.sha256"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listed() -> dict[str, str]:
    out = {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            out[name.strip()] = digest
    return out


def test_released_sql_files_are_unchanged() -> None:
    listed = _listed()
    assert len(listed) >= 50  # every file of revisions 0001-0013
    changed = [name for name, digest in listed.items() if not (ROOT / name).is_file() or _digest(ROOT / name) != digest]
    assert not changed, (
        "SQL that a released revision applies was changed or removed: "
        + ", ".join(changed)
        + ". Put the new text in a new file named after the new revision (e.g. NAME_v0017.sql) and "
        "load that from the new revision; the old file stays as it was."
    )


def test_every_listed_file_exists() -> None:
    """The list names real files of db/sql (a typo would guard nothing)."""
    files = {p.relative_to(ROOT).as_posix() for p in SQL_DIR.rglob("*.sql")}
    assert set(_listed()) <= files


def _add_missing() -> None:
    listed = _listed()
    new = sorted(
        p.relative_to(ROOT).as_posix() for p in SQL_DIR.rglob("*.sql") if p.relative_to(ROOT).as_posix() not in listed
    )
    with MANIFEST.open("a", encoding="utf-8") as f:
        for name in new:
            f.write(f"{_digest(ROOT / name)}  {name}\n")
    print(f"listed {len(new)} new file(s)")


if __name__ == "__main__" and "--add" in sys.argv:
    _add_missing()
