"""The client card package: :class:`ClientCard` (card.py) and one module per tab. Layer: ``ui``.

Split as STYLE.md 2.6 asks of a screen past ~600 lines: the window's life (load, save, conflicts,
live changes) in ``card.py``; each tab's widgets in its own module; the Designer skeleton in
``client_card.ui`` with its generated ``client_card_ui.py``.
"""
from __future__ import annotations

from ui.cards.client_card.card import ClientCard, ReferenceCache

__all__ = ["ClientCard", "ReferenceCache"]
