"""The library internals Kartoteka relies on still behave as relied on (issue #14).

Each private use lives in one adapter module (db/_fdb_private.py, db/_sa_private.py,
db/_alembic_private.py; ui/_pyside_workarounds.py has its own test in tests/ui). These tests run
each adapter function against the installed library on a real embedded database: a release that
renames or changes an internal fails here, naming it, instead of inside a save, a bulk load or a
login. setup.py caps the same libraries below their next release.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.schema import CreateTable

from app.context import AppContext, spec_from
from db import _alembic_private, _fdb_private
from db import engine as dbe


@pytest.fixture
def con(embedded_db) -> Iterator[Any]:
    with AppContext(embedded_db) as ctx:
        fairy = ctx.engine.raw_connection()
        try:
            yield fairy.dbapi_connection
        finally:
            fairy.rollback()
            fairy.close()


def test_prepared_statement_handle_sqlda_and_close(con):
    cur = con.cursor()
    ps = cur.prep("SELECT ID FROM TAGS WHERE ID = ? AND NAME = ?")
    assert _fdb_private.is_open(ps)
    sqlda = _fdb_private.input_sqlda(ps)
    assert sqlda.sqld == 2 and len(sqlda.sqlvar) >= 2  # what bulk's fast binder fills in
    cur.execute(ps, [1, "x"])
    cur.fetchall()
    _fdb_private.close_statement(ps)
    assert not _fdb_private.is_open(ps)


def test_prepare_for_cursor_prepares_in_one_transaction_and_runs_in_another(con):
    """ReadChannel.prepare_write: prepared in a READ ONLY transaction, executed in the main one,
    which the prepare did not start."""
    from db.engine import read_tpb

    ro = con.trans(default_tpb=read_tpb())
    ro.begin()
    via = ro.cursor()
    cur = con.main_transaction.cursor()
    ps = _fdb_private.prepare_for_cursor(cur, via, "UPDATE TAGS SET NAME = NAME WHERE ID = ? RETURNING ID")
    via.close()
    ro.commit()
    assert ps.cursor is cur and _fdb_private.is_open(ps)
    assert not con.main_transaction.active
    cur.execute(ps, [-1])  # a write: it would fail in the READ ONLY transaction
    assert cur.fetchone() is None
    assert con.main_transaction.active
    con.main_transaction.rollback()
    _fdb_private.close_statement(ps)


def test_execute_with_sqlda_runs_and_raises_as_fdb(con):
    """bulk's fast binder: its own XSQLDA buffer, executed in the cursor's transaction."""
    import fdb

    from db.bulk import _FastBinder

    cur = con.cursor()
    ps = cur.prep(
        "EXECUTE BLOCK (A INTEGER = ?, B VARCHAR(20) = ?) AS BEGIN "
        "IF (A = 1) THEN EXCEPTION EX_DENIED 'refused: ' || B; END"
    )
    binder = _FastBinder(ps, 2)
    binder.execute(cur, [(0, "fine")])  # goes through _fdb_private.execute_with_sqlda
    with pytest.raises(fdb.DatabaseError, match="refused: no"):
        binder.execute(cur, [(1, "no")])


def test_database_info_raw_reads_the_reply_fdb_would(con):
    import fdb

    raw = _fdb_private.database_info_raw(fdb.fbcore.Connection.close, con, bytes([fdb.isc_info_page_size]))
    assert raw is not None and raw[0] == fdb.isc_info_page_size
    size = int.from_bytes(raw[1:3], "little")
    assert int.from_bytes(raw[3 : 3 + size], "little") == dbe.PAGE_SIZE


def test_field_precision_lookup_is_what_cursor_description_asks(con):
    own = _fdb_private.field_precision_lookup(con)
    assert callable(own)
    asked = []

    def lookup(sqlvar):
        asked.append(bytes(sqlvar.sqlname[: sqlvar.sqlname_length]).decode())
        return 7

    _fdb_private.replace_field_precision(con, lookup)
    try:
        cur = con.cursor()
        cur.execute("SELECT AMOUNT FROM DEALS")
        assert cur.description[0][4] == 7 and asked == ["AMOUNT"]
    finally:
        _fdb_private.restore_field_precision(con)
    cur = con.cursor()
    cur.execute("SELECT AMOUNT FROM DEALS")
    assert cur.description[0][4] == 18  # NUMERIC(18, 2) by fdb's own lookup again


def test_statement_init_is_wrapped_once_and_blobs_come_whole(con):
    import fdb

    assert fdb.fbcore.PreparedStatement._kartoteka_wrapped  # db.fbclient.load() wrapped it
    assert not _fdb_private.wrap_statement_init(lambda ps: None)  # a second wrap changes nothing
    cur = con.cursor()
    piece = "CAST(LPAD('', 8000, 'x') AS BLOB SUB_TYPE TEXT)"
    cur.execute(f"SELECT {' || '.join([piece] * 10)} FROM RDB$DATABASE")
    value = cur.fetchone()[0]
    assert isinstance(value, str) and len(value) == 80000  # not fdb's BlobReader over 64 KB


def test_sqlalchemy_compiler_assigns_the_preparer_we_fix():
    from sqlalchemy.sql.compiler import Compiled

    assert "self.preparer = " in inspect.getsource(Compiled.__init__), (
        "SQLAlchemy's Compiled.__init__ no longer assigns self.preparer: check db/_sa_private.FixedPreparer"
    )


def test_routing_compiler_routes_dml_and_never_ddl():
    from db.fdb_dialect import FBDialect_fdb
    from db.models import metadata
    from db.visibility import VIEW_OF

    dialect = FBDialect_fdb(view_of=VIEW_OF)
    dialect.server_version_info = (3, 0)  # as when connected to the oldest supported server
    clients = metadata.tables["CLIENTS"]
    assert 'FROM "V_CLIENTS"' in str(select(clients.c.id).compile(dialect=dialect))
    assert 'UPDATE "V_CLIENTS"' in str(clients.update().values(name="x").compile(dialect=dialect))
    ddl = str(CreateTable(clients).compile(dialect=dialect))
    assert 'CREATE TABLE "CLIENTS"' in ddl and "V_CLIENTS" not in ddl


def test_alembic_creates_its_version_table_when_asked(tmp_path):
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect as sa_inspect

    spec = spec_from(str(tmp_path / "empty.fdb"))
    dbe.create_database(spec)
    with AppContext(spec, check_schema=False) as ctx, ctx.engine.connect() as conn:
        from db import migrate

        migrate.firebird_impl()
        _alembic_private.ensure_version_table(
            MigrationContext.configure(conn, opts={"version_table": "alembic_version"})
        )
        conn.commit()
        assert sa_inspect(conn).has_table("alembic_version")


def test_openpyxl_write_only_internals_used_by_exports():
    """app/xlsx_rows.py replaces a write-only sheet's ``_values_to_row``; reports/render_xlsx.py
    imports ``WriteOnlyWorksheet`` from ``openpyxl.worksheet._write_only`` and calls
    ``ws._writer.cleanup()`` after a failed save. (Not behind an adapter module yet: both files are
    feature code; app/xlsx_rows.py is openpyxl's de facto adapter.)"""
    import io

    from openpyxl import Workbook, load_workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from app.xlsx_rows import styled_rows

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    assert isinstance(ws, WriteOnlyWorksheet)
    assert styled_rows(ws, ["0.00"]), "openpyxl's write-only sheet has no _values_to_row any more"
    ws.append([1.5])
    out = io.BytesIO()
    wb.save(out)
    cell = load_workbook(io.BytesIO(out.getvalue())).active["A1"]
    assert cell.value == 1.5 and cell.number_format == "0.00"
    ws2 = Workbook(write_only=True).create_sheet("y")
    ws2.append([1])  # the writer exists once a row is written
    ws2.close()  # what render_xlsx does on the way out of a failed save
    ws2._writer.cleanup()


def test_openpyxl_read_only_size_without_reading_the_sheet_through(monkeypatch):
    """app/xlsx_rows.quick_read_only_size replaces ``ReadOnlyWorksheet._get_size`` (openpyxl reads a
    sheet without ``<dimension>`` to its end at every load): the size a sheet states is still read,
    a sheet without one is not parsed at load, and its rows all come out."""
    import io

    from openpyxl import Workbook, load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    from app.xlsx_rows import quick_read_only_size

    assert quick_read_only_size(), "openpyxl's read-only sheet lost _get_size/_get_source or the tags"
    stated = Workbook()
    for i in range(3):
        stated.active.append([i, f"r{i}"])
    out = io.BytesIO()
    stated.save(out)
    ws = load_workbook(io.BytesIO(out.getvalue()), read_only=True)["Sheet"]
    assert (ws.min_row, ws.max_row, ws.max_column) == (1, 3, 2)  # <dimension ref="A1:B3"/>
    wo = Workbook(write_only=True)
    sheet = wo.create_sheet("w")
    for i in range(5000):
        sheet.append([i, "x" * 20])
    out = io.BytesIO()
    wo.save(out)
    read_at_load: list[int] = []
    real_source = ReadOnlyWorksheet._get_source

    def counted_source(self):
        src = real_source(self)
        real_read = src.read

        def read(*args):
            data = real_read(*args)
            read_at_load.append(len(data))
            return data

        src.read = read
        return src

    monkeypatch.setattr(ReadOnlyWorksheet, "_get_source", counted_source)
    wb = load_workbook(io.BytesIO(out.getvalue()), read_only=True)
    monkeypatch.setattr(ReadOnlyWorksheet, "_get_source", real_source)
    # the sheet's XML is ~250 KB; openpyxl's own _get_size reads all of it to find </sheetData>
    assert 0 < sum(read_at_load) <= 64 * 1024, sum(read_at_load)
    ws = wb["w"]
    assert ws.max_row is None and [r[0] for r in ws.iter_rows(values_only=True)] == list(range(5000))


def test_reportlab_canvas_keeps_its_page_size():
    """reports/render_pdf.py reads ``canvas._pagesize`` when it decorates a page."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(io.BytesIO(), pagesize=A4)
    assert tuple(c._pagesize) == tuple(A4)
