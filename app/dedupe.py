"""The duplicate finder over the existing base (issue #11): which clients are probably the same.

Layer: ``app`` (pure Python; imports ``db`` only).

Evidence between two clients (a *pair*):
* ``inn``: the same INN (score 100);
* ``phone``: a phone with the same search key (``PHONES.PHONE_KEY``, any way it was typed; 95);
* ``email``: the same e-mail, case-insensitive (95);
* ``name``: similar names (rapidfuzz ``token_sort_ratio`` of :func:`name_key`, at least
  :data:`NAME_THRESHOLD`): legal forms (ООО, АО, ИП, LLC, Ltd, GmbH, Inc… anywhere in the name),
  quotes and punctuation are ignored, case is folded and Cyrillic is transliterated, so
  ``ООО «Ромашка»``, ``Romashka LLC`` and ``РОМАШКА, ооо`` agree. Name evidence alone scores
  ``0.85 × similarity`` (an identical name alone: 85), because two real companies or two
  people can share a name.
A pair's score is its strongest evidence plus 2 per further kind of evidence (at most 100).
Pairs are grouped with union-find; a group's score is its best pair's.

Speed on 100,000 clients (bench/dedupe_100k.py): exact keys are dictionaries; names are compared
only inside *blocks* (names sharing the first four, the last four, or the first and last two
letters of one of their two rarest words, distinct
names only) with rapidfuzz's ``extract`` (its C++ loop) over each name's length window; a key shared by more than
:data:`EXACT_MAX` clients (a switchboard, ``info@`` of a holding, a very common person's name) is
too common to mean "same client" and makes no pairs.

Reads go through the visibility views (``ctx.reader`` routes them), so a manager finds the
duplicates within what he may see. Merged clients (``MERGED_INTO_ID``) are left out; pairs marked
"not duplicates" (``DEDUPE_IGNORED``) make no evidence.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import delete, insert, select

from app import normalize, uow
from app.changes import CLIENT, Changes
from app.context import AppContext
from app.errors import UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import DedupeIgnored

#: minimal ``token_sort_ratio`` of two name keys to count as name evidence
NAME_THRESHOLD = 90
#: a key (INN, phone, e-mail, identical name) shared by more clients than this makes no pairs
EXACT_MAX = 20
#: a name block with more distinct names than this is split by the word's first six letters
BLOCK_MAX = 2500
#: a name is blocked by its this many rarest words
RARE_WORDS = 2
#: scores of the exact kinds of evidence
SCORES = {"inn": 100, "phone": 95, "email": 95}
NAME_WEIGHT = 0.85
#: the longest name that can still be NAME_THRESHOLD % like a name of length l: l * (200 - t) / t
_LEN_SPAN = (200 - NAME_THRESHOLD) / NAME_THRESHOLD
REASON_ORDER = ("inn", "phone", "email", "name")
#: what the reasons are called on screen and in report 99
REASON_LABELS = {
    "inn": QT_TRANSLATE_NOOP("app.dedupe", "same INN"),
    "phone": QT_TRANSLATE_NOOP("app.dedupe", "same phone"),
    "email": QT_TRANSLATE_NOOP("app.dedupe", "same e-mail"),
    "name": QT_TRANSLATE_NOOP("app.dedupe", "similar name"),
}

# Legal forms as they look after transliteration (search_name already drops the Cyrillic and
# English ones at the ends; these catch them anywhere and in Latin spelling: "OOO Romashka").
_LEGAL = frozenset({
    "OOO", "OAO", "ZAO", "PAO", "AO", "NAO", "IP", "CHP", "ANO", "GUP", "MUP", "FGUP", "TOO",
    "LLC", "LTD", "LIMITED", "INC", "CORP", "CORPORATION", "PLC", "LLP", "LP", "GMBH", "AG", "CO",
    "SRL", "BV", "NV", "OY", "AB", "SA", "COMPANY",
})
_TRANSLIT = str.maketrans({
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "ZH", "З": "Z", "И": "I", "Й": "I",
    "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U",
    "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH", "Щ": "SHCH", "Ъ": "", "Ы": "Y", "Ь": "", "Э": "E",
    "Ю": "YU", "Я": "YA", "Ё": "E", "І": "I", "Ї": "I", "Є": "E", "Ў": "U",
})
_NON_WORD = re.compile(r"[^0-9A-Z]+")


def name_key(name: str | None) -> str:
    """The comparison form of a client's name: upper case, transliterated to Latin, legal forms,
    quotes and punctuation dropped, words in their order. '' for an empty name.

    >>> name_key('ООО «Ромашка»') == name_key('Romashka, LLC') == 'ROMASHKA'
    True
    """
    base = normalize.search_name(name)  # upper case, Ё→Е, quotes dropped, legal forms at the ends
    words = [w for w in _NON_WORD.split(base.translate(_TRANSLIT)) if w and w not in _LEGAL]
    return " ".join(words)


@dataclass(frozen=True)
class ClientKeys:
    """What the finder compares of one client."""

    id: int
    name: str
    inn: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class DupPair:
    a: int
    b: int
    score: int
    reasons: tuple[str, ...]  #: codes of REASON_ORDER
    name_similarity: int = 0  #: 0-100 (0: names not compared or below the threshold)


@dataclass(frozen=True)
class DupClient:
    id: int
    name: str
    city: str | None
    inn: str | None
    phone: str | None
    email: str | None
    responsible: str | None


@dataclass
class DupGroup:
    """Clients that are probably one: ids in ascending order, the pairs that tie them."""

    ids: tuple[int, ...]
    score: int
    reasons: tuple[str, ...]
    pairs: list[DupPair]
    clients: list[DupClient] = field(default_factory=list)

    def reason_text(self) -> str:
        return ", ".join(translate("app.dedupe", REASON_LABELS[r]) for r in self.reasons)


class Cancelled(UserError):
    """The user cancelled the scan."""


def _pair_score(reasons: set[str], similarity: int) -> int:
    parts = [SCORES[r] for r in reasons if r in SCORES]
    if "name" in reasons:
        parts.append(round(similarity * NAME_WEIGHT))
    parts.sort(reverse=True)
    return min(100, parts[0] + 2 * (len(parts) - 1))


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _name_blocks(keys: list[str]) -> Iterable[list[int]]:
    """Indexes into ``keys`` (distinct name keys) that share a word's first four letters, its last
    four, or its first two and last two (one typo anywhere in a word of 4+ letters leaves one of
    the three intact);
    an oversized block is split by the word's first six letters (smaller blocks miss nothing the
    big one would have found only when the shared prefix is longer)."""
    df: dict[str, int] = defaultdict(int)
    for k in keys:
        for w in set(k.split()):
            df[w] += 1
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        # only the two rarest words of a name: "Ivanov Ivan Ivanovich" is not compared with every
        # other Ivan (63 M comparisons on the 100k demo -> a few M); a typo in one word still
        # leaves a rare word in common
        for w in sorted({w for w in k.split() if len(w) >= 3}, key=lambda w: (df[w], w))[:RARE_WORDS]:
            blocks["<" + w[:4]].append(i)
            blocks[">" + w[-4:]].append(i)
            blocks["=" + w[:2] + w[-2:]].append(i)
    for tag, members in blocks.items():
        if len(members) < 2:
            continue
        if len(members) <= BLOCK_MAX:
            yield members
            continue
        sub: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for w in set(keys[i].split()):
                if tag[0] == "<" and w.startswith(tag[1:]):
                    sub[w[:6]].append(i)
                elif tag[0] == ">" and w.endswith(tag[1:]):
                    sub[w[-6:]].append(i)
                elif tag[0] == "=" and w[:2] + w[-2:] == tag[1:]:
                    sub[w[:3] + w[-3:]].append(i)
        for m in sub.values():
            if 2 <= len(m) <= BLOCK_MAX:
                yield m


def find_pairs(records: Sequence[ClientKeys], ignored: set[tuple[int, int]] = frozenset(), *,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[DupPair]:
    """Every pair of ``records`` with evidence, strongest first. Pure Python (no database).

    ``progress(done, total)`` is called now and then; ``cancelled()`` True stops with
    :class:`Cancelled`. ``ignored`` holds ordered (low id, high id) pairs to leave out.
    """
    evidence: dict[tuple[int, int], set[str]] = defaultdict(set)
    similarity: dict[tuple[int, int], int] = {}

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(translate("app.dedupe", "The search for duplicates was cancelled."))

    # exact keys
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in records:
        if r.inn:
            by_key[("inn", r.inn.strip())].append(r.id)
        for p in set(r.phones):
            by_key[("phone", p)].append(r.id)
        for e in set(r.emails):
            by_key[("email", e)].append(r.id)
    for (kind, _k), ids in by_key.items():
        ids = sorted(set(ids))
        if 2 <= len(ids) <= EXACT_MAX:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    evidence[(a, b)].add(kind)
    check()
    total = 3
    if progress:
        progress(1, total)

    # names: distinct keys first (identical names are one comparison), then blocks
    by_name: dict[str, list[int]] = defaultdict(list)
    for r in records:
        k = name_key(r.name)
        if len(k) >= 3:
            by_name[k].append(r.id)
    keys = list(by_name)
    for k in keys:
        ids = sorted(by_name[k])
        if 2 <= len(ids) <= EXACT_MAX:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    evidence[(a, b)].add("name")
                    similarity[(a, b)] = 100
    similar: dict[tuple[int, int], int] = {}
    sorted_keys = [" ".join(sorted(k.split())) for k in keys]  # token_sort_ratio's own preprocessing
    for n, block in enumerate(_name_blocks(keys)):
        if n % 200 == 0:
            check()
        # fuzz.ratio >= 90 needs lengths within 2*l1/(l1+l2) >= 0.9: compare each name only with
        # the longer-or-equal names of its length window (sorted by length), in rapidfuzz's C loop
        members = sorted(block, key=lambda i: (len(sorted_keys[i]), i))
        lengths = [len(sorted_keys[i]) for i in members]
        strings = [sorted_keys[i] for i in members]
        for x, i in enumerate(members[:-1]):
            hi = bisect.bisect_right(lengths, lengths[x] * _LEN_SPAN)
            if hi <= x + 1:
                continue
            for _s, score, y in process.extract(strings[x], strings[x + 1:hi], scorer=fuzz.ratio,
                                                 score_cutoff=NAME_THRESHOLD, limit=None):
                j = members[x + 1 + y]
                pair = (i, j) if i < j else (j, i)
                similar[pair] = max(similar.get(pair, 0), int(score))
    check()
    if progress:
        progress(2, total)
    for (i, j), s in similar.items():
        ids_i, ids_j = by_name[keys[i]], by_name[keys[j]]
        if len(ids_i) * len(ids_j) > EXACT_MAX:
            continue
        for a in ids_i:
            for b in ids_j:
                if a != b:
                    p = _ordered(a, b)
                    evidence[p].add("name")
                    similarity[p] = max(similarity.get(p, 0), s)
    # names also count as evidence when a stronger key already ties the pair: the group's
    # reasons then say "same phone, similar name"
    out = []
    for p, reasons in evidence.items():
        if p in ignored:
            continue
        sim = similarity.get(p, 0)
        out.append(DupPair(p[0], p[1], _pair_score(reasons, sim),
                           tuple(r for r in REASON_ORDER if r in reasons), sim))
    check()
    if progress:
        progress(3, total)
    out.sort(key=lambda q: (-q.score, q.a, q.b))
    return out


def group_pairs(pairs: Sequence[DupPair]) -> list[DupGroup]:
    """Union-find over ``pairs``: connected clients form a group (best score first)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for p in pairs:
        ra, rb = find(p.a), find(p.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for x in list(parent):
        members[find(x)].append(x)
    by_root: dict[int, list[DupPair]] = defaultdict(list)
    for p in pairs:
        by_root[find(p.a)].append(p)
    groups = []
    for root, ids in members.items():
        ps = by_root[root]
        reasons = {r for p in ps for r in p.reasons}
        groups.append(DupGroup(tuple(sorted(ids)), max(p.score for p in ps),
                               tuple(r for r in REASON_ORDER if r in reasons), ps))
    groups.sort(key=lambda g: (-g.score, g.ids))
    return groups


# ---------------------------------------------------------------------------------------------
# The database side

# what the groups show is read with the keys (one pass instead of a lookup per group afterwards)
_CLIENTS_SQL = ("SELECT c.ID, c.NAME, c.INN, c.CITY, c.MAIN_PHONE, c.MAIN_EMAIL, c.RESPONSIBLE_ID FROM CLIENTS c "
                "WHERE c.MERGED_INTO_ID IS NULL")
_USERS_SQL = "SELECT u.ID, u.FULL_NAME FROM CRM_USERS u"
_PHONES_SQL = "SELECT p.CLIENT_ID, p.PHONE_KEY FROM PHONES p"
_EMAILS_SQL = "SELECT e.CLIENT_ID, e.EMAIL_KEY FROM EMAILS e"
_IGNORED_SQL = "SELECT i.CLIENT_A_ID, i.CLIENT_B_ID FROM DEDUPE_IGNORED i"


def load_keys(ctx: AppContext) -> tuple[list[ClientKeys], set[tuple[int, int]], dict[int, DupClient]]:
    """The keys of every visible, unmerged client, the "not duplicates" pairs and what each client
    shows in a group: five reads."""
    clients = uow.read(ctx, _CLIENTS_SQL)
    users = dict(uow.read(ctx, _USERS_SQL))
    phones: dict[int, list[str]] = defaultdict(list)
    for cid, key in uow.read(ctx, _PHONES_SQL):
        if key:
            phones[cid].append(key.strip())
    emails: dict[int, list[str]] = defaultdict(list)
    for cid, key in uow.read(ctx, _EMAILS_SQL):
        if key and "@" in key:
            emails[cid].append(key.strip())
    ignored = {_ordered(a, b) for a, b in uow.read(ctx, _IGNORED_SQL)}
    records, shown = [], {}
    for cid, name, inn, city, phone, email, resp in clients:
        inn = (inn or "").strip() or None
        records.append(ClientKeys(cid, name or "", inn, tuple(phones.get(cid, ())), tuple(emails.get(cid, ()))))
        shown[cid] = DupClient(cid, name or "", city, inn, phone, email, users.get(resp))
    return records, ignored, shown


def describe(groups: list[DupGroup], shown: dict[int, DupClient]) -> None:
    """Fill each group's ``clients`` (in id order) from ``shown`` (see :func:`load_keys`)."""
    for g in groups:
        g.clients = [shown[i] for i in g.ids if i in shown]


def find_duplicate_groups(ctx: AppContext, *, progress: Callable[[int, int], None] | None = None,
                          cancelled: Callable[[], bool] | None = None,
                          min_score: int = 0) -> list[DupGroup]:
    """Groups of probable duplicates among the clients this login sees, best first, each with
    its clients' names, cities, INN, main phone and e-mail. ``progress(done, total)`` counts
    steps (0..5); ``cancelled()`` stops with :class:`Cancelled`."""
    def step(done: int) -> None:
        if progress:
            progress(done, 5)
        if cancelled is not None and cancelled():
            raise Cancelled(translate("app.dedupe", "The search for duplicates was cancelled."))

    step(0)
    records, ignored, shown = load_keys(ctx)
    step(1)
    pairs = find_pairs(records, ignored, cancelled=cancelled,
                       progress=(lambda d, t: progress(1 + d, 5)) if progress else None)
    groups = [g for g in group_pairs(pairs) if g.score >= min_score]
    describe(groups, shown)
    step(5)
    return groups


def ignore_pairs(ctx: AppContext, pairs: Iterable[tuple[int, int]]) -> Changes:
    """Mark pairs of clients as "not duplicates": the finder leaves them out from now on.
    A pair already marked is fine; marking needs the right to see both clients."""
    wanted = {_ordered(a, b) for a, b in pairs if a != b}
    if not wanted:
        raise ValidationError("pairs", translate("app.dedupe", "Choose two different clients."))

    def work(s):
        t = DedupeIgnored.__table__
        have = set()
        for a, b in wanted:
            if s.execute(select(t.c.id).where(t.c.client_a_id == a, t.c.client_b_id == b)).first():
                have.add((a, b))
        for a, b in sorted(wanted - have):
            s.execute(insert(t).values(client_a_id=a, client_b_id=b))
        return Changes.of(CLIENT, *{i for p in wanted for i in p})

    return uow.run(ctx, work)


def unignore_pairs(ctx: AppContext, pairs: Iterable[tuple[int, int]]) -> int:
    """Forget "not duplicates" marks; the number removed."""
    wanted = {_ordered(a, b) for a, b in pairs if a != b}

    def work(s):
        t = DedupeIgnored.__table__
        n = 0
        for a, b in wanted:
            n += s.execute(delete(t).where(t.c.client_a_id == a, t.c.client_b_id == b)).rowcount or 0
        return n

    return uow.run(ctx, work)
