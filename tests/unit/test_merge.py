"""Merging clients on the embedded engine (issue #11): everything attached moves, nothing is lost,
the merged clients become archived pointers, the survivor takes the chosen values, and undo puts
every row and value back while the survivor is unchanged."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from app import audit, clients, demo, files, invoices, merge
from app.clients import AddressItem, ClientDraft, ContactItem, EmailItem, PhoneItem
from app.context import AppContext
from app.errors import ConflictError, UserError
from db.models import ClientClassifier, ClientTag, CustomFieldDef, CustomFieldValue, Tag, Task, metadata


def _counts(ctx: AppContext) -> dict[str, int]:
    """Row count of every table that refers to CLIENTS (read from the system tables) + CLIENTS."""
    with ctx.sessions.begin() as s:
        tables = {t for t, _c in merge.client_references(s)} | {"CLIENTS", "CUSTOM_FIELD_VALUES", "AUDIT_LOG"}
        return {t: s.execute(select(func.count()).select_from(metadata.tables[t])).scalar_one() for t in tables}


def _same(counts: dict[str, int]) -> dict[str, int]:
    return {t: n for t, n in counts.items() if t not in ("AUDIT_LOG", "CLIENT_MERGES")}


def _tags(ctx: AppContext, client_id: int) -> set[int]:
    with ctx.sessions.begin() as s:
        return {r[0] for r in s.execute(select(ClientTag.tag_id).where(ClientTag.client_id == client_id))}


def _attached(ctx: AppContext, client_id: int) -> dict[str, int]:
    """Rows of every *moving* child table attached to ``client_id``."""
    out = {}
    with ctx.sessions.begin() as s:
        for (t, col), rule in merge.REFERENCES.items():
            if rule.startswith("move") and t != "CLIENTS":
                tbl = metadata.tables[t]
                out[t] = s.execute(select(func.count()).select_from(tbl).where(tbl.c[col.lower()] == client_id)).scalar_one()
    return out


@pytest.fixture
def world(embedded_db):
    """30 demo clients, plus two hand-made duplicates with tags, a classifier and custom values."""
    with AppContext(embedded_db) as ctx:
        demo.generate(ctx, clients=30, seed=5)
        a = clients.save_client(ctx, ClientDraft(name="ООО «Ромашка»", inn="7707083893", city="Москва",
                                                 phones=[PhoneItem("+7 495 123-45-67", is_primary=True)])).id
        b = clients.save_client(ctx, ClientDraft(name="Romashka LLC", kpp="773601001", website="romashka.ru",
                                                 emails=[EmailItem("info@romashka.ru")],
                                                 phones=[PhoneItem("8 (495) 765 43 21", is_primary=True)],
                                                 contacts=[ContactItem("Петров Иван Сергеевич")],
                                                 addresses=[AddressItem(kind="LEGAL", city="Москва")])).id
        with ctx.sessions.begin() as s:
            # the busiest demo client's children all go to b as well (deals, tasks, interactions, files…)
            busy = s.execute(text("SELECT FIRST 1 d.CLIENT_ID FROM DEALS d GROUP BY d.CLIENT_ID "
                                  "ORDER BY COUNT(*) DESC")).scalar_one()
            tags = [r[0] for r in s.execute(select(Tag.id).order_by(Tag.id).limit(2))]
            if len(tags) < 2:
                for n in ("VIP", "Опт"):
                    s.add(Tag(name=n))
                s.flush()
                tags = [r[0] for r in s.execute(select(Tag.id).order_by(Tag.id).limit(2))]
            s.add_all([ClientTag(client_id=a, tag_id=tags[0]), ClientTag(client_id=b, tag_id=tags[0]),
                       ClientTag(client_id=b, tag_id=tags[1])])
            value = s.execute(text("SELECT FIRST 1 v.ID FROM CLASSIFIER_VALUES v")).scalar_one()
            s.add(ClientClassifier(client_id=b, value_id=value))
            s.add(Task(title="Позвонить по договору", client_id=b))
            f1 = CustomFieldDef(entity="CLIENT", code="segment", label="Сегмент", kind="TEXT")
            f2 = CustomFieldDef(entity="CLIENT", code="limit", label="Лимит", kind="NUMBER")
            s.add_all([f1, f2])
            s.flush()
            s.add_all([CustomFieldValue(field_id=f1.id, entity_id=a, value_text="опт"),
                       CustomFieldValue(field_id=f1.id, entity_id=b, value_text="розница"),
                       CustomFieldValue(field_id=f2.id, entity_id=b, value_num=500)])
        files.attach_file(ctx, b, "договор.txt", b"contract")
        with ctx.sessions.begin() as s:  # an invoice for one of busy's deals moves with the deals (0013)
            deal_id = s.execute(text("SELECT FIRST 1 d.ID FROM DEALS d WHERE d.CLIENT_ID = :c AND d.AMOUNT > 0 "
                                     "ORDER BY d.ID"), {"c": busy}).scalar_one()
        invoices.invoice_from_deal(ctx, deal_id, issued_on=dt.date(2026, 1, 15))
        busy_version = clients.load_client_card(ctx, busy).draft.version
    return {"spec": embedded_db, "a": a, "b": b, "busy": busy, "f1": f1.id, "f2": f2.id, "tags": tags,
            "busy_version": busy_version}


def test_every_reference_to_clients_has_a_rule(embedded_db):
    """A new foreign key to CLIENTS that merge does not know makes this fail (and merge refuse)."""
    with AppContext(embedded_db) as ctx, ctx.sessions.begin() as s:
        refs = merge.client_references(s)
        assert merge.unhandled_references(s) == []
        assert ("DEALS", "CLIENT_ID") in refs and ("CLIENTS", "MERGED_INTO_ID") in refs
        assert set(refs) == set(merge.REFERENCES), "REFERENCES names a link the schema no longer has"
        # the models agree with the database
        from_models = {(t.name, fk.parent.name.upper()) for t in metadata.tables.values() for fk in t.foreign_keys
                       if fk.column.table.name == "CLIENTS"}
        assert from_models == set(refs)


def test_merge_moves_everything_and_loses_nothing(world):
    a, b, busy = world["a"], world["b"], world["busy"]
    with AppContext(world["spec"]) as ctx:
        before = _counts(ctx)
        att = {c: _attached(ctx, c) for c in (a, b, busy)}
        tags_before = {c: _tags(ctx, c) for c in (a, b, busy)}
        plan = merge.load_merge_plan(ctx, [a, b, busy])
        choices = merge.default_choices(plan, a)
        # defaults: the survivor's own non-empty value, else the first non-empty one
        assert choices["name"] == a and choices["kpp"] in (b, busy) and choices["website"] in (b, busy)
        assert choices[f"cf:{world['f1']}"] == a and choices[f"cf:{world['f2']}"] == b
        choices["kpp"] = b
        choices["website"] = b
        choices[f"cf:{world['f1']}"] = b  # take b's "розница" over a's "опт"
        done = merge.merge_clients(ctx, a, [a, b, busy], choices, {c.id: c.version for c in plan.clients})
        after = _counts(ctx)
        # nothing deleted, nothing created except the merge's history row and its audit rows
        assert _same(after) == _same(before)
        assert after["AUDIT_LOG"] > before["AUDIT_LOG"] and after["CLIENT_MERGES"] == before["CLIENT_MERGES"] + 1
        # the test moves rows of every kind: each moving table has rows on a merged client
        assert [t for t in att[b] if att[b][t] + att[busy][t] == 0] == [], att
        moved = _attached(ctx, a)
        for t in moved:
            if t in ("CLIENT_TAGS",):
                continue
            assert moved[t] == att[a][t] + att[b][t] + att[busy][t], t
            assert _attached(ctx, b)[t] == 0 and _attached(ctx, busy)[t] == 0, t
        # the survivor has the union of the tags; b's copy of tag 0 stays with b (same fact)
        assert _tags(ctx, a) == tags_before[a] | tags_before[b] | tags_before[busy]
        assert world["tags"][0] in _tags(ctx, b)
        assert done.moved_rows > 0 and set(done.merged_ids) == {b, busy}
        card = clients.load_client_card(ctx, a)
        assert card.draft.kpp == "773601001" and card.draft.website == "romashka.ru"
        assert card.draft.name == "ООО «Ромашка»" and card.draft.inn == "7707083893"
        # opening a merged client opens the survivor
        assert clients.load_client_card(ctx, b).draft.id == a
        assert merge.resolve_client(ctx, busy) == a
        # search and the list hide the merged ones
        assert [r.id for r in clients.search_clients(ctx, "Romashka")] == [a]
        # the merged clients' audit trail shows on the survivor's card
        trail = audit.client_audit(ctx, a)
        assert any(e.table == "CLIENTS" and e.record_id == b and e.field == "MERGED_INTO_ID" for e in trail)
        assert any(e.table == "CLIENT_MERGES" for e in trail)
        with ctx.sessions.begin() as s:
            cf = {r[0]: r[1:] for r in s.execute(select(CustomFieldValue.field_id, CustomFieldValue.value_text,
                                                        CustomFieldValue.value_num)
                                                 .where(CustomFieldValue.entity_id == a))}
        assert cf[world["f1"]][0] == "розница" and cf[world["f2"]][1] == 500
        # one primary phone: a's own ("+7 495 …"); b's primary stepped down (undo restores it)
        phones = clients.load_client_card(ctx, a).draft.phones
        assert sum(p.is_primary for p in phones) == 1 and phones[0].number.endswith("123-45-67")
        history = merge.merge_history(ctx)
        assert history[0].id == done.merge_id and history[0].state == "DONE"
        assert set(history[0].merged_ids) == {b, busy} and history[0].survivor_id == a

        # undo: every row and value back
        merge.undo_merge(ctx, done.merge_id)
        assert _same(_counts(ctx)) == _same(before)
        for c in (a, b, busy):
            assert _attached(ctx, c) == att[c], c
        card_b = clients.load_client_card(ctx, b)
        assert card_b.draft.id == b and card_b.draft.name == "Romashka LLC"
        assert [p.is_primary for p in card_b.draft.phones] == [True]
        card_a = clients.load_client_card(ctx, a)
        assert card_a.draft.kpp is None and card_a.draft.website is None
        with ctx.sessions.begin() as s:
            cf = dict(s.execute(select(CustomFieldValue.entity_id, CustomFieldValue.value_text)
                                .where(CustomFieldValue.field_id == world["f1"])).all())
        assert cf == {a: "опт", b: "розница"}
        assert merge.merge_history(ctx)[0].state == "UNDONE"
        with pytest.raises(UserError):
            merge.undo_merge(ctx, done.merge_id)


def test_undo_is_refused_once_the_survivor_changed(world):
    a, b = world["a"], world["b"]
    with AppContext(world["spec"]) as ctx:
        done = merge.merge_by_default(ctx, a, [b])
        card = clients.load_client_card(ctx, a)
        clients.set_status(ctx, a, card.draft.version, "ACTIVE")
        with pytest.raises(ConflictError):
            merge.undo_merge(ctx, done.merge_id)
        assert clients.load_client_card(ctx, b).draft.id == a  # still merged


def test_a_stale_version_merges_nothing(world):
    a, b, busy = world["a"], world["b"], world["busy"]
    with AppContext(world["spec"]) as ctx:
        plan = merge.load_merge_plan(ctx, [a, b, busy])
        before = _counts(ctx), _attached(ctx, b)
        versions = {c.id: c.version for c in plan.clients}
        clients.set_status(ctx, busy, versions[busy], "REGULAR")  # someone edits a client meanwhile
        with pytest.raises(ConflictError):
            merge.merge_clients(ctx, a, [a, b, busy], merge.default_choices(plan, a), versions)
        assert (_counts(ctx)["CLIENTS"], _attached(ctx, b)) == (before[0]["CLIENTS"], before[1])
        assert clients.load_client_card(ctx, b).draft.id == b


def test_merge_needs_two_clients_and_refuses_a_merged_one(world):
    a, b, busy = world["a"], world["b"], world["busy"]
    with AppContext(world["spec"]) as ctx:
        with pytest.raises(UserError):
            merge.load_merge_plan(ctx, [a])
        merge.merge_by_default(ctx, a, [b])
        with pytest.raises(UserError, match="already been merged"):
            merge.merge_by_default(ctx, busy, [b])
        # a chain never forms: merging the survivor on moves its earlier pointers along
        merge.merge_by_default(ctx, busy, [a])
        assert merge.resolve_client(ctx, b) == busy
        assert clients.load_client_card(ctx, b).draft.id == busy


def test_the_command_line(world, capsys):
    """``duplicates``, ``merge clients|list|undo``: output, exit codes, one-line errors."""
    from app import cli

    a, b = world["a"], world["b"]
    db = ["--db", world["spec"].target.database]
    assert cli.main(["duplicates", "--min-score", "85", *db]) == 0  # name alone: 85
    out = capsys.readouterr().out
    assert f"  {a}\tООО «Ромашка»" in out and f"  {b}\tRomashka LLC" in out
    assert cli.main(["merge", "clients", str(a), str(b), *db]) == 0
    assert f"merged into {a}" in capsys.readouterr().out
    assert cli.main(["merge", "list", *db]) == 0
    line = capsys.readouterr().out.splitlines()[0].split("\t")
    merge_id = int(line[0])
    assert line[3:6] == ["DONE", str(a), str(b)]
    assert cli.main(["merge", "clients", str(b), str(a), *db]) == 1  # b is merged already
    assert capsys.readouterr().err.count("\n") == 1
    assert cli.main(["merge", "clients", str(a), "999999", *db]) == 3  # not visible / not there
    assert cli.main(["merge", "clients", str(a), *db]) == 1
    assert cli.main(["merge", *db]) == 64
    assert cli.main(["merge", "undo", str(merge_id), *db]) == 0
    assert cli.main(["merge", "undo", str(merge_id), *db]) == 1
    with AppContext(world["spec"]) as ctx:
        assert clients.load_client_card(ctx, b).draft.id == b
