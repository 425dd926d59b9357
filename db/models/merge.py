"""Client merges and the duplicate finder's "not duplicates" marks (issue #11).

* ``CLIENT_MERGES``: one row per merge. ``DETAILS`` holds what undo needs (JSON written by
  app/merge.py: the old values of every client, the ids of every child row moved); ``STATE`` is
  DONE or UNDONE; ``SURVIVOR_VERSION`` is the survivor's version right after the merge, so undo is
  refused once somebody has changed the survivor since.
* ``DEDUPE_IGNORED``: a pair of clients a user marked "not duplicates"; the finder skips the pair.
  ``CLIENT_A_ID < CLIENT_B_ID`` (one row per pair).
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import IntPk, LongText, StampN

MERGE_STATES = ("DONE", "UNDONE")


class ClientMerge(Tracked, Base):
    __tablename__ = "CLIENT_MERGES"
    __table_args__ = (CheckConstraint("state IN ('DONE', 'UNDONE')", name="state"),)
    id: Mapped[IntPk]
    survivor_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id"), index=True)
    #: the merged clients' ids, comma-separated (the survivor's first name is in DETAILS)
    merged_ids: Mapped[str] = mapped_column(String(1000), nullable=False)
    merged_count: Mapped[int] = mapped_column(Integer, nullable=False)
    #: rows moved to the survivor, all child tables together
    moved_rows: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    survivor_version: Mapped[int] = mapped_column(Integer, nullable=False)
    state: Mapped[str] = mapped_column(String(6), nullable=False, server_default="DONE")
    undone_at: Mapped[StampN]
    undone_by: Mapped[str | None] = mapped_column(String(63))
    details: Mapped[LongText]


class DedupeIgnored(Tracked, Base):
    __tablename__ = "DEDUPE_IGNORED"
    __table_args__ = (
        UniqueConstraint("client_a_id", "client_b_id"),
        CheckConstraint("client_a_id < client_b_id", name="pair_order"),
    )
    id: Mapped[IntPk]
    client_a_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    client_b_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), index=True)


__all__ = ["ClientMerge", "DedupeIgnored", "MERGE_STATES"]
