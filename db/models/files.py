"""File attachments of clients and deals.

The body lives in ``ATTACHMENT_BODIES`` (in the database) or on disk (``disk_path``), chosen per
installation (setting ``files.storage``). Lists read ``ATTACHMENTS`` only, which has no BLOB.
"""
from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import IntPk, Name


class Attachment(Tracked, Base):
    __tablename__ = "ATTACHMENTS"
    __table_args__ = (CheckConstraint("storage IN ('DB', 'DISK')", name="storage"),)
    id: Mapped[IntPk]
    client_id: Mapped[int | None] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("DEALS.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[Name]
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    sha256: Mapped[str | None] = mapped_column(String(64))
    storage: Mapped[str] = mapped_column(String(4), nullable=False, server_default="DB")
    disk_path: Mapped[str | None] = mapped_column(String(500))


class AttachmentBody(Base):
    __tablename__ = "ATTACHMENT_BODIES"
    attachment_id: Mapped[int] = mapped_column(ForeignKey("ATTACHMENTS.id", ondelete="CASCADE"), primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
