"""The reference-data caches the card managers keep per connection. Layer: ``ui``.

Kept apart from the card modules so the main window can hold them (and prefetch into them after
the first screen) without importing the cards, which load when the first card opens (issue #12:
the GUI's memory on a terminal server).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.planner import TaskChoices
    from app.reference import ReferenceData

    from ui.cards.deal_card_parts import DealReference


@dataclass
class ReferenceCache:
    """Reference lists shared by all client cards of one connection (dropped on ``ref`` changes)."""

    data: ReferenceData | None = None


@dataclass
class DealReferenceCache:
    """Reference lists shared by the deal cards of one connection (dropped on ``ref`` changes)."""

    data: DealReference | None = None
    task_choices: TaskChoices | None = None  #: read on the first New task / Open task
