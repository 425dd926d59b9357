"""ABC and XYZ analysis of clients by revenue (REPORTS.md 59–61). Layer: ``reports``; reads only,
hand-written SQL through :func:`reports.queries.fetch` (routed to the visibility views).

Revenue = the amount of deals WON, dated by CLOSED_AT, in the report period (archived and merged
clients count). Terms exactly as REPORTS.md:

* **ABC**: clients sorted by revenue in the period, largest first (ties by name, then id).
  A = the first 80 % of revenue, B = the next 15 %, C = the rest. A client belongs to the class
  in which its revenue *starts*: with ``before`` = the share of all clients ahead of it,
  ``before < 0.80`` → A, ``before < 0.95`` → B, else C. So the client that crosses the 80 % line
  is still A (the biggest client is always A) and A holds at least 80 % of revenue.
* **XYZ**: the coefficient of variation (population standard deviation ÷ mean) of a client's
  revenue over *every* calendar month the period touches (months without sales count as 0).
  X < 10 %, Y < 25 %, Z otherwise. Only clients with revenue in the period are classed.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from reports.queries import fetch
from reports.queries.labels import months as months_between
from reports.spec import Params

A_LIMIT = 0.80
B_LIMIT = 0.95
X_LIMIT = 0.10
Y_LIMIT = 0.25

ABC_TITLES = {"A": QT_TRANSLATE_NOOP("reports", "A: first 80 % of revenue"),
              "B": QT_TRANSLATE_NOOP("reports", "B: next 15 %"),
              "C": QT_TRANSLATE_NOOP("reports", "C: the rest")}


def abc_class(before: float) -> str:
    """The ABC class of a client whose predecessors hold ``before`` of the revenue."""
    return "A" if before < A_LIMIT else "B" if before < B_LIMIT else "C"


def xyz_class(cv: float | None) -> str:
    return "X" if cv is not None and cv < X_LIMIT else "Y" if cv is not None and cv < Y_LIMIT else "Z"


def abc_hook(rows: list[dict[str, Any]], p: Params) -> list[dict[str, Any]]:
    """rows_hook of sales.abc: rows arrive sorted by revenue (largest first); adds ``share``,
    ``cum_share`` (fractions) and ``abc``; drops clients without revenue."""
    rows = [r for r in rows if (r.get("revenue") or 0) > 0]
    total = float(sum(Decimal(r["revenue"]) for r in rows))
    running = 0.0
    for r in rows:
        before = running / total
        running += float(r["revenue"])
        r["share"] = float(r["revenue"]) / total
        r["cum_share"] = running / total
        r["abc"] = abc_class(before)
    return rows


def _monthly(conn: Any, p: Params) -> dict[int, dict[str, Any]]:
    """client id -> {name, deals, revenue, months: {(y, m): revenue}} for won deals in the period."""
    args: dict[str, Any] = {"start": p.period.start_ts, "end": p.period.end_ts}
    where = ""
    if p.get("manager") is not None:
        where = " AND d.RESPONSIBLE_ID = :manager"
        args["manager"] = int(p["manager"])
    sql = f"""
SELECT d.CLIENT_ID AS client_id, CAST(LEFT(c.NAME, 120) AS VARCHAR(120)) AS name,
       EXTRACT(YEAR FROM d.CLOSED_AT) AS y, EXTRACT(MONTH FROM d.CLOSED_AT) AS m,
       COUNT(*) AS deals, SUM(d.AMOUNT) AS revenue
FROM DEALS d
LEFT JOIN CLIENTS c ON c.ID = d.CLIENT_ID
WHERE d.OUTCOME = 'WON' AND d.CLOSED_AT >= :start AND d.CLOSED_AT < :end{where}
GROUP BY d.CLIENT_ID, c.NAME, EXTRACT(YEAR FROM d.CLOSED_AT), EXTRACT(MONTH FROM d.CLOSED_AT)"""
    out: dict[int, dict[str, Any]] = {}
    for r in fetch(conn, sql, **args):
        c = out.setdefault(r["client_id"], {"client": r["name"], "deals": 0, "revenue": Decimal(0), "months": {}})
        c["deals"] += r["deals"]
        c["revenue"] += r["revenue"]
        c["months"][(int(r["y"]), int(r["m"]))] = r["revenue"]
    return out


def _classified(conn: Any, p: Params) -> list[dict[str, Any]]:
    """Clients with revenue, largest first, with ABC and XYZ figures."""
    months = months_between(p.period.start, p.period.end)
    clients = [dict(v, client_id=k) for k, v in _monthly(conn, p).items() if v["revenue"] > 0]
    clients.sort(key=lambda c: (-c["revenue"], c["client"] or "", c["client_id"]))
    abc_hook(clients, p)
    for c in clients:
        values = [float(c["months"].get(ym, 0)) for ym in months]
        mean = sum(values) / len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        c["active_months"] = sum(1 for v in values if v > 0)
        c["avg_month"] = mean
        c["cv"] = std / mean if mean else None
        c["xyz"] = xyz_class(c["cv"])
    return clients


def xyz(conn: Any, p: Params) -> Iterator[Mapping[str, Any]]:
    """sales.xyz rows: grouped by class (X, Y, Z), largest revenue first within a class."""
    clients = _classified(conn, p)
    clients.sort(key=lambda c: (c["xyz"], -c["revenue"], c["client"] or "", c["client_id"]))
    yield from clients


def abc_xyz(conn: Any, p: Params) -> Iterable[Mapping[str, Any]]:
    """sales.abc_xyz rows: one per ABC class with client counts per XYZ class and the revenue."""
    clients = _classified(conn, p)
    total = float(sum(c["revenue"] for c in clients)) or 1.0
    rows = []
    for cls in "ABC":
        mine = [c for c in clients if c["abc"] == cls]
        revenue = sum((c["revenue"] for c in mine), Decimal(0))
        rows.append({"abc": translate("reports", ABC_TITLES[cls]), **{k.lower(): sum(1 for c in mine if c["xyz"] == k)
                                                                    for k in "XYZ"},
                     "clients": len(mine), "revenue": revenue, "share": float(revenue) / total})
    return rows
