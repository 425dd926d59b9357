"""Column kinds used by every model, so each table spells ``id``, ``version`` or money the same way.

Only types that exist on Firebird 3.0 (no INT128, DECFLOAT or time zones: ARCHITECTURE.md).
List-visible text columns are declared narrow on purpose: Firebird sizes its fetch batches by the
*declared* width (FIREBIRD.md §2.4: VARCHAR(8000) made a 1000-row page 6x slower than VARCHAR(120)).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Identity,
    Integer,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import mapped_column

IntPk = Annotated[int, mapped_column(Integer, Identity(start=1), primary_key=True)]
#: Optimistic-locking counter: bumped by the BEFORE UPDATE trigger and checked by the ORM
#: (``version_id_col``) so every UPDATE carries ``WHERE version = :seen``.
Version = Annotated[int, mapped_column(Integer, nullable=False, server_default=text("1"))]
Money = Annotated[Decimal, mapped_column(Numeric(18, 2), nullable=False, server_default=text("0"))]
MoneyN = Annotated[Decimal | None, mapped_column(Numeric(18, 2))]
Qty = Annotated[Decimal, mapped_column(Numeric(18, 3), nullable=False, server_default=text("1"))]
Percent = Annotated[Decimal | None, mapped_column(Numeric(5, 2))]
Name = Annotated[str, mapped_column(String(200), nullable=False)]
NameN = Annotated[str | None, mapped_column(String(200))]
ShortText = Annotated[str | None, mapped_column(String(100))]
Code = Annotated[str, mapped_column(String(20), nullable=False)]
CodeN = Annotated[str | None, mapped_column(String(20))]
#: Display form of a phone as the user typed it / as normalised to E.164.
Phone = Annotated[str, mapped_column(String(40), nullable=False)]
#: Search key of a phone: national significant digits only (``4951234567``), see app/validate.py.
PhoneKey = Annotated[str, mapped_column(String(20), nullable=False)]
Email = Annotated[str, mapped_column(String(120), nullable=False)]
LongText = Annotated[str | None, mapped_column(Text)]
Blob = Annotated[bytes | None, mapped_column(LargeBinary)]
Flag = Annotated[bool, mapped_column(Boolean, nullable=False, server_default=text("FALSE"))]
FlagTrue = Annotated[bool, mapped_column(Boolean, nullable=False, server_default=text("TRUE"))]
Stamp = Annotated[dt.datetime, mapped_column(DateTime, nullable=False, server_default=text("CURRENT_TIMESTAMP"))]
StampN = Annotated[dt.datetime | None, mapped_column(DateTime)]
DateN = Annotated[dt.date | None, mapped_column(Date)]
Login = Annotated[str | None, mapped_column(String(63))]
SortOrder = Annotated[int, mapped_column(SmallInteger, nullable=False, server_default=text("0"))]
Big = Annotated[int, mapped_column(BigInteger, nullable=False, server_default=text("0"))]

TYPE_ANNOTATION_MAP = {
    int: Integer,
    str: String(200),
    bool: Boolean,
    Decimal: Numeric(18, 2),
    dt.datetime: DateTime,
    dt.date: Date,
    bytes: LargeBinary,
}
