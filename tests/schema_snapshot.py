"""A database's schema read from the Firebird system tables, for comparing two databases.

Used by tests/arch/test_migration_replay.py: a database upgraded from an old revision must equal a
fresh one. Everything a customer's database holds besides the data is read: tables and views (with
the view text), columns with their types, nullability, defaults and identity, indices with their
segments, constraints (CHECK texts), triggers, procedures and functions with their sources and
parameters, grants, sequences, roles and exceptions.

Names Firebird makes up (``RDB$PRIMARY12``, ``INTEG_40``, ``RDB$123`` domains, ``CHECK_7``
triggers, identity sequences ``RDB$5``) depend on the order objects were created in, so they are
replaced by what they stand for (the table and the columns, or the owning column). Sources are
compared with trailing blanks of each line removed.
"""

from __future__ import annotations

import re
from typing import Any

_AUTO = re.compile(r"^(RDB\$|INTEG_|CHECK_)")


def _s(v: Any) -> Any:
    if isinstance(v, str):
        return "\n".join(line.rstrip() for line in v.strip().splitlines())
    return v


def _rows(conn: Any, sql: str) -> list[tuple]:
    cur = conn.cursor()
    cur.execute(sql)
    out = [tuple(_s(v) for v in row) for row in cur.fetchall()]
    cur.close()
    return out


def snapshot(conn: Any) -> dict[str, set[tuple]]:
    """The schema of the database behind the fdb connection ``conn`` (see the module docstring)."""
    seg = {}
    for index, field, _pos in _rows(
        conn,
        "SELECT TRIM(RDB$INDEX_NAME), TRIM(RDB$FIELD_NAME), RDB$FIELD_POSITION FROM RDB$INDEX_SEGMENTS ORDER BY 1, 3",
    ):
        seg.setdefault(index, []).append(field)
    idx_rows = _rows(
        conn,
        "SELECT TRIM(RDB$INDEX_NAME), TRIM(RDB$RELATION_NAME), RDB$UNIQUE_FLAG, "
        "COALESCE(RDB$INDEX_TYPE, 0), COALESCE(RDB$INDEX_INACTIVE, 0), "
        "TRIM(RDB$FOREIGN_KEY), RDB$EXPRESSION_SOURCE "
        "FROM RDB$INDICES WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0",
    )
    key_of: dict[str, str] = {}
    for name, rel, *_r in idx_rows:
        key_of[name] = name if not _AUTO.match(name) else f"{rel}({','.join(seg.get(name, []))})"
    indices = {
        (key_of[name], rel, uniq, typ, inactive, key_of.get(fk, fk) if fk else None, tuple(seg.get(name, ())), expr)
        for name, rel, uniq, typ, inactive, fk, expr in idx_rows
    }

    check_of = {}  # CHECK_n trigger -> its constraint's key
    for cname, trig in _rows(
        conn, "SELECT TRIM(RDB$CONSTRAINT_NAME), TRIM(RDB$TRIGGER_NAME) FROM RDB$CHECK_CONSTRAINTS"
    ):
        check_of[trig] = cname
    constraints = set()
    for cname, ctype, rel, index in _rows(
        conn,
        "SELECT TRIM(RDB$CONSTRAINT_NAME), TRIM(RDB$CONSTRAINT_TYPE), TRIM(RDB$RELATION_NAME), "
        "TRIM(RDB$INDEX_NAME) FROM RDB$RELATION_CONSTRAINTS "
        "WHERE RDB$RELATION_NAME NOT STARTING WITH 'RDB$' AND RDB$RELATION_NAME NOT STARTING WITH 'MON$' "
        "AND RDB$RELATION_NAME NOT STARTING WITH 'SEC$'",
    ):
        if ctype in ("CHECK", "NOT NULL"):
            continue  # CHECKs by their trigger text below, NOT NULL by the column
        constraints.add(
            (
                cname if not _AUTO.match(cname) else f"{ctype} {key_of.get(index, index)}",
                ctype,
                rel,
                key_of.get(index, index),
            )
        )
    checks = set()
    for trig, rel, src in _rows(
        conn,
        "SELECT TRIM(RDB$TRIGGER_NAME), TRIM(RDB$RELATION_NAME), "
        "RDB$TRIGGER_SOURCE FROM RDB$TRIGGERS "
        "WHERE RDB$SYSTEM_FLAG = 3",
    ):
        cname = check_of.get(trig, trig)
        checks.add((cname if not _AUTO.match(cname) else "CHECK", rel, src))

    columns = set()
    for row in _rows(
        conn,
        """
            SELECT TRIM(rf.RDB$RELATION_NAME), TRIM(rf.RDB$FIELD_NAME), TRIM(rf.RDB$FIELD_SOURCE),
                   f.RDB$FIELD_TYPE, COALESCE(f.RDB$FIELD_SUB_TYPE, 0), f.RDB$FIELD_LENGTH,
                   COALESCE(f.RDB$FIELD_SCALE, 0), COALESCE(f.RDB$FIELD_PRECISION, 0), f.RDB$CHARACTER_LENGTH,
                   COALESCE(rf.RDB$NULL_FLAG, f.RDB$NULL_FLAG, 0),
                   COALESCE(rf.RDB$DEFAULT_SOURCE, f.RDB$DEFAULT_SOURCE),
                   f.RDB$COMPUTED_SOURCE,
                   rf.RDB$IDENTITY_TYPE, COALESCE(f.RDB$CHARACTER_SET_ID, -1), COALESCE(rf.RDB$COLLATION_ID, 0)
            FROM RDB$RELATION_FIELDS rf JOIN RDB$FIELDS f ON f.RDB$FIELD_NAME = rf.RDB$FIELD_SOURCE
            WHERE COALESCE(rf.RDB$SYSTEM_FLAG, 0) = 0""",
    ):
        rel, field, source, *rest = row
        columns.add((rel, field, source if not _AUTO.match(source) else None, *rest))

    privileges = set(
        _rows(
            conn,
            """
            SELECT TRIM(RDB$USER), TRIM(RDB$GRANTOR), TRIM(RDB$PRIVILEGE), COALESCE(RDB$GRANT_OPTION, 0),
                   TRIM(RDB$RELATION_NAME), TRIM(RDB$FIELD_NAME), RDB$USER_TYPE, RDB$OBJECT_TYPE
            FROM RDB$USER_PRIVILEGES
            WHERE RDB$RELATION_NAME NOT STARTING WITH 'RDB$' AND RDB$RELATION_NAME NOT STARTING WITH 'MON$'
              AND RDB$RELATION_NAME NOT STARTING WITH 'SEC$' AND RDB$USER NOT STARTING WITH 'RDB$'""",
        )
    )
    # grants on identity sequences (RDB$n) name the owning column instead
    ident = {
        seq: f"{rel}.{fld}"
        for rel, fld, seq in _rows(
            conn,
            "SELECT TRIM(RDB$RELATION_NAME), TRIM(RDB$FIELD_NAME), TRIM(RDB$GENERATOR_NAME) "
            "FROM RDB$RELATION_FIELDS WHERE RDB$GENERATOR_NAME IS NOT NULL",
        )
    }
    privileges |= {
        (u, g, p, o, ident.get(r, r), f, ut, ot)
        for u, g, p, o, r, f, ut, ot in _rows(
            conn,
            """
            SELECT TRIM(RDB$USER), TRIM(RDB$GRANTOR), TRIM(RDB$PRIVILEGE), COALESCE(RDB$GRANT_OPTION, 0),
                   TRIM(RDB$RELATION_NAME), TRIM(RDB$FIELD_NAME), RDB$USER_TYPE, RDB$OBJECT_TYPE
            FROM RDB$USER_PRIVILEGES WHERE RDB$OBJECT_TYPE = 14 AND RDB$RELATION_NAME STARTING WITH 'RDB$'""",
        )
        if r in ident
    }

    snap = {
        "relations": set(
            _rows(
                conn,
                "SELECT TRIM(RDB$RELATION_NAME), COALESCE(RDB$RELATION_TYPE, 0), "
                "RDB$VIEW_SOURCE FROM RDB$RELATIONS "
                "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0",
            )
        ),
        "columns": columns,
        "indices": indices,
        "constraints": constraints,
        "checks": checks,
        "triggers": set(
            _rows(
                conn,
                "SELECT TRIM(RDB$TRIGGER_NAME), TRIM(RDB$RELATION_NAME), RDB$TRIGGER_TYPE, "
                "RDB$TRIGGER_SEQUENCE, COALESCE(RDB$TRIGGER_INACTIVE, 0), "
                "RDB$TRIGGER_SOURCE FROM RDB$TRIGGERS "
                "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0",
            )
        ),
        "procedures": set(
            _rows(
                conn,
                "SELECT TRIM(RDB$PROCEDURE_NAME), RDB$PROCEDURE_SOURCE "
                "FROM RDB$PROCEDURES WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0",
            )
        ),
        "procedure_parameters": set(
            _rows(
                conn,
                """
            SELECT TRIM(p.RDB$PROCEDURE_NAME), TRIM(p.RDB$PARAMETER_NAME), p.RDB$PARAMETER_TYPE, p.RDB$PARAMETER_NUMBER,
                   f.RDB$FIELD_TYPE, COALESCE(f.RDB$FIELD_SCALE, 0), f.RDB$FIELD_LENGTH, COALESCE(p.RDB$NULL_FLAG, 0)
            FROM RDB$PROCEDURE_PARAMETERS p JOIN RDB$FIELDS f ON f.RDB$FIELD_NAME = p.RDB$FIELD_SOURCE
            WHERE COALESCE(p.RDB$SYSTEM_FLAG, 0) = 0""",
            )
        ),
        "functions": set(
            _rows(
                conn,
                "SELECT TRIM(RDB$FUNCTION_NAME), RDB$FUNCTION_SOURCE "
                "FROM RDB$FUNCTIONS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0",
            )
        ),
        "function_arguments": set(
            _rows(
                conn,
                """
            SELECT TRIM(a.RDB$FUNCTION_NAME), TRIM(a.RDB$ARGUMENT_NAME), a.RDB$ARGUMENT_POSITION,
                   f.RDB$FIELD_TYPE, COALESCE(f.RDB$FIELD_SCALE, 0), f.RDB$FIELD_LENGTH, COALESCE(a.RDB$NULL_FLAG, 0)
            FROM RDB$FUNCTION_ARGUMENTS a JOIN RDB$FIELDS f ON f.RDB$FIELD_NAME = a.RDB$FIELD_SOURCE
            WHERE COALESCE(a.RDB$SYSTEM_FLAG, 0) = 0""",
            )
        ),
        "privileges": privileges,
        "generators": set(
            _rows(
                conn,
                "SELECT TRIM(RDB$GENERATOR_NAME), COALESCE(RDB$INITIAL_VALUE, 0), "
                "COALESCE(RDB$GENERATOR_INCREMENT, 1) FROM RDB$GENERATORS "
                "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 AND RDB$GENERATOR_NAME NOT STARTING WITH 'RDB$'",
            )
        ),
        "roles": set(
            _rows(
                conn,
                "SELECT TRIM(RDB$ROLE_NAME), TRIM(RDB$OWNER_NAME) FROM RDB$ROLES "
                "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0",
            )
        ),
        "exceptions": set(
            _rows(
                conn,
                "SELECT TRIM(RDB$EXCEPTION_NAME), RDB$MESSAGE FROM RDB$EXCEPTIONS "
                "WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0",
            )
        ),
    }
    # a trigger reading an identity sequence names it (GEN_ID(RDB$41, 0)): name the column instead
    gen = re.compile(r"\bRDB\$\d+\b")
    for kind in ("triggers", "procedures", "functions", "relations"):
        snap[kind] = {
            tuple(
                gen.sub(lambda m: f"<sequence of {ident.get(m.group(0), m.group(0))}>", v) if isinstance(v, str) else v
                for v in row
            )
            for row in snap[kind]
        }
    return snap


def differences(
    a: dict[str, set[tuple]], b: dict[str, set[tuple]], a_name: str = "upgraded", b_name: str = "fresh"
) -> list[str]:
    """Readable lines for every row one snapshot has and the other has not."""
    out = []
    for kind in sorted(set(a) | set(b)):
        for row in sorted(a.get(kind, set()) - b.get(kind, set()), key=repr):
            out.append(f"{kind}: only in {a_name}: {_short(row)}")
        for row in sorted(b.get(kind, set()) - a.get(kind, set()), key=repr):
            out.append(f"{kind}: only in {b_name}: {_short(row)}")
    return out


def _short(row: tuple) -> str:
    text = repr(row)
    return text if len(text) < 400 else text[:400] + "…"
