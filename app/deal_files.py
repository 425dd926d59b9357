"""Files of a deal (issue #5, the deal card's Files tab): list, attach, delete.

Layer: ``app`` (pure Python; imports ``db`` only). Storage, size limits, checksums and reading a
body back are :mod:`app.files`' (one place decides DB vs. disk); this module only ties a file to
a deal: it is stored with the deal's ``DEAL_ID`` *and* its client's ``CLIENT_ID``, so the file is
also listed on the client's card, and it reports a ``deal`` change besides the ``client`` one so
open deal cards refresh. Visibility: ``V_ATTACHMENTS`` shows a file to whoever sees its client or
its deal (migration 0004), so a deal's files follow the deal.
"""
from __future__ import annotations

from app import files, uow
from app.changes import DEAL, Changes
from app.clients import Saved
from app.context import AppContext
from app.errors import UserError
from app.files import FileItem
from app.i18n import translate

__all__ = ["FileItem", "attach_deal_file", "deal_files", "delete_deal_file"]


LIST_SQL = files.LIST_SQL_OF.format(owner="DEAL_ID")
_DEAL_CLIENT_SQL = "SELECT d.CLIENT_ID FROM DEALS d WHERE d.ID = ?"


def deal_files(ctx: AppContext, deal_id: int) -> list[FileItem]:
    """The deal's files, newest first (at most 500; names and sizes only, never a body)."""
    return files.list_files(ctx, LIST_SQL, deal_id)


def attach_deal_file(ctx: AppContext, deal_id: int, file_name: str, data: bytes) -> Saved:
    """Store a file on the deal (and its client's card) in one transaction; ``Saved.id`` is the
    attachment. A deal that is gone or invisible raises UserError; a nameless or too large file
    raises ValidationError (see :func:`app.files.attach_file`)."""
    rows = uow.read(ctx, _DEAL_CLIENT_SQL, (deal_id,))
    if not rows:
        raise UserError(translate("app.deals", "This deal no longer exists (deleted by another user) or is not visible to you."))
    client_id = rows[0][0]
    saved = files.attach_file(ctx, client_id, file_name, data, deal_id=deal_id)
    return Saved(saved.id, saved.version, saved.changes | Changes.of(DEAL, deal_id))


def delete_deal_file(ctx: AppContext, deal_id: int, attachment_id: int) -> Saved:
    """Delete one file of the deal (its body too); a file already deleted raises UserError."""
    saved = files.delete_file(ctx, attachment_id)
    return Saved(saved.id, saved.version, saved.changes | Changes.of(DEAL, deal_id))
