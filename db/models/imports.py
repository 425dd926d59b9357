"""Import batches, their per-row log and saved column mappings (issue #11).

* ``IMPORT_BATCHES``: one row per import run (who, when, which file, the mapping used, the
  duplicate policy, the counts and the state RUNNING → DONE / CANCELLED / FAILED → UNDONE). Written
  only by the procedures ``SP_IMPORT_BEGIN/ATTACH/FINISH``: no login has a grant on the table, so
  a batch cannot be forged, reopened or attached to somebody else's transaction. ``TX_ID`` is the
  transaction the batch is attached to while it writes; ``F_MAY_BACKDATE`` reads it.
* ``IMPORT_ROWS``: the fate of every source row that changed something (created / updated) and of
  every row that did not (skipped / failed, with the reason), with the record's id and, for an
  update, the old values as JSON so that ``import undo`` can restore them. Inserted by the owner
  only while the batch is attached to the inserting transaction (guard trigger).
* ``IMPORT_MAPPINGS``: column mappings saved by name, reusable from the screen and the CLI.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import IntPk, Name, Stamp, StampN

IMPORT_KINDS = ("CLIENTS", "DEALS")
IMPORT_STATES = ("RUNNING", "DONE", "CANCELLED", "FAILED", "UNDONE")
IMPORT_POLICIES = ("SKIP", "UPDATE", "OVERWRITE", "CREATE")
ROW_FATES = ("CREATED", "UPDATED", "SKIPPED", "FAILED")


class ImportBatch(Base):
    __tablename__ = "IMPORT_BATCHES"
    __table_args__ = (
        CheckConstraint("kind IN ('CLIENTS', 'DEALS')", name="kind"),
        CheckConstraint("state IN ('RUNNING', 'DONE', 'CANCELLED', 'FAILED', 'UNDONE')", name="state"),
        CheckConstraint("on_duplicate IN ('SKIP', 'UPDATE', 'OVERWRITE', 'CREATE')", name="on_duplicate"),
        Index("IX_IMPORT_BATCHES_TX", "tx_id"),
        Index("IX_IMPORT_BATCHES_OWNER", "owner_login", "id"),
    )
    id: Mapped[IntPk]
    kind: Mapped[str] = mapped_column(String(7), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    file_format: Mapped[str | None] = mapped_column(String(10))
    on_duplicate: Mapped[str] = mapped_column(String(9), nullable=False, server_default="SKIP")
    mapping: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(9), nullable=False, server_default="RUNNING")
    owner_login: Mapped[str] = mapped_column(String(63), nullable=False)
    tx_id: Mapped[int | None] = mapped_column(BigInteger)
    started_at: Mapped[Stamp]
    finished_at: Mapped[StampN]
    rows_total: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_created: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_updated: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_skipped: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    rows_failed: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    undone_at: Mapped[StampN]
    undone_by: Mapped[str | None] = mapped_column(String(63))


class ImportRow(Base):
    __tablename__ = "IMPORT_ROWS"
    __table_args__ = (
        CheckConstraint("fate IN ('CREATED', 'UPDATED', 'SKIPPED', 'FAILED')", name="fate"),
        Index("IX_IMPORT_ROWS_BATCH_ROW", "batch_id", "row_no"),
        Index("IX_IMPORT_ROWS_ENTITY_REC", "entity", "record_id"),
    )
    id: Mapped[IntPk]
    batch_id: Mapped[int] = mapped_column(ForeignKey("IMPORT_BATCHES.id", ondelete="CASCADE"), nullable=False)
    row_no: Mapped[int] = mapped_column(Integer, nullable=False)
    fate: Mapped[str] = mapped_column(String(7), nullable=False)
    #: CLIENT or DEAL (a deals import that creates the deal's client logs both)
    entity: Mapped[str | None] = mapped_column(String(6))
    record_id: Mapped[int | None] = mapped_column(Integer)
    #: the record's VERSION right after the import wrote it (undo leaves it alone if it moved on)
    rec_version: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(500))
    #: JSON: {"fields": {column: old value}, "added": {"PHONES": [ids], ...}} for an update
    old_values: Mapped[str | None] = mapped_column(Text)
    #: set by TRG_IMPORT_ROWS_PROOF only: a CREATED row whose record this batch's own transaction
    #: inserted (revision 0015); only such rows let SP_IMPORT_UNDO_RECORD delete their record
    proven: Mapped[bool | None] = mapped_column(Boolean)


class ImportMapping(Tracked, Base):
    __tablename__ = "IMPORT_MAPPINGS"
    __table_args__ = (
        UniqueConstraint("kind", "name"),
        CheckConstraint("kind IN ('CLIENTS', 'DEALS')", name="kind"),
    )
    id: Mapped[IntPk]
    kind: Mapped[str] = mapped_column(String(7), nullable=False)
    name: Mapped[Name]
    #: JSON of app.imports.Mapping
    mapping: Mapped[str] = mapped_column(Text, nullable=False)
