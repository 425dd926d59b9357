"""The funnel board and the deal list on the embedded engine: known deals with controlled dates,
column counts and sums, rotting, filters, list sort and keyset paging, moves, the Excel export."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from app import board, clients
from app.board import BoardFilter, DealListFilter
from app.clients import ClientDraft
from app.context import AppContext
from db.models import ClientTag, CrmUser, Deal, DealStageHistory, Interaction, Tag, Task
from db.queries import deal_board as q

NOW = dt.datetime.now().replace(microsecond=0)


def ago(days: float) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


class World:
    """The seeded "Sales" funnel (New lead, Qualification, Proposal, Negotiation, Won, Lost) with
    known deals: stage name → stage; deals by a short key."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        funnel = next(f for f in board.deals.funnels_with_stages(ctx) if f.is_default)
        self.funnel = funnel
        self.stage = {s.name: s for s in funnel.stages}
        self.romashka = clients.save_client(ctx, ClientDraft(name="ООО «Ромашка»")).id
        self.lutik = clients.save_client(ctx, ClientDraft(name="Лютик")).id
        with ctx.sessions.begin() as s:
            self.me = s.scalar(select(CrmUser.id).where(CrmUser.login == "SYSDBA"))
            mgr = CrmUser(login="MGR1", full_name="Manager One", role_name="CRM_MANAGER", scope="OWN")
            s.add(mgr)
            s.flush()
            self.mgr = mgr.id
            self.vip = s.scalar(select(Tag.id).where(Tag.name == "VIP"))
            s.add(ClientTag(client_id=self.lutik, tag_id=self.vip))
        self.deals: dict[str, int] = {}

    def deal(self, key: str, stage: str, amount: str = "0", *, entered: float = 1, created: float | None = None,
             client: int | None = None, responsible: int | None = None, expected: dt.date | None = None,
             title: str | None = None) -> int:
        with self.ctx.sessions.begin() as s:
            d = Deal(client_id=client or self.romashka, funnel_id=self.funnel.id, stage_id=self.stage[stage].id,
                     title=title or key, amount=Decimal(amount), stage_entered_at=ago(entered),
                     created_at=ago(created if created is not None else entered),
                     responsible_id=responsible if responsible is not None else self.me, expected_close=expected)
            s.add(d)
            s.flush()
            self.deals[key] = d.id
        return d.id

    def interaction(self, key: str, days: float) -> None:
        with self.ctx.sessions.begin() as s:
            s.add(Interaction(client_id=self.romashka, deal_id=self.deals[key], kind="CALL", occurred_at=ago(days),
                              created_at=ago(days)))

    def task(self, key: str, title: str, *, done: float | None = None, due: dt.datetime | None = None,
             created: float = 40) -> None:
        with self.ctx.sessions.begin() as s:
            s.add(Task(title=title, deal_id=self.deals[key], client_id=self.romashka, created_at=ago(created),
                       status="DONE" if done is not None else "OPEN", done_at=ago(done) if done is not None else None,
                       due_at=due))


@pytest.fixture
def world(embedded_db):
    with AppContext(embedded_db) as ctx:
        yield World(ctx)


@pytest.fixture(params=["embedded", "server"])
def world_both(request):
    """The world on the FB5 embedded engine and on the FB3 server (window functions, DATEDIFF)."""
    spec = request.getfixturevalue("embedded_db" if request.param == "embedded" else "server_db")
    with AppContext(spec) as ctx:
        yield World(ctx)


def _column(b: board.Board, name: str) -> board.BoardColumn:
    return next(c for c in b.columns if c.stage.name == name)


def test_columns_count_and_sum_every_stage_in_order(world_both):
    w = world_both
    w.deal("a", "New lead", "100", entered=3)
    w.deal("b", "New lead", "200.50", entered=1)
    w.deal("c", "New lead", "300", entered=2)
    w.deal("q", "Qualification", "50", entered=1)
    w.deal("won-recent", "Won", "1000", entered=5)
    w.deal("won-old", "Won", "7000", entered=60)
    w.deal("lost-old", "Lost", "9", entered=90)
    ctx = w.ctx
    r = ctx.reader
    e0 = r.executions
    b = board.board(ctx, w.funnel.id, BoardFilter(), funnel=w.funnel)
    assert r.executions - e0 == 1  # the whole board is one statement
    assert [c.stage.name for c in b.columns] == ["New lead", "Qualification", "Proposal", "Negotiation", "Won", "Lost"]
    assert [c.count for c in b.columns] == [3, 1, 0, 0, 1, 0]  # won/lost: closed in the last 30 days
    assert _column(b, "New lead").amount == Decimal("600.50")
    assert _column(b, "Won").amount == Decimal("1000")
    # newest in the stage first
    assert [c.title for c in _column(b, "New lead").cards] == ["b", "c", "a"]
    assert _column(b, "New lead").cards[2].days_in_stage == 3
    # every closed deal when asked
    b_all = board.board(ctx, w.funnel.id, BoardFilter(closed_days=None))
    assert [c.count for c in b_all.columns] == [3, 1, 0, 0, 2, 1]
    assert _column(b_all, "Won").amount == Decimal("8000")


def test_card_limit_keeps_the_column_totals(world):
    w = world
    for i in range(5):
        w.deal(f"d{i}", "New lead", "10", entered=i + 1)
    b = board.board(w.ctx, w.funnel.id, BoardFilter(), limit=2)
    col = _column(b, "New lead")
    assert col.count == 5 and col.amount == Decimal("50") and len(col.cards) == 2 and col.truncated
    assert [c.title for c in col.cards] == ["d0", "d1"]


def test_rotting_follows_the_latest_activity(world_both):
    w = world_both
    w.deal("idle", "Qualification", entered=20)  # rot_days 14, nothing since: rotting
    w.deal("called", "Qualification", entered=20)
    w.interaction("called", 3)  # a call 3 days ago: fresh
    w.deal("task-done", "Qualification", entered=20)
    w.task("task-done", "Send offer", done=2)  # a task done 2 days ago: fresh
    w.deal("old-call", "Qualification", entered=30)
    w.interaction("old-call", 16)  # last activity 16 days ago ≥ 14: rotting
    w.deal("never", "New lead", entered=100)  # rot_days 0: never rots
    w.deal("planned", "Negotiation", "10", entered=5)  # rot_days 10, 5 days: fresh
    w.task("planned", "Call back", due=NOW + dt.timedelta(days=2), created=6)
    w.task("planned", "Later", due=NOW + dt.timedelta(days=9), created=6)
    b = board.board(w.ctx, w.funnel.id, BoardFilter())
    cards = {c.title: c for col in b.columns for c in col.cards}
    assert {t for t, c in cards.items() if c.rotting} == {"idle", "old-call"}
    assert cards["idle"].idle_days == 20 and cards["idle"].last_activity == ago(20)
    assert cards["called"].idle_days == 3 and cards["called"].last_activity == ago(3)
    assert cards["task-done"].idle_days == 2
    assert cards["old-call"].idle_days == 16
    assert cards["never"].idle_days == 100 and not cards["never"].rotting
    # the next task is the open one due first
    assert cards["planned"].next_task == "Call back"
    assert cards["planned"].next_task_due == NOW + dt.timedelta(days=2)
    assert cards["idle"].next_task is None


def test_filters(world):
    w = world
    w.deal("mine", "New lead", "1", entered=2, created=2, expected=dt.date(2030, 1, 15), title="Поставка бумаги")
    w.deal("his", "New lead", "2", entered=3, created=40, responsible=w.mgr, title="Ремонт")
    w.deal("vip", "Qualification", "4", entered=1, created=1, client=w.lutik, expected=dt.date(2030, 2, 1),
           title="Licence")

    def titles(**kw) -> set[str]:
        b = board.board(w.ctx, w.funnel.id, BoardFilter(**kw))
        return {c.title for col in b.columns for c in col.cards}

    assert titles() == {"Поставка бумаги", "Ремонт", "Licence"}
    assert titles(responsible_id=w.me) == {"Поставка бумаги", "Licence"}
    assert titles(responsible_id=w.mgr) == {"Ремонт"}
    assert titles(responsible_id=-1) == set()
    assert titles(tag_id=w.vip) == {"Licence"}
    assert titles(text="бумаг") == {"Поставка бумаги"}  # part of the title
    assert titles(text="БУМАГ") == {"Поставка бумаги"}  # case-insensitive, Cyrillic too
    assert titles(text="лютик") == {"Licence"}  # the client's name
    assert titles(date_from=(NOW - dt.timedelta(days=10)).date()) == {"Поставка бумаги", "Licence"}
    assert titles(date_to=(NOW - dt.timedelta(days=30)).date()) == {"Ремонт"}
    assert titles(period_field="expected_close", date_from=dt.date(2030, 1, 1),
                  date_to=dt.date(2030, 1, 31)) == {"Поставка бумаги"}
    b = board.board(w.ctx, w.funnel.id, BoardFilter(responsible_id=w.me))
    assert _column(b, "New lead").count == 1 and _column(b, "New lead").amount == Decimal("1")


def _all_rows(ctx, f, sort, desc) -> list[board.DealRow]:
    rows, after = [], None
    while True:
        page = board.deal_page(ctx, f, sort, desc, after)
        rows += page.rows
        if page.next_key is None:
            return rows
        after = page.next_key


@pytest.mark.parametrize("sort", ["title", "client_name", "stage", "amount", "expected_close", "responsible",
                                  "created_at", "days_in_stage", "closed_at"])
@pytest.mark.parametrize("desc", [False, True])
def test_list_sort_and_keyset_pages(world, monkeypatch, sort, desc):
    w = world
    specs = [("Gamma", "New lead", "30", 5, None, w.me), ("alpha", "Qualification", "10", 2, dt.date(2030, 5, 1), w.mgr),
             ("Beta", "Proposal", "20", 9, dt.date(2030, 1, 1), w.me), ("delta", "Won", "40", 1, None, w.mgr),
             ("Epsilon", "New lead", "20", 7, dt.date(2029, 1, 1), w.me)]
    for title, stage, amount, entered, expected, resp in specs:
        w.deal(title, stage, amount, entered=entered, created=entered + 1, expected=expected, responsible=resp,
               client=w.lutik if title in ("alpha", "delta") else None)
    monkeypatch.setattr(q, "PAGE_SIZE", 2)  # three pages of keyset paging
    rows = _all_rows(w.ctx, DealListFilter(), sort, desc)
    assert len(rows) == 5 and len({r.id for r in rows}) == 5
    order = {s.name: s.sort_order for s in w.funnel.stages}
    far = dt.date(2999, 12, 31)
    keys = {
        "title": lambda r: r.title,  # the database's collation: compare with its own order below
        "client_name": lambda r: r.client_name,
        "stage": lambda r: order[r.stage],
        "amount": lambda r: r.amount,
        "expected_close": lambda r: r.expected_close or far,
        "responsible": lambda r: r.responsible or "",
        "created_at": lambda r: r.created_at,
        "days_in_stage": lambda r: r.days_in_stage,
        "closed_at": lambda r: r.closed_at or dt.datetime(1900, 1, 1),
    }
    values = [keys[sort](r) for r in rows]
    if sort in ("title", "client_name", "responsible"):
        expected = [x for x, in w.ctx.reader.query(
            {"title": "SELECT d.TITLE FROM DEALS d ORDER BY d.TITLE {d}, d.ID {d}",
             "client_name": "SELECT c.NAME FROM DEALS d JOIN CLIENTS c ON c.ID = d.CLIENT_ID ORDER BY c.NAME {d}, d.ID {d}",
             "responsible": "SELECT u.FULL_NAME FROM DEALS d JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID "
                            "ORDER BY u.FULL_NAME {d}, d.ID {d}"}[sort].format(d="DESC" if desc else "ASC"))]
        assert values == expected
    else:
        assert values == sorted(values, reverse=desc)
    if sort == "amount" and not desc:
        assert [r.title for r in rows] == ["alpha", "Beta", "Epsilon", "Gamma", "delta"]  # ties by id


def test_list_outcome_and_funnel_filters(world):
    w = world
    w.deal("open1", "New lead", "1")
    w.deal("won1", "Won", "2")
    w.deal("lost1", "Lost", "3")
    got = lambda **kw: {r.title for r in _all_rows(w.ctx, DealListFilter(**kw), "title", False)}  # noqa: E731
    assert got() == {"open1", "won1", "lost1"}
    assert got(outcome="OPEN") == {"open1"}
    assert got(outcome="WON") == {"won1"}
    assert got(outcome="LOST", funnel_id=w.funnel.id) == {"lost1"}
    assert got(funnel_id=w.funnel.id + 1000) == set()
    row = next(r for r in _all_rows(w.ctx, DealListFilter(outcome="WON"), "title", False))
    assert row.outcome == "WON" and row.stage == "Won" and row.closed_at is not None and row.funnel == "Sales"


def test_move_cards_reports_refusals_and_moves_the_rest(world):
    w = world
    ok = w.deal("ok", "Qualification", "500")
    empty = w.deal("empty", "Qualification", "0")  # Proposal requires an amount
    b = board.board(w.ctx, w.funnel.id, BoardFilter())
    cards = {c.title: c for c in _column(b, "Qualification").cards}
    res = board.move_cards(w.ctx, [(ok, cards["ok"].version, "ok"), (empty, cards["empty"].version, "empty")],
                           w.stage["Proposal"].id)
    assert res.moved == [ok]
    assert [f.deal_id for f in res.failed] == [empty] and "amount" in res.failed[0].message.lower()
    assert res.changes.touches("deal", ok)
    b = board.board(w.ctx, w.funnel.id, BoardFilter())
    assert [c.title for c in _column(b, "Proposal").cards] == ["ok"]
    assert [c.title for c in _column(b, "Qualification").cards] == ["empty"]
    with w.ctx.sessions.begin() as s:
        hist = s.execute(select(DealStageHistory.from_stage_id, DealStageHistory.to_stage_id)
                         .where(DealStageHistory.deal_id == ok).order_by(DealStageHistory.id)).all()
    assert hist[-1] == (w.stage["Qualification"].id, w.stage["Proposal"].id)
    # a stale version is refused, not overwritten
    res = board.move_cards(w.ctx, [(ok, cards["ok"].version, "ok")], w.stage["Negotiation"].id)
    assert res.moved == [] and len(res.failed) == 1
    # a lost stage needs a reason: the UI asks for it
    res = board.move_cards(w.ctx, [(empty, None, "empty")], w.stage["Lost"].id)
    assert res.failed[0].field == "lost_reason_id"
    reason = board.deals.lost_reasons(w.ctx)[0][0]
    board.close_lost(w.ctx, [empty], reason, "too dear")
    res = board.close_cards_won(w.ctx, [(ok, None, "ok")])
    assert res.moved == [ok]
    b = board.board(w.ctx, w.funnel.id, BoardFilter())
    assert _column(b, "Won").count == 1 and _column(b, "Lost").count == 1


def test_export_writes_numbers_and_dates(world, tmp_path, monkeypatch):
    w = world
    w.deal("Первая", "New lead", "1234.56", entered=3, expected=dt.date(2030, 3, 4))
    w.deal("Second", "Won", "10", entered=2)
    w.deal("Third", "Qualification", "0", entered=1)
    monkeypatch.setattr(board, "EXPORT_BATCH", 2)  # progress after every fetched batch
    calls = []
    path = tmp_path / "deals.xlsx"
    n = board.export_deals_xlsx(w.ctx, DealListFilter(), path, lambda done, total, what: calls.append(done),
                                sort="amount", desc=True)
    assert n == 3 and calls == [2, 3]
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("ID", "Deal", "Client") and len(rows) == 4
    titles = [r[1] for r in rows[1:]]
    assert titles == ["Первая", "Second", "Third"]
    first = rows[1]
    amount = first[6]
    assert isinstance(amount, (int, float)) and amount == pytest.approx(1234.56)
    assert isinstance(first[8], dt.datetime) and first[8].date() == dt.date(2030, 3, 4)
    assert isinstance(first[10], dt.datetime)
    assert isinstance(first[12], int) and first[12] == 3
    assert rows[2][5] == "Won" and isinstance(rows[2][11], dt.datetime)
    assert ws.cell(row=2, column=7).number_format == "#,##0.00"


def test_export_to_an_unwritable_place_says_so(world, tmp_path):
    from app.errors import UserError

    with pytest.raises(UserError) as err:
        board.export_deals_xlsx(world.ctx, None, tmp_path / "no" / "such" / "dir" / "x.xlsx")
    assert "x.xlsx" in str(err.value)


def test_choices(world):
    ch = board.board_choices(world.ctx)
    assert ch.my_user_id == world.me
    assert {n for _, n in ch.users} >= {"Administrator", "Manager One"}
    assert "VIP" in {t[1] for t in ch.tags}
    assert ch.default_funnel().name == "Sales"
    assert len(ch.lost_reasons) == 5


@pytest.mark.parametrize("flt", [BoardFilter(), BoardFilter(responsible_id=1, text="x", tag_id=1)])
def test_board_plan_reads_deals_through_an_index(world, flt):
    from db.visibility import route_sql
    from tests.plans import full_plan

    sql, _ = q.numbered_deals_sql(flt)
    cur = world.ctx.reader._transaction().cursor()
    plan = full_plan(cur.prep(route_sql(sql)))
    assert "D0 X INDEX (FK_DEALS_FUNNEL_ID" in plan or "D0 X INDEX (IX_DEALS_FUNNEL_STAGE" in plan, plan
    assert "D0 X NATURAL" not in plan, plan


def _group_world(w) -> None:
    """Ties and NULLs for the stage and responsible sorts (revision 0017): a second funnel with
    the default funnel's order and a stage of the same place, two users of the same name, deals
    without a responsible, several deals per stage and per user."""
    from db.models import Funnel, Stage

    with w.ctx.sessions.begin() as s:
        main = s.get(Funnel, w.funnel.id)
        f2 = Funnel(name="Second", sort_order=main.sort_order)
        s.add(f2)
        s.flush()
        first_place = min(st.sort_order for st in w.funnel.stages)
        s.add(Stage(funnel_id=f2.id, name="Other lead", sort_order=first_place))
        twins = [CrmUser(login=f"TWIN{i}", full_name="Aaa Twin", role_name="CRM_MANAGER", scope="OWN")
                 for i in (1, 2)]
        s.add_all(twins)
        s.flush()
        f2_id, stage2 = f2.id, s.scalar(select(Stage.id).where(Stage.funnel_id == f2.id))
        twin_ids = [t.id for t in twins]
    users = [w.me, w.mgr, *twin_ids, None]
    stages = ["New lead", "Qualification", "Won", "New lead", "Proposal"]
    with w.ctx.sessions.begin() as s:
        for i in range(17):
            s.add(Deal(client_id=w.romashka if i % 3 else w.lutik, funnel_id=f2_id if i % 4 == 3 else w.funnel.id,
                       stage_id=stage2 if i % 4 == 3 else w.stage[stages[i % 5]].id, title=f"g{i:02d}",
                       amount=Decimal(i), stage_entered_at=ago(i), created_at=ago(i),
                       responsible_id=users[i % 5], outcome="WON" if stages[i % 5] == "Won" and i % 4 != 3 else "OPEN"))


#: the order of the stage and responsible sorts over the base tables (funnel order and id, stage
#: order and id; the user's name (none first) and id; then the deal id)
_GROUP_REFERENCE = {
    "stage": "SELECT d.ID FROM DEALS d JOIN STAGES s ON s.ID = d.STAGE_ID JOIN FUNNELS f ON f.ID = d.FUNNEL_ID "
             "WHERE {w} ORDER BY f.SORT_ORDER {d}, f.ID {d}, s.SORT_ORDER {d}, s.ID {d}, d.ID {d}",
    "responsible": "SELECT d.ID FROM DEALS d LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID "
                   "WHERE {w} ORDER BY u.FULL_NAME {d} NULLS {n}, u.ID {d} NULLS {n}, d.ID {d}",
}


@pytest.mark.parametrize("page_size", [1, 2, 3, 200])
@pytest.mark.parametrize("sort", ["stage", "responsible"])
@pytest.mark.parametrize("desc", [False, True])
def test_stage_and_responsible_pages_are_exact_with_ties_and_nulls(world, monkeypatch, sort, desc, page_size):
    w = world
    _group_world(w)
    monkeypatch.setattr(q, "PAGE_SIZE", page_size)
    for flt, cond in ((DealListFilter(), "1 = 1"), (DealListFilter(outcome="OPEN"), "d.OUTCOME = 'OPEN'"),
                      (DealListFilter(text="g1", responsible_id=w.mgr),
                       f"d.TITLE CONTAINING 'g1' AND d.RESPONSIBLE_ID = {w.mgr}")):
        rows, after = [], None
        for _ in range(40):  # a page that repeats must fail, not loop for ever
            page = board.deal_page(w.ctx, flt, sort, desc, after)
            rows += page.rows
            if page.next_key is None:
                break
            after = page.next_key
        expected = [i for i, in w.ctx.reader.query(_GROUP_REFERENCE[sort].format(
            w=cond, d="DESC" if desc else "ASC", n="LAST" if desc else "FIRST"))]
        assert [r.id for r in rows] == expected, (flt, page_size)
        assert len(expected) >= 2 and len(set(expected)) == len(expected)
        # the export reads every row in the same order in one statement
        exported = [r[0] for batch in q.all_rows(w.ctx.reader, flt, sort, desc) for r in batch]
        assert exported == expected
    everything = [r.id for r in _all_rows(w.ctx, DealListFilter(), sort, desc)]
    resp = dict(w.ctx.reader.query("SELECT d.ID, d.RESPONSIBLE_ID FROM DEALS d"))
    assert any(resp[i] is None for i in everything)  # the deals without a responsible are there


@pytest.mark.parametrize("sort, index", [("stage", "IX_DEALS_STG_ID"), ("responsible", "IX_DEALS_RESP_ID")])
@pytest.mark.parametrize("desc", [False, True])
def test_stage_and_responsible_pages_walk_an_index(world, sort, desc, index):
    from db.visibility import route_sql
    from tests.plans import full_plan

    sql, _ = q.build_group_walk_sql(DealListFilter(outcome="OPEN"), sort, desc, q.PAGE_SIZE)
    cur = world.ctx.reader._transaction().cursor()
    plan = full_plan(cur.prep(route_sql(sql)))
    walk = f"(D X ORDER {index}{'_D' if desc else ''},"  # navigates the index, bounded by the value
    assert plan.count(walk) == (2 if sort == "responsible" else 1), plan  # responsible: NULL and a user
    assert "D X NATURAL" not in plan and "SORT (JOIN (D X" not in plan, plan
