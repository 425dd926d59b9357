"""What changed: one bus for "I saved" and "someone else saved" (STYLE.md 2.3, Anki's OpChanges).

Every mutating ``app`` function returns a :class:`Changes`; ``ui/refresh.py`` publishes it on the
:class:`ChangeBus`, and Firebird events from other workstations (``db.events``) arrive on the same
bus as remote changes. Lists and cards subscribe and refresh only what they show. Plain Python: the
bus calls subscribers on the publisher's thread; the UI hops to the GUI thread itself.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

CLIENT, INTERACTION, DEAL, TASK, REF = "client", "interaction", "deal", "task", "ref"

#: Firebird event name → entity kind
EVENT_KINDS = {
    "client_changed": CLIENT,
    "interaction_changed": INTERACTION,
    "deal_changed": DEAL,
    "task_changed": TASK,
    "ref_changed": REF,
}


@dataclass(frozen=True)
class Changes:
    """Kinds of records that changed and, when known, which ids (``None`` = unknown, refresh all)."""

    kinds: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    remote: bool = False

    @classmethod
    def of(cls, kind: str, *ids: int) -> Changes:
        return cls(frozenset({kind}), {kind: frozenset(ids)} if ids else {})

    @classmethod
    def from_events(cls, fired: Iterable[str]) -> Changes:
        return cls(frozenset(EVENT_KINDS[n] for n in fired if n in EVENT_KINDS), {}, remote=True)

    def touches(self, kind: str, record_id: int | None = None) -> bool:
        """Could this change affect ``kind`` (and the record ``record_id``)?"""
        if kind not in self.kinds:
            return False
        if record_id is None or kind not in self.ids:
            return True
        return record_id in self.ids[kind]

    def __or__(self, other: Changes) -> Changes:
        ids: dict[str, frozenset[int]] = {}
        for k in self.kinds | other.kinds:
            a, b = self.ids.get(k), other.ids.get(k)
            # a kind changed without known ids on either side means "all"
            if (k in self.kinds and a is None) or (k in other.kinds and b is None):
                continue
            ids[k] = (a or frozenset()) | (b or frozenset())
        return Changes(self.kinds | other.kinds, ids, self.remote or other.remote)


Subscriber = Callable[[Changes], None]


class ChangeBus:
    """Thread-safe list of subscribers; ``publish`` calls each on the caller's thread."""

    def __init__(self) -> None:
        self._subs: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subs.append(fn)

        def unsubscribe() -> None:
            with self._lock:
                if fn in self._subs:
                    self._subs.remove(fn)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        with self._lock:
            subs = list(self._subs)
        for fn in subs:
            fn(changes)
