"""The duplicate finder (issue #11): name keys, evidence and scores, grouping, blocking that still
finds typos, "not duplicates" marks, and the finder on a real embedded database."""
from __future__ import annotations

import random

import pytest

from app import clients, dedupe, merge
from app.clients import ClientDraft, EmailItem, PhoneItem
from app.context import AppContext
from app.dedupe import ClientKeys, find_pairs, group_pairs, name_key


@pytest.mark.parametrize("a, b", [
    ("ООО «Ромашка»", "Romashka LLC"),
    ("ООО \"Ромашка\"", "ромашка, ооо"),
    ("OOO Romashka", "ЗАО Ромашка"),
    ("Northwind Traders, Ltd.", "NORTHWIND TRADERS GmbH"),
    ("ИП Иванов Иван Иванович", "Иванов Иван Иванович"),
    ("ПАО «Северсталь»", "АО Северсталь"),
    ("Acme, Inc.", "acme"),
])
def test_name_key_ignores_legal_forms_quotes_case_and_script(a, b):
    assert name_key(a) == name_key(b) != ""


def test_name_key_keeps_what_tells_clients_apart():
    assert name_key("ООО «Ромашка-Север»") == "ROMASHKA SEVER"
    assert name_key("Ромашка") != name_key("Василёк")
    assert name_key("") == "" and name_key(None) == ""


def _k(i, name, inn=None, phones=(), emails=()):
    return ClientKeys(i, name, inn, tuple(phones), tuple(emails))


def test_evidence_scores_and_reasons():
    recs = [
        _k(1, "ООО «Ромашка»", inn="7707083893", phones=["4951234567"]),
        _k(2, "Romashka LLC", inn="7707083893"),                      # INN + name
        _k(3, "Василёк", phones=["4951234567"], emails=["a@b.ru"]),  # phone with 1
        _k(4, "Лютик", emails=["a@b.ru"]),                            # e-mail with 3
        _k(5, "Ромашкка", ),                                          # a typo of 1's name
        _k(6, "Одуванчик"),                                           # nothing in common
    ]
    pairs = {(p.a, p.b): p for p in find_pairs(recs)}
    assert pairs[(1, 2)].reasons == ("inn", "name") and pairs[(1, 2)].score == 100  # 100 + 2, capped
    assert pairs[(1, 3)].reasons == ("phone",) and pairs[(1, 3)].score == 95
    assert pairs[(3, 4)].reasons == ("email",) and pairs[(3, 4)].score == 95
    # "ROMASHKKA" vs "ROMASHKA": fuzz.ratio = 2*8/17 = 94.1 -> 0.85 * 94.1 = 80
    assert pairs[(1, 5)].reasons == ("name",) and pairs[(1, 5)].score == 80
    assert pairs[(2, 5)].reasons == ("name",)
    assert not any(6 in k for k in pairs)
    groups = group_pairs(list(pairs.values()))
    assert [g.ids for g in groups] == [(1, 2, 3, 4, 5)]
    assert groups[0].score == 100 and groups[0].reasons == ("inn", "phone", "email", "name")


def test_ignored_pairs_and_too_common_keys_make_no_evidence():
    recs = [_k(1, "Альфа", phones=["4950000000"]), _k(2, "Бета", phones=["4950000000"])]
    assert find_pairs(recs, {(1, 2)}) == []
    switchboard = [_k(i, f"Клиент {chr(0x410 + i)}{i * 7919}", phones=["8005553535"])
                   for i in range(dedupe.EXACT_MAX + 1)]
    assert not [p for p in find_pairs(switchboard) if "phone" in p.reasons]


def test_blocking_finds_typos_in_a_large_base():
    """A big synthetic base: every planted typo pair is found, and no unrelated pair."""
    rng = random.Random(11)
    # letters with a one-letter transliteration: a dropped Ц (TS) would cost two letters of the key,
    # which is the scoring's business, not the blocking's
    letters = "АБВГДЕЗИКЛМНОПРСТУФЫЭ"
    recs, planted = [], []
    words = set()
    while len(words) < 6000:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(7, 11))))
    words = sorted(words)
    for i, w in enumerate(words[:5000]):
        recs.append(_k(i + 1, f"ООО «{w}»"))
    for j in range(40):
        w = words[j * 100]
        pos = rng.randrange(1, len(w) - 1)
        typo = w[:pos] + w[pos + 1:]  # a letter dropped
        recs.append(_k(10_000 + j, f"{typo} LLC"))
        planted.append((j * 100 + 1, 10_000 + j))
    found = {(p.a, p.b) for p in find_pairs(recs) if "name" in p.reasons}
    assert set(planted) <= found
    # random 7-11 letter words from 21 letters are never 90 % alike: nothing else was found
    assert found == set(planted)


def test_progress_and_cancel():
    recs = [_k(i, f"Клиент {i}") for i in range(1, 50)]
    seen = []
    find_pairs(recs, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)
    with pytest.raises(dedupe.Cancelled):
        find_pairs(recs, cancelled=lambda: True)


def test_the_finder_on_the_database(embedded_db):
    with AppContext(embedded_db) as ctx:
        a = clients.save_client(ctx, ClientDraft(name="ООО «Ромашка»", inn="7707083893",
                                                 phones=[PhoneItem("+7 495 123-45-67")])).id
        b = clients.save_client(ctx, ClientDraft(name="Romashka LLC", phones=[PhoneItem("8 (495) 123 45 67")])).id
        c = clients.save_client(ctx, ClientDraft(name="Василёк", emails=[EmailItem("Info@Vasilek.ru")])).id
        d = clients.save_client(ctx, ClientDraft(name="ЗАО Василек", emails=[EmailItem("info@vasilek.RU")])).id
        e = clients.save_client(ctx, ClientDraft(name="Одуванчик")).id
        steps = []
        groups = dedupe.find_duplicate_groups(ctx, progress=lambda done, total: steps.append(done))
        mine = [g for g in groups if set(g.ids) & {a, b, c, d, e}]
        assert [g.ids for g in mine] == [(a, b), (c, d)]
        assert mine[0].reasons == ("phone", "name") and mine[1].reasons == ("email", "name")
        assert [x.name for x in mine[0].clients] == ["ООО «Ромашка»", "Romashka LLC"]
        assert mine[0].clients[0].inn == "7707083893"
        assert steps[0] == 0 and steps[-1] == 5
        # "not duplicates": the pair is stored and left out next time
        dedupe.ignore_pairs(ctx, [(d, c)])
        dedupe.ignore_pairs(ctx, [(c, d)])  # twice is fine
        groups = dedupe.find_duplicate_groups(ctx)
        assert [g.ids for g in groups if set(g.ids) & {a, b, c, d, e}] == [(a, b)]
        assert dedupe.unignore_pairs(ctx, [(c, d)]) == 1
        # merged clients are no longer candidates
        merge.merge_by_default(ctx, a, [b])
        groups = dedupe.find_duplicate_groups(ctx)
        assert [g.ids for g in groups if set(g.ids) & {a, b, c, d, e}] == [(c, d)]
        with pytest.raises(dedupe.Cancelled):
            dedupe.find_duplicate_groups(ctx, cancelled=lambda: True)
