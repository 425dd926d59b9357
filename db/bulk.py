"""Fast bulk writes: rows packed into ``EXECUTE BLOCK`` statements (FIREBIRD.md §2.8).

Layer: ``db`` (imports nothing of ours above it, no Qt).

Firebird 3 has no batch API that fdb can reach, and ``executemany`` costs one round trip per row
(200 rows: 21 s at 100 ms RTT). One ``EXECUTE BLOCK (p0_0 INTEGER = ?, ...) AS BEGIN INSERT ...;
INSERT ...; END`` carrying 100 rows took 0.67 s for the same 200 rows (§2.8). This module builds
such packs for any table of :data:`db.models.metadata`:

* :func:`insert_rows` - ``INSERT`` packs;
* :func:`update_rows` - ``UPDATE ... WHERE key = ...`` packs (for example a deal's backdated
  stage moves, each one firing the stage-history trigger in order);
* :func:`reserve_ids` - take a block of values from a table's identity generator, so the caller
  knows the ids of the rows it is about to insert and can insert their children in packs too
  (safe with other writers: ``GEN_ID`` is atomic and outside transactions).

Limits kept for **Firebird 3** whatever the server (a database may move to an FB3 server):

* the SQL text of one statement < 64 KB;
* the declared input message < 64 KB, counting a UTF8 ``VARCHAR(n)`` as ``4n + 2`` bytes
  plus the NULL flag and alignment of every parameter.

String parameters are declared no wider than their column, narrowed to a power-of-two bucket that
holds the longest value of the call: the message is sized by the *declared* width, so
``VARCHAR(200)`` columns holding 30-character names would otherwise cut a pack to a fraction.
Text BLOB columns are passed as ``VARCHAR`` the same way (Firebird converts on assignment), which
saves the per-BLOB create/put/close calls; only values longer than a ``VARCHAR`` can hold fall back
to a real BLOB parameter.

Firebird also allows only 256 relation contexts per statement (an INSERT takes one, a searched
UPDATE two), which caps packs at 255 INSERTs / 127 UPDATEs whatever their width.

Prepared statements are cached per fdb attachment, keyed by SQL text (fdb re-prepares on every
``execute(str)``, §2.5). A call sends full packs and then splits the remainder into packs of
:data:`LADDER_BASE`-power sizes, so a long load prepares each distinct statement once, not once per
pack; :func:`release` drops them after the load. Parameters of the common types are written into
the statement's input buffer in one ``struct.pack_into`` per pack instead of fdb's per-parameter
conversion (3x less client CPU per row, measured); other types go through fdb unchanged.

Contract common to all functions: ``conn`` is a SQLAlchemy ``Connection``; the work joins its
current transaction (nothing is committed here); rows are sequences in the order of the given
columns; values are Python values fdb accepts for the column's type (``str``, ``int``,
``Decimal``, ``datetime``, ``date``, ``bool``, ``None``).
"""
from __future__ import annotations

import ctypes
import datetime as dt
import functools
import re
import struct
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import types as sat
from sqlalchemy.engine import Connection
from sqlalchemy.schema import Column, Table

from db import _fdb_private

#: Firebird 3 caps a statement's SQL text at 64 KB (FB4+: 10 MB); keep a margin.
MAX_SQL_BYTES = 63 * 1024
#: ... and a message (the block's input parameters) at 64 KB; keep a margin.
MAX_MESSAGE_BYTES = 63 * 1024
#: Firebird allows 256 "contexts" (relation references) per statement: an INSERT takes one, an
#: UPDATE ... WHERE two ("Too many Contexts of Relation/Procedure/Views", measured on FB5 and the
#: same limit in FB3), so this caps a pack as much as the 64 KB limits do.
MAX_CONTEXTS = 255
#: Default cap on rows per pack. 100 rows per statement measured 0.67 s for 200 rows over a
#: 100 ms WAN (§2.8); 200 was no faster for the 100k-client demo load (the engine's trigger work
#: dominates) and each prepared statement holds about twice the engine memory.
DEFAULT_PACK = 100
#: The widest VARCHAR a UTF8 parameter can be (32765 bytes / 4).
MAX_VARCHAR_CHARS = 8191
#: Bytes a UTF8 character may take in a declared message.
UTF8_BYTES = 4

_FIXED_SIZES = {
    "SMALLINT": 2,
    "INTEGER": 4,
    "BIGINT": 8,
    "FLOAT": 4,
    "DOUBLE PRECISION": 8,
    "DATE": 4,
    "TIME": 4,
    "TIMESTAMP": 8,
    "BOOLEAN": 1,
    "BLOB SUB_TYPE TEXT": 8,
    "BLOB SUB_TYPE BINARY": 8,
    "BLOB": 8,
}
_VARCHAR_RE = re.compile(r"^(VARCHAR|CHAR)\((\d+)\)$")
_NUMERIC_RE = re.compile(r"^(NUMERIC|DECIMAL)\((\d+),\s*(\d+)\)$")


@dataclass(frozen=True)
class Param:
    """One declared parameter type of a pack and its worst-case size in the input message."""

    sql_type: str
    message_bytes: int


def _column(table: Table, name: str) -> Column:
    try:
        return table.c[name]
    except KeyError:
        # callers may spell columns upper-case like Firebird does
        for c in table.columns:
            if c.name.upper() == name.upper():
                return c
        raise KeyError(f"{table.name} has no column {name!r}") from None


def _bucket(n: int) -> int:
    """Smallest power of two >= n (at least 8), so declared widths repeat between calls."""
    b = 8
    while b < n:
        b *= 2
    return b


def _type_sql(col: Column, dialect: Any) -> str:
    """The column's type as Firebird 3 accepts it in a parameter declaration."""
    text = col.type.compile(dialect=dialect).upper()
    # sqlalchemy-firebird emits FB4+ spellings; FB3 only knows the bare names
    text = text.replace(" WITHOUT TIME ZONE", "")
    text = re.sub(r"\s+CHARACTER SET\s+\w+", "", text)
    text = re.sub(r"\s+COLLATE\s+\w+", "", text)
    return " ".join(text.split())


def message_size(sql_type: str) -> int:
    """Worst-case bytes of one parameter of ``sql_type`` in the input message (UTF8 strings).

    Value, 2-byte NULL flag, and up to 7 bytes of alignment padding (conservative).
    """
    t = sql_type.upper()
    m = _VARCHAR_RE.match(t)
    if m:
        n = int(m.group(2)) * UTF8_BYTES + (2 if m.group(1) == "VARCHAR" else 0)
    else:
        m = _NUMERIC_RE.match(t)
        if m:
            p = int(m.group(2))
            n = 2 if p <= 4 else 4 if p <= 9 else 8
        else:
            fixed = _FIXED_SIZES.get(t)
            if fixed is None and not t.startswith("BLOB"):
                raise ValueError(f"no message size known for parameter type {sql_type!r}")
            n = 8 if fixed is None else fixed
    return n + 2 + 7


def _param_for(col: Column, dialect: Any, values: Iterable[Any]) -> Param:
    """Declared parameter type for ``col`` given the values it will carry in this call."""
    t = col.type
    if isinstance(t, sat.String) and not isinstance(t, sat.Enum):
        longest = max((len(v) if isinstance(v, str) else len(str(v)) for v in values
                       if v is not None and not isinstance(v, (bytes, bytearray))), default=0)
        length = t.length
        if isinstance(t, sat.Text) or length is None:
            if longest > MAX_VARCHAR_CHARS:
                sql = "BLOB SUB_TYPE TEXT"
                return Param(sql, message_size(sql))
            width = min(_bucket(longest), MAX_VARCHAR_CHARS)
        else:
            width = min(_bucket(longest), length)
        sql = f"VARCHAR({width})"
        return Param(sql, message_size(sql))
    sql = _type_sql(col, dialect)
    return Param(sql, message_size(sql))


def _quote(name: str) -> str:
    return '"' + name.upper().replace('"', '""') + '"'


#: Remainder pack sizes are powers of this: each distinct size is one more prepared statement
#: (about 1.5 MB of engine memory for a 200-row EXECUTE BLOCK, measured embedded), so 4 keeps a
#: table to about 5 statements at the cost of a few more executions per call.
LADDER_BASE = 4


def _ladder(full: int) -> list[int]:
    """Pack sizes used: the full pack, then the powers of :data:`LADDER_BASE` below it."""
    sizes = [full]
    p = 1
    while p * LADDER_BASE < full:
        p *= LADDER_BASE
    while p >= 1:
        if p < full:
            sizes.append(p)
        p //= LADDER_BASE
    return sizes


def _split(n: int, full: int) -> list[int]:
    """``n`` rows as full packs, then the remainder in as few ladder-sized packs as possible."""
    out = [full] * (n // full)
    rest = n % full
    for size in _ladder(full)[1:]:
        while rest >= size:
            out.append(size)
            rest -= size
    return out


_MJD_EPOCH = dt.date(1858, 11, 17).toordinal()  # ISC_DATE counts days from here

# kinds of parameters the fast binder handles (anything else goes through fdb's own conversion)
_K_INT, _K_SCALED, _K_TS, _K_DATE, _K_TIME, _K_BOOL, _K_VARY, _K_DOUBLE = range(8)


class _FastBinder:
    """Writes a whole pack's parameters into one buffer with a single ``struct.pack_into``.

    fdb converts every parameter in Python with several ctypes allocations (about 5 µs each;
    FIREBIRD.md §2.8's packs spend most of their client time there). Here the input XSQLDA of the
    prepared statement is pointed once at fixed slots of one buffer (value and NULL flag per
    parameter, native layout, 8-byte aligned), and each execution only packs the values and calls
    ``isc_dsql_execute2``. Built only when every described parameter is of a handled type; the
    statement must be executed by :meth:`execute` only (fdb's own ``execute`` would rewrite the
    XSQLDA).
    """

    def __init__(self, ps: Any, width: int):
        from fdb import ibase

        sqlda = _fdb_private.input_sqlda(ps)
        n = sqlda.sqld
        if n == 0 or n % width:
            raise TypeError("parameter count is not a multiple of the row width")
        kinds: list[int] = []
        extras: list[int] = []
        slot_fmts: list[str] = []
        nulls: list[tuple[Any, ...]] = []
        for j in range(width):
            var = sqlda.sqlvar[j]
            t, scale, length = var.sqltype & ~1, var.sqlscale, var.sqllen
            int_fmt = {ibase.SQL_SHORT: "h", ibase.SQL_LONG: "i", ibase.SQL_INT64: "q"}.get(t)
            if int_fmt:
                kinds.append(_K_SCALED if scale else _K_INT)
                extras.append(-scale)
                slot_fmts.append(int_fmt)
                nulls.append((0,))
            else:
                slot = {
                    ibase.SQL_TIMESTAMP: (_K_TS, 0, "iI", (0, 0)),
                    ibase.SQL_TYPE_DATE: (_K_DATE, 0, "i", (0,)),
                    ibase.SQL_TYPE_TIME: (_K_TIME, 0, "I", (0,)),
                    ibase.SQL_VARYING: (_K_VARY, length, f"H{length}s", (0, b"")),
                    ibase.SQL_DOUBLE: (_K_DOUBLE, 0, "d", (0.0,)),
                }.get(t)
                if t == ibase.SQL_BOOLEAN and length == 1:
                    slot = (_K_BOOL, 0, "B", (0,))
                if slot is None:
                    raise TypeError(f"parameter type {t} is left to fdb")
                kinds.append(slot[0])
                extras.append(slot[1])
                slot_fmts.append(slot[2])
                nulls.append(slot[3])
        for i in range(width, n):  # every row repeats the first row's types
            var, first = sqlda.sqlvar[i], sqlda.sqlvar[i % width]
            if (var.sqltype, var.sqlscale, var.sqllen) != (first.sqltype, first.sqlscale, first.sqllen):
                raise TypeError("rows of the pack differ in parameter types")
        fmt = ["=" + "h" * n]
        offsets = []
        off = 2 * n
        for i in range(n):
            pad = -off % 8
            fmt.append(f"{pad}x{slot_fmts[i % width]}")
            off += pad
            offsets.append(off)
            off += struct.calcsize("=" + slot_fmts[i % width])
        self.struct = struct.Struct("".join(fmt))
        self.buffer = ctypes.create_string_buffer(self.struct.size)
        base = ctypes.addressof(self.buffer)
        short_p = ctypes.POINTER(ibase.ISC_SHORT)
        char_p = ctypes.POINTER(ctypes.c_char)
        for i in range(n):
            var = sqlda.sqlvar[i]
            var.sqltype = (var.sqltype & ~1) | 1  # nullable: the server reads our NULL flag
            var.sqlind = ctypes.cast(base + 2 * i, short_p)
            var.sqldata = ctypes.cast(base + offsets[i], char_p)
        self.ps = ps
        self.n = n
        self.width = width
        self.kinds = kinds
        self.extras = extras
        self.nulls = nulls
        self.sqlda_ptr = ctypes.cast(ctypes.pointer(sqlda), ibase.XSQLDA_PTR)
        self.status = ibase.ISC_STATUS_ARRAY()

    def execute(self, cursor: Any, rows: Sequence[Sequence[Any]]) -> None:
        inds: list[int] = []
        data: list[Any] = []
        ind, put, put2 = inds.append, data.append, data.extend
        kinds, extras, nulls, width = self.kinds, self.extras, self.nulls, self.width
        for row in rows:
            if len(row) != width:
                raise ValueError(f"row has {len(row)} values, expected {width}")
            for j in range(width):
                v = row[j]
                if v is None:
                    ind(-1)
                    put2(nulls[j])
                    continue
                ind(0)
                k = kinds[j]
                if k == _K_VARY:
                    if isinstance(v, str):
                        b = v.encode("utf-8")
                    elif isinstance(v, (bytes, bytearray)):
                        b = bytes(v)
                    else:  # numbers and the like into a text column: their text, as fdb does
                        b = str(v).encode("utf-8")
                    if len(b) > extras[j]:
                        raise ValueError(f"value of column {j} is too long for its parameter: {v!r:.80}")
                    put(len(b))
                    put(b)
                elif k == _K_INT:
                    put(int(v))
                elif k == _K_TS:
                    if isinstance(v, dt.datetime):
                        put(v.toordinal() - _MJD_EPOCH)
                        put((v.hour * 3600 + v.minute * 60 + v.second) * 10000 + v.microsecond // 100)
                    else:
                        put(v.toordinal() - _MJD_EPOCH)
                        put(0)
                elif k == _K_SCALED:
                    if isinstance(v, Decimal):
                        put(int(v.scaleb(extras[j]).to_integral_value()))
                    else:
                        put(int(round(v * 10 ** extras[j])))
                elif k == _K_DATE:
                    put(v.toordinal() - _MJD_EPOCH)
                elif k == _K_BOOL:
                    put(1 if v else 0)
                elif k == _K_TIME:
                    put((v.hour * 3600 + v.minute * 60 + v.second) * 10000 + v.microsecond // 100)
                else:
                    put(float(v))
        if len(inds) != self.n:
            raise ValueError(f"pack has {len(inds)} values, statement expects {self.n}")
        self.struct.pack_into(self.buffer, 0, *inds, *data)
        _fdb_private.execute_with_sqlda(cursor, self.ps, self.status, self.sqlda_ptr)


#: Use :class:`_FastBinder` where it applies (switch off to compare with fdb's own conversion).
FAST_BIND = True


class _Statements:
    """Prepared EXECUTE BLOCKs of one fdb attachment, keyed by SQL text.

    fdb's commit closes the cursor's result set but keeps prepared statements usable (their
    handles are per attachment, not per transaction), so the cache outlives transactions; the
    cursor re-starts the connection's main transaction when needed, which is the one SQLAlchemy
    commits.
    """

    def __init__(self, con: Any):
        self.cursor = con.cursor()
        self.prepared: dict[str, tuple[Any, _FastBinder | None]] = {}
        self.select_cursor = con.cursor()
        self.selects: dict[str, Any] = {}
        self.generators: dict[tuple[str, str], str] = {}
        self.prepares = 0
        self.executions = 0

    def run(self, sql: str, rows: Sequence[Sequence[Any]], width: int) -> None:
        entry = self.prepared.get(sql)
        if entry is None or not _fdb_private.is_open(entry[0]):
            ps = self.cursor.prep(sql)
            binder = None
            if FAST_BIND:
                try:
                    binder = _FastBinder(ps, width)
                except TypeError:
                    binder = None
            entry = self.prepared[sql] = (ps, binder)
            self.prepares += 1
        ps, binder = entry
        if binder is not None:
            binder.execute(self.cursor, rows)
        else:
            flat: list[Any] = []
            for row in rows:
                if len(row) != width:
                    raise ValueError(f"row has {len(row)} values, expected {width}")
                flat.extend(row)
            self.cursor.execute(ps, flat)
        self.executions += 1


    def select(self, sql: str, params: Sequence[Any]) -> list[tuple]:
        ps = self.selects.get(sql)
        if ps is None or not _fdb_private.is_open(ps):
            ps = self.selects[sql] = self.select_cursor.prep(sql)
            self.prepares += 1
        self.select_cursor.execute(ps, list(params))
        rows = [tuple(r) for r in self.select_cursor.fetchall()]
        self.executions += 1
        return rows


_caches: weakref.WeakKeyDictionary[Any, _Statements] = weakref.WeakKeyDictionary()


def _statements(conn: Connection) -> _Statements:
    if not conn.in_transaction():
        # autobegin, as conn.execute() would: otherwise the caller's conn.commit() is a no-op and
        # the pool's reset-on-return rolls the rows back
        conn.begin()
    con = conn.connection.dbapi_connection
    st = _caches.get(con)
    if st is None:
        st = _caches[con] = _Statements(con)
    return st


def release(conn: Connection) -> None:
    """Drop the statements this module prepared on ``conn``'s attachment (after a large load:
    each holds engine memory on the server, or in this process when embedded).

    Safe in a ``finally`` after an interrupted load: a connection SQLAlchemy has invalidated (Ctrl+C
    or a dropped link inside a statement) raises on ``conn.connection``; its statements go with the
    attachment, and the original exception must reach the caller instead of that one."""
    try:
        con = conn.connection.dbapi_connection
    except Exception:  # noqa: BLE001 - PendingRollbackError & co.: nothing of ours left to free
        return
    st = _caches.pop(con, None)
    if st is None:
        return
    for ps in [e[0] for e in st.prepared.values()] + list(st.selects.values()):
        try:
            _fdb_private.close_statement(ps)
        except Exception:  # noqa: BLE001 - the attachment may be gone; nothing left to free then
            pass
    st.prepared.clear()
    st.selects.clear()


def select_in(conn: Connection, sql: str, values: Sequence[Any], *, block: int = 500,
              fixed: Sequence[Any] = ()) -> list[tuple]:
    """Run ``sql`` (with ``{marks}`` where an ``IN (...)`` list of ``?`` goes, after the ``fixed``
    parameters) for ``values`` in blocks of exactly ``block`` markers, the last block padded by
    repeating its last value, so every block runs the same statement, prepared once per attachment
    and kept until :func:`release` (a look-up per chunk of an import costs one execution and its
    fetches, not a prepare: fdb re-prepares every ``execute(str)``). Joins the current transaction.
    Rows of all blocks, in block order (a padded value may repeat a row: callers key by value)."""
    if not values:
        return []
    st = _statements(conn)
    q = sql.replace("{marks}", ", ".join("?" * block))
    out: list[tuple] = []
    vals = list(values)
    for i in range(0, len(vals), block):
        part = vals[i:i + block]
        part += [part[-1]] * (block - len(part))
        out.extend(st.select(q, [*fixed, *part]))
    return out


def stats(conn: Connection) -> tuple[int, int]:
    """(prepares, executions) sent by this module on ``conn``'s attachment (tests, benchmarks)."""
    st = _statements(conn)
    return st.prepares, st.executions


def pack_size(param_types: Sequence[str], body: str, *, pack: int | None = None, contexts: int = 1) -> int:
    """Rows per pack for a per-row ``body`` with parameters of ``param_types``: the largest count
    that keeps the declared input message and the SQL text under Firebird 3's 64 KB and the
    relation contexts (``contexts`` per row) under :data:`MAX_CONTEXTS`, and at most ``pack``
    (default :data:`DEFAULT_PACK`). Raises ``ValueError`` when one row does not fit.
    """
    types = tuple(param_types)
    row_msg = sum(message_size(t) for t in types)
    n = min(MAX_MESSAGE_BYTES // max(row_msg, 1), MAX_CONTEXTS // max(contexts, 1), pack or DEFAULT_PACK)
    # the SQL grows a little faster than linearly (p9_0 -> p99_0), so measure the real text
    while n >= 1:
        size = len(_block(types, body, n).encode())
        if size <= MAX_SQL_BYTES:
            break
        n = min(n - 1, n * MAX_SQL_BYTES // size)
    if n < 1:
        raise ValueError(f"one row of {body[:40]!r}... needs {row_msg} message bytes: too wide for a "
                         "Firebird 3 statement")
    return n


@functools.lru_cache(maxsize=256)
def _block(decl_types: tuple[str, ...], body: str, n: int) -> str:
    """``EXECUTE BLOCK`` for ``n`` rows: parameters ``p<row>_<col>`` and ``body`` per row, where
    ``body`` refers to them as ``:p{r}_<col>`` (``{r}`` replaced by the row number)."""
    decls = ", ".join(f"p{r}_{j} {t} = ?" for r in range(n) for j, t in enumerate(decl_types))
    stmts = " ".join(body.replace("{r}", str(r)) for r in range(n))
    return f"EXECUTE BLOCK ({decls}) AS BEGIN {stmts} END"


def _run_packs(conn: Connection, params: Sequence[Param], body: str, rows: Sequence[Sequence[Any]],
               pack: int | None, contexts: int) -> int:
    width = len(params)
    types = tuple(p.sql_type for p in params)
    full = pack_size(types, body, pack=pack, contexts=contexts)
    st = _statements(conn)
    pos = 0
    for n in _split(len(rows), full):
        st.run(_block(types, body, n), rows[pos:pos + n], width)
        pos += n
    return pos


def _check_width(rows: Sequence[Sequence[Any]], width: int) -> None:
    for i, row in enumerate(rows):
        if len(row) != width:
            raise ValueError(f"row {i} has {len(row)} values, expected {width}")


def _table(table_name: str) -> Table:
    from db.models import metadata  # the models are part of db; imported late to keep this light

    try:
        return metadata.tables[table_name]
    except KeyError:
        for name, t in metadata.tables.items():
            if name.upper() == table_name.upper():
                return t
        raise KeyError(f"unknown table {table_name!r}") from None


def insert_rows(conn: Connection, table_name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], *,
                pack: int | None = None) -> int:
    """Insert ``rows`` (value tuples in ``columns`` order) into ``table_name`` in EXECUTE BLOCK
    packs of at most ``pack`` rows (default :data:`DEFAULT_PACK`, fewer if a 64 KB limit of
    Firebird 3 says so). Triggers fire per row as for single inserts. Returns the rows inserted.
    """
    if not rows:
        return 0
    table = _table(table_name)
    cols = [_column(table, c) for c in columns]
    _check_width(rows, len(cols))
    dialect = conn.dialect
    params = [_param_for(c, dialect, (r[j] for r in rows)) for j, c in enumerate(cols)]
    col_list = ", ".join(_quote(c.name) for c in cols)
    values = ", ".join(f":p{{r}}_{j}" for j in range(len(cols)))
    # through the visibility view, like every DML of the app (db/visibility.py, issue #4)
    from db.visibility import VIEW_OF

    body = f"INSERT INTO {_quote(VIEW_OF.get(table.name, table.name))} ({col_list}) VALUES ({values});"
    return _run_packs(conn, params, body, rows, pack, 1)


def update_rows(conn: Connection, table_name: str, set_columns: Sequence[str], key_columns: Sequence[str],
                rows: Sequence[Sequence[Any]], *, pack: int | None = None) -> int:
    """Run ``UPDATE table SET set_columns... WHERE key_columns... = ...`` once per row, in packs.

    Each row holds the new values of ``set_columns`` followed by the key values. Statements run in
    row order, so several updates of one record (a deal's stage path) happen in sequence and each
    fires the triggers. Returns the number of statements run (not the rows they matched).
    """
    if not rows:
        return 0
    table = _table(table_name)
    cols = [_column(table, c) for c in (*set_columns, *key_columns)]
    _check_width(rows, len(cols))
    dialect = conn.dialect
    params = [_param_for(c, dialect, (r[j] for r in rows)) for j, c in enumerate(cols)]
    ns = len(set_columns)
    sets = ", ".join(f"{_quote(c.name)} = :p{{r}}_{j}" for j, c in enumerate(cols[:ns]))
    where = " AND ".join(f"{_quote(c.name)} = :p{{r}}_{ns + j}" for j, c in enumerate(cols[ns:]))
    from db.visibility import VIEW_OF

    body = f"UPDATE {_quote(VIEW_OF.get(table.name, table.name))} SET {sets} WHERE {where};"
    return _run_packs(conn, params, body, rows, pack, 2)


def execute_block(conn: Connection, param_types: Sequence[str], body: str, rows: Sequence[Sequence[Any]], *,
                  pack: int | None = None, contexts: int = 2) -> int:
    """Run a hand-written per-row PSQL ``body`` for every row, packed like :func:`insert_rows`.

    ``param_types`` declares the row's parameters (``["INTEGER", "VARCHAR(40)"]``); ``body`` refers
    to them as ``:p{r}_0``, ``:p{r}_1``... (``{r}`` is replaced by the row number in the pack) and
    must be self-contained per row (for example an ``INSERT ... RETURNING ID INTO`` needs its own
    variable, which an EXECUTE BLOCK only gets by ``DECLARE``: keep such bodies in one statement).
    ``contexts`` is how many relation contexts one row's body takes (1 per INSERT ... VALUES, 2 per
    searched UPDATE/DELETE, more for sub-queries). Returns the number of rows run.
    """
    if not rows:
        return 0
    params = [Param(t, message_size(t)) for t in param_types]
    return _run_packs(conn, params, body, rows, pack, contexts)


def identity_generator(conn: Connection, table_name: str, column: str = "ID") -> str:
    """The name of the generator behind ``table_name.column``'s identity (FB3+ system table)."""
    from sqlalchemy import text

    name = conn.execute(
        text("SELECT TRIM(RDB$GENERATOR_NAME) FROM RDB$RELATION_FIELDS "
             "WHERE RDB$RELATION_NAME = :t AND RDB$FIELD_NAME = :c"),
        {"t": table_name.upper(), "c": column.upper()},
    ).scalar()
    if not name:
        raise KeyError(f"{table_name}.{column} is not an identity column")
    return str(name)


def reserve_ids(conn: Connection, table_name: str, n: int, column: str = "ID") -> range:
    """Take ``n`` consecutive values from the identity generator of ``table_name.column``.

    Returns the range of reserved ids; rows inserted with them (``GENERATED BY DEFAULT`` identity)
    never collide with ids the identity hands out later or to other writers, because ``GEN_ID`` is
    atomic and not undone by a rollback (a failed load leaves a gap, nothing worse).
    """

    if n <= 0:
        return range(0)
    return reserve_ids_many(conn, {table_name: n}, column)[table_name]


def reserve_ids_many(conn: Connection, wanted: dict[str, int], column: str = "ID") -> dict[str, range]:
    """:func:`reserve_ids` for several tables in one statement (one round trip, not one per table).

    The generator behind each identity is looked up once per attachment and remembered (its name
    differs between databases: ``RDB$<n>``)."""
    from sqlalchemy import text

    wanted = {t: int(n) for t, n in wanted.items() if n > 0}
    if not wanted:
        return {}
    st = _statements(conn)
    missing = [t.upper() for t in wanted if (t.upper(), column.upper()) not in st.generators]
    if missing:
        marks = ", ".join(f":t{i}" for i in range(len(missing)))
        params = {f"t{i}": t for i, t in enumerate(missing)}
        params["c"] = column.upper()
        found: Any = conn.execute(text(
                f"SELECT TRIM(RDB$RELATION_NAME), TRIM(RDB$GENERATOR_NAME) FROM RDB$RELATION_FIELDS "
                f"WHERE RDB$FIELD_NAME = :c AND RDB$RELATION_NAME IN ({marks})"), params)
        for rel, gen in found:
            if gen:
                st.generators[(rel, column.upper())] = gen
    gens = []
    for t in wanted:
        key = (t.upper(), column.upper())
        if key not in st.generators:
            raise KeyError(f"{t}.{column} is not an identity column")
        gens.append(st.generators[key])
    cols = ", ".join(f'GEN_ID("{g}", {n})' for g, n in zip(gens, wanted.values(), strict=True))
    row: Any = conn.execute(text(f"SELECT {cols} FROM RDB$DATABASE")).fetchone()
    return {t: range(int(last) - n + 1, int(last) + 1) for (t, n), last in zip(wanted.items(), row, strict=True)}


def refresh_index_statistics(conn: Connection) -> int:
    """Recompute the selectivity of every user index (``SET STATISTICS INDEX``) and commit; the
    number of indexes. Firebird keeps the selectivity it measured when an index was built, so the
    indexes of a database created empty and then bulk-loaded all claim to be perfectly selective
    (0.0) and the optimizer picks them for conditions that match every row (a walk of
    FK_CLIENTS_MERGED_INTO_ID over 100,000 NULLs for "not merged"; issue #12: ``clients.contacts``
    2.1 → 1.0 s on the 100,000-client demo). Needs ALTER rights on the tables (an administrator);
    about 2 s for the 225 indexes of that demo. Without those rights nothing changes and 0 is
    returned: statistics only steer the optimizer, they never change a result."""
    raw = conn.connection.dbapi_connection  # committed below the SQLAlchemy transaction, as DDL is
    names = [r[0].strip() for r in conn.exec_driver_sql(
        "SELECT RDB$INDEX_NAME FROM RDB$INDICES WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0 "
        "AND RDB$INDEX_INACTIVE IS DISTINCT FROM 1").all()]
    try:
        for name in names:
            conn.exec_driver_sql(f"SET STATISTICS INDEX {_quote(name)}")
    except Exception:  # not the tables' owner or an administrator (fdb and SQLAlchemy errors alike)
        raw.rollback()
        return 0
    raw.commit()
    return len(names)
