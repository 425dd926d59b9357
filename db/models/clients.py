"""Clients (companies and people), their lifecycle, classifiers, tags and search keys.

List screens read only narrow columns of ``CLIENTS`` (no BLOBs, no joins for the first page):
the primary phone/e-mail and the last-contact/next-step summary are denormalised onto the row and
kept current by the services and triggers. ``SEARCH_KEYS`` holds prefix-searchable keys (name
words, INN, phone digits, e-mail, contact names) so search-as-you-type is an indexed
``STARTING WITH`` instead of a ``CONTAINING`` full scan (issue #3).
"""
from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Tracked
from db.types import (
    DateN,
    Flag,
    FlagTrue,
    IntPk,
    LongText,
    Money,
    Name,
    NameN,
    ShortText,
    SortOrder,
    Stamp,
    StampN,
)

CLIENT_STATUSES = ("POTENTIAL", "ACTIVE", "REGULAR", "LOST")
CLIENT_KINDS = ("COMPANY", "PERSON")


class Source(Tracked, Base):
    """Where a client or deal came from (site, call, exhibition, referral...)."""

    __tablename__ = "SOURCES"
    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    is_active: Mapped[FlagTrue]


class Client(Tracked, Base):
    __tablename__ = "CLIENTS"
    __table_args__ = (
        CheckConstraint("kind IN ('COMPANY', 'PERSON')", name="kind"),
        CheckConstraint("status IN ('POTENTIAL', 'ACTIVE', 'REGULAR', 'LOST')", name="status"),
        Index("IX_CLIENTS_SEARCH_NAME", "search_name", "id"),
        Index("IX_CLIENTS_SEARCH_NAME_D", "search_name", "id", firebird_descending=True),
        Index("IX_CLIENTS_RESP_STATUS", "responsible_id", "status"),
        Index("IX_CLIENTS_CREATED_AT", "created_at"),
        Index("IX_CLIENTS_CITY_ID", "city", "id"),
        Index("IX_CLIENTS_CITY_ID_D", "city", "id", firebird_descending=True),
    )
    id: Mapped[IntPk]
    kind: Mapped[str] = mapped_column(String(7), nullable=False, server_default="COMPANY")
    name: Mapped[Name]
    #: upper-case, ё→Е, punctuation-free form of the name: sort key and prefix search
    search_name: Mapped[Name]
    legal_name: Mapped[NameN]
    status: Mapped[str] = mapped_column(String(9), nullable=False, server_default="POTENTIAL")
    status_changed_at: Mapped[StampN]
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("CRM_USERS.id"))
    # no plain index beside the foreign key's own (revision 0014)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("DEPARTMENTS.id"))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("SOURCES.id"))
    # requisites (company) / personal data (person)
    inn: Mapped[str | None] = mapped_column(String(12), index=True)
    kpp: Mapped[str | None] = mapped_column(String(9))
    ogrn: Mapped[str | None] = mapped_column(String(15))
    bank_name: Mapped[NameN]
    bank_bik: Mapped[str | None] = mapped_column(String(9))
    bank_account: Mapped[str | None] = mapped_column(String(20))
    corr_account: Mapped[str | None] = mapped_column(String(20))
    birthday: Mapped[DateN]
    founded_on: Mapped[DateN]
    website: Mapped[ShortText]
    # list summary (denormalised, narrow)
    city: Mapped[str | None] = mapped_column(String(60))  # indexed by (CITY, ID): IX_CLIENTS_CITY_ID
    region: Mapped[str | None] = mapped_column(String(60))
    main_phone: Mapped[str | None] = mapped_column(String(40))
    main_email: Mapped[str | None] = mapped_column(String(120))
    tags_text: Mapped[str | None] = mapped_column(String(200))
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("LOST_REASONS.id"))
    is_archived: Mapped[Flag]
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("CLIENTS.id"))
    note: Mapped[LongText]


class ClientStats(Base):
    """Activity summary of a client, kept by triggers on interactions, tasks and deals.

    A separate 1:1 table (not columns of CLIENTS) so that logging a call does not bump the
    client's ``version``: otherwise every call logged by a colleague would turn an open card's
    save into a false conflict.
    """

    __tablename__ = "CLIENT_STATS"
    __table_args__ = (
        # list sorts walk these (value, id) indexes instead of sorting 100,000 rows (revision 0007);
        # they also serve what the (value) ones of 0001 did (dropped in 0014)
        Index("IX_CLIENT_STATS_LC_ID", "last_contact_at", "client_id"),
        Index("IX_CLIENT_STATS_LC_ID_D", "last_contact_at", "client_id", firebird_descending=True),
        Index("IX_CLIENT_STATS_NS_ID", "next_step_at", "client_id"),
        Index("IX_CLIENT_STATS_NS_ID_D", "next_step_at", "client_id", firebird_descending=True),
    )
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), primary_key=True)
    last_contact_at: Mapped[StampN]
    last_attempt_at: Mapped[StampN]
    next_step_at: Mapped[StampN]
    next_step: Mapped[str | None] = mapped_column(String(120))
    open_deals: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    open_deals_amount: Mapped[Money]
    interactions: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class ClientStatusHistory(Base):
    """Lifecycle moves (potential → active → regular → lost and back), written by a trigger."""

    __tablename__ = "CLIENT_STATUS_HISTORY"
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(9))
    to_status: Mapped[str] = mapped_column(String(9), nullable=False)
    changed_at: Mapped[Stamp]
    changed_by: Mapped[str | None] = mapped_column(String(63))


class Classifier(Tracked, Base):
    """A classifier (industry, size, region group...); its values live in CLASSIFIER_VALUES."""

    __tablename__ = "CLASSIFIERS"
    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    is_multi: Mapped[Flag]
    sort_order: Mapped[SortOrder]


class ClassifierValue(Tracked, Base):
    __tablename__ = "CLASSIFIER_VALUES"
    __table_args__ = (UniqueConstraint("classifier_id", "name"),)
    id: Mapped[IntPk]
    classifier_id: Mapped[int] = mapped_column(ForeignKey("CLASSIFIERS.id", ondelete="CASCADE"))
    name: Mapped[Name]
    sort_order: Mapped[SortOrder]


class ClientClassifier(Base):
    __tablename__ = "CLIENT_CLASSIFIERS"
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), primary_key=True)
    value_id: Mapped[int] = mapped_column(
        ForeignKey("CLASSIFIER_VALUES.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Tag(Tracked, Base):
    __tablename__ = "TAGS"
    id: Mapped[IntPk]
    name: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class ClientTag(Base):
    __tablename__ = "CLIENT_TAGS"
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("TAGS.id", ondelete="CASCADE"), primary_key=True, index=True)


class SearchKey(Base):
    """Prefix-search keys of a client. ``kind``: N name word, I INN, P phone, E e-mail, C contact."""

    __tablename__ = "SEARCH_KEYS"
    __table_args__ = (
        Index("IX_SEARCH_KEYS_SKEY", "skey", "client_id"),
        # search in display order (revision 0012, SP_SEARCH_CLIENTS): walk a key bucket by name
        Index("IX_SEARCH_KEYS_P2", "p2", "sname", "client_id"),
        # "does this client also have a key starting with …" without reading its other keys
        Index("IX_SEARCH_KEYS_CLIENT_SKEY", "client_id", "skey"),
    )
    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("CLIENTS.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(1), nullable=False)
    skey: Mapped[str] = mapped_column(String(60), nullable=False)
    #: the key's first two characters and its client's SEARCH_NAME, kept by the triggers
    #: TRG_SEARCH_KEYS_ORDER and TRG_CLIENTS_SEARCH_ORDER (revision 0012)
    p2: Mapped[str | None] = mapped_column(String(2))
    sname: Mapped[str | None] = mapped_column(String(200))

