"""Extra builders for the client-base and activity report tests (categories A and C), used on an
open :class:`tests.reports.seed.Seed` (``b``): lifecycle moves, archive/merge, classifiers, contact
details. Written through the ORM in the Seed's transaction, so the server's triggers fill
CLIENT_STATUS_HISTORY and CLIENT_STATS exactly as in production."""
from __future__ import annotations

import datetime as dt

from app.normalize import phone_key
from db.models import Classifier, ClassifierValue, Client, ClientClassifier, ClientEmail, ClientPhone, Contact


def set_status(b, client_id: int, status: str, at: dt.datetime, *, lost_reason: int | None = None) -> None:
    """A lifecycle move at ``at`` (TRG_CLIENTS_STATUS_HIST writes the history row with that time)."""
    c = b.s.get(Client, client_id)
    c.status = status
    c.status_changed_at = at
    if lost_reason is not None:
        c.lost_reason_id = lost_reason
    b.s.flush()


def archive(b, client_id: int) -> None:
    b.s.get(Client, client_id).is_archived = True
    b.s.flush()


def merge_into(b, client_id: int, into_id: int) -> None:
    b.s.get(Client, client_id).merged_into_id = into_id
    b.s.flush()


def classifier(b, name: str, values: list[str], *, multi: bool = False, order: int = 1) -> tuple[int, dict[str, int]]:
    """A classifier with its values (in this order): (classifier id, {value name: value id})."""
    cid = b._add(Classifier(name=name, is_multi=multi, sort_order=order))
    ids = {v: b._add(ClassifierValue(classifier_id=cid, name=v, sort_order=i)) for i, v in enumerate(values, 1)}
    return cid, ids


def classify(b, client_id: int, *value_ids: int) -> None:
    for v in value_ids:
        b.s.add(ClientClassifier(client_id=client_id, value_id=v))
    b.s.flush()


def contact_details(b, contact_id: int, *, job_title: str | None = None, primary: bool | None = None) -> None:
    c = b.s.get(Contact, contact_id)
    if job_title is not None:
        c.job_title = job_title
    if primary is not None:
        c.is_primary = primary
    b.s.flush()


def phone(b, client_id: int, number: str, *, contact_id: int | None = None, primary: bool = False) -> int:
    return b._add(ClientPhone(client_id=client_id, contact_id=contact_id, phone=number, phone_key=phone_key(number),
                              is_primary=primary))


def email(b, client_id: int, address: str, *, contact_id: int | None = None, primary: bool = False) -> int:
    return b._add(ClientEmail(client_id=client_id, contact_id=contact_id, email=address, email_key=address.lower(),
                              is_primary=primary))
