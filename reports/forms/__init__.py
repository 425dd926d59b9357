"""Printable documents: the client card and dossier, the deal with its stage history, the
commercial offer, the invoice and address labels (Document definitions, see reports/spec.py)."""
from __future__ import annotations

from reports.forms.client_card import CLIENT_CARD, CLIENT_DOSSIER
from reports.forms.deal import DEAL_FORM, INVOICE, OFFER
from reports.forms.labels import LABELS
from reports.spec import Definition

REPORTS: list[Definition] = [CLIENT_CARD, CLIENT_DOSSIER, DEAL_FORM, OFFER, INVOICE, LABELS]
