"""Users, departments and the rights matrix.

Every CRM user is a Firebird login (``LOGIN`` = the SRP user name, upper case). The role is a SQL
role passed at connect (FB3 needs it); ``SCOPE`` is the record visibility the views apply
(``OWN``/``DEPT``/``ALL``, issue #4).
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import Code, CodeN, Flag, FlagTrue, IntPk, Name, ShortText


class Department(Tracked, Base):
    __tablename__ = "DEPARTMENTS"
    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("DEPARTMENTS.id"))
    head_user_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id", use_alter=True))
    is_active: Mapped[FlagTrue]


class CrmUser(Tracked, Base):
    __tablename__ = "CRM_USERS"
    __table_args__ = (
        CheckConstraint("scope IN ('OWN', 'DEPT', 'ALL')", name="scope"),
        CheckConstraint("login = UPPER(login)", name="login_upper"),
    )
    id: Mapped[IntPk]
    login: Mapped[str] = mapped_column(String(63), nullable=False, unique=True)
    full_name: Mapped[Name]
    email: Mapped[ShortText]
    phone: Mapped[str | None] = mapped_column(String(40))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("DEPARTMENTS.id"), index=True)
    role_name: Mapped[Code] = mapped_column(server_default="CRM_MANAGER")
    scope: Mapped[str] = mapped_column(String(4), nullable=False, server_default="OWN")
    is_active: Mapped[FlagTrue]
    #: takes part in automatic lead distribution (issue #5)
    takes_leads: Mapped[FlagTrue]
    language: Mapped[CodeN]


class RoleRight(Tracked, Base):
    """One cell row of the rights matrix: what a role may do with a kind of record (issue #4).

    The server enforces through grants; this table drives the admin screen and the client's menus.
    """

    __tablename__ = "ROLE_RIGHTS"
    __table_args__ = (
        CheckConstraint("scope IN ('OWN', 'DEPT', 'ALL')", name="scope"),
        UniqueConstraint("role_name", "entity"),
    )
    id: Mapped[IntPk]
    role_name: Mapped[Code]
    entity: Mapped[Code]  #: CLIENT, CONTACT, INTERACTION, DEAL, TASK, FILE, PRODUCT, REPORT:<cat>
    scope: Mapped[str] = mapped_column(String(4), nullable=False, server_default="OWN")
    can_view: Mapped[Flag]
    can_create: Mapped[Flag]
    can_edit: Mapped[Flag]
    can_delete: Mapped[Flag]
    can_export: Mapped[Flag]
    can_print: Mapped[Flag]
