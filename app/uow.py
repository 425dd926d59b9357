"""One user action's database work, with driver errors turned into :mod:`app.errors`.

Layer: ``app`` (pure Python; imports ``db`` only).

* :func:`writing` / :func:`run`: one short write transaction (``ctx.sessions.begin()``). A lost
  optimistic-locking race (``StaleDataError``) comes out as :class:`ConflictError`; any driver
  error as the :class:`UserError` :func:`app.errors.from_driver` makes of it (an update conflict,
  gdscode 335544336, is a ConflictError there too). UserErrors raised by the work pass unchanged.
* :func:`read`: a cached prepared SELECT on the read channel (``ctx.reader.query``), same mapping.

A ConflictError made here cannot say who won the race (``ConflictInfo(None, None)``); a module
that wants to name the other user looks the row up itself (app.automation, app.clients).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, UserError, from_driver

T = TypeVar("T")


@contextmanager
def writing(ctx: AppContext) -> Iterator[Session]:
    """``with writing(ctx) as s:`` one short write transaction, committed on leaving the block."""
    try:
        with ctx.sessions.begin() as s:
            yield s
    except StaleDataError:
        raise ConflictError(ConflictInfo(None, None)) from None
    except DBAPIError as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def run(ctx: AppContext, work: Callable[[Session], T]) -> T:
    """``work(session)`` in one :func:`writing` transaction; its result."""
    with writing(ctx) as s:
        return work(s)


def read(ctx: AppContext, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    """All rows of a bounded SELECT on the read channel (see ``db.session.ReadChannel.query``)."""
    try:
        return ctx.reader.query(sql, params)
    except UserError:
        raise
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
