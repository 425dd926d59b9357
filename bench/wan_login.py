"""Login to the first screen over the branch-office link, in the GUI's real order (issue #12).

    .venv/bin/python -m bench.wan_login --clients 2000 [--repeat 3]

Same set-up as ``wan_client_list`` (private Firebird 3 server, demo data over loopback, the WAN
emulator in front: RTT 100 ms, 1 Mbit/s), **WAN profile** (WireCrypt + compression). Each pass
runs what the main window sends to its worker after a login, in that order
(``ui/main_window.py::on_connector_did_open``, ``ui/workspace.py``: only the visible tab loads):

1. ``connect``: ``AppContext(spec)`` (attach, the facts statement with the schema revision);
2. the first screen, :data:`FIRST_SCREEN` of the tab shown first: ``dashboard``
   (:func:`app.dashboard.load`, one statement; the first tab since issue #13) — or, in a second
   login whose remembered tab is the client list, ``list choices`` + ``page 1``
   (:func:`app.clients.list_choices`, :func:`app.clients.list_clients_page`);
3. :data:`AFTER_FIRST_SCREEN`, queued when the first screen has its data: ``reminders``
   (:func:`app.planner.due_reminders`, the notifier's first poll), ``rights``
   (:func:`app.security.my_rights`), ``card reference`` (:func:`app.reference.reference_data`,
   prefetched for the first card; it also prepares the card's usual save, so the cold save is 3
   round trips like the warm one), ``login history`` (:func:`app.audit.log_login`, report 116);
   the live-update listener's attachment starts then too (its own
   connection, not counted here);
4. ``first card``: :func:`app.clients.load_client_card`, the first card of the session;
5. ``save card``: :func:`app.clients.save_client` (city changed), cold then warm.

:data:`FIRST_SCREEN` and :data:`AFTER_FIRST_SCREEN` are what ``tests/ui/test_login_order.py``
finds the real main window running (offscreen), so this bench cannot drift from the GUI unseen.
"login without a remembered role" is the connect step for a CRM manager whose role the profile
does not know yet (FB3 activates a role only at attach: a second attach).
Columns: turns (proxy round trips), KB both ways, seconds; "login → dashboard" sums steps 1-2,
"login → client list" the second login's connect, list choices and page 1.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.wan_client_list import Sample, add_link_args, measure, median_sample, server_behind_wan  # noqa: E402

#: the worker's jobs between the connect and the first screen, by the tab shown first
FIRST_SCREEN: dict[str, tuple[str, ...]] = {
    "dashboard": ("app.dashboard.load",),
    "clients": ("app.clients.list_choices", "app.clients.list_clients_page"),
}
#: the jobs queued once the first screen has its data, in order
AFTER_FIRST_SCREEN = ("app.planner.due_reminders", "app.security.my_rights", "app.reference.reference_data",
                      "app.audit.log_login")
#: step labels of the job names above
LABELS = {"app.dashboard.load": "dashboard", "app.clients.list_choices": "list choices",
          "app.clients.list_clients_page": "page 1", "app.planner.due_reminders": "reminders",
          "app.security.my_rights": "rights", "app.reference.reference_data": "card reference",
          "app.audit.log_login": "login history"}

STEPS = ("connect", "dashboard", "reminders", "rights", "card reference", "login history", "first card", "save card (cold)",
         "save card (warm)", "connect (2nd login)", "list choices", "page 1")


def job(name: str) -> Callable[..., Any]:
    """The ``app`` function of a job name (``"app.dashboard.load"``)."""
    module, _, fn = name.rpartition(".")
    return getattr(importlib.import_module(module), fn)


def run_job(ctx: Any, name: str) -> Any:
    """Call a job as the GUI does (the reminder poll passes the time now)."""
    if name == "app.planner.due_reminders":
        return job(name)(ctx, dt.datetime.now())
    return job(name)(ctx)


def run_pass(px: Any, spec: Any) -> dict[str, Sample]:
    from app import clients
    from app.context import AppContext

    out: dict[str, Sample] = {}
    out["connect"], ctx = measure(px, lambda: AppContext(spec))
    try:
        for name in FIRST_SCREEN["dashboard"] + AFTER_FIRST_SCREEN:
            out[LABELS[name]], _ = measure(px, lambda n=name: run_job(ctx, n))
        page = clients.list_clients_page(ctx)
        ids = [r.id for r in page.rows[:3]]
        out["first card"], card = measure(px, lambda: clients.load_client_card(ctx, ids[0]))
        for label, cid in (("save card (cold)", ids[0]), ("save card (warm)", ids[1])):
            card = clients.load_client_card(ctx, cid)
            original = copy.deepcopy(card.draft)
            card.draft.city = f"Bench {dt.datetime.now():%H%M%S%f}"
            out[label], _ = measure(px, lambda c=card, o=original: clients.save_client(ctx, c.draft, o))
    finally:
        ctx.close()
    # a login whose remembered tab is the client list
    out["connect (2nd login)"], ctx = measure(px, lambda: AppContext(spec))
    try:
        for name in FIRST_SCREEN["clients"]:
            out[LABELS[name]], _ = measure(px, lambda n=name: run_job(ctx, n))
    finally:
        ctx.close()
    return out


def run_role_login(px: Any, direct: Any, proxied: str) -> Sample | None:
    """Connect as a CRM manager whose role is not passed (the profile does not remember it)."""
    from app import users
    from app.context import AppContext, spec_from

    login, password = "BENCH_MGR", "Bench-Pass-1"
    try:
        with AppContext(direct) as admin:
            users.add_user(admin, login, "CRM_MANAGER", password, full_name="Bench Manager", scope="OWN")
    except Exception as exc:  # the user API changed: leave this row out rather than fail the bench
        print(f"(no role login row: {exc})")
        return None
    spec = spec_from(proxied, login, password, wan=True)
    sample, ctx = measure(px, lambda: AppContext(spec))
    ctx.close()
    return sample


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_link_args(ap, clients=2000)
    args = ap.parse_args(argv)
    from app.context import spec_from

    with server_behind_wan(args, "login.fdb", my_day=True) as (direct, proxied, password, px):
        spec = spec_from(proxied, "SYSDBA", password, wan=True)
        runs = [run_pass(px, spec) for _ in range(max(1, args.repeat))]
        res = {s: median_sample([r[s] for r in runs]) for s in STEPS}
        role = run_role_login(px, direct, proxied)
    rtt = 2 * args.delay_ms
    print(f"\nWAN profile, RTT {rtt:.0f} ms, {args.rate_kbit:.0f} kbit/s, {args.clients} demo clients, "
          f"median of {args.repeat}")
    print(f"{'step':<22}{'turns':>6}{'KB':>8}{'s':>8}")
    for s in STEPS:
        x = res[s]
        print(f"{s:<22}{x.turns:>6}{x.kbytes:>8.1f}{x.seconds:>8.3f}")
    for label, steps in (("login → dashboard", ("connect", "dashboard")),
                         ("login → client list", ("connect (2nd login)", "list choices", "page 1"))):
        part = [res[s] for s in steps]
        print(f"{label:<22}{sum(x.turns for x in part):>6}{sum(x.kbytes for x in part):>8.1f}"
              f"{sum(x.seconds for x in part):>8.3f}")
    if role is not None:
        print(f"{'connect, role not remembered':<22}{role.turns:>6}{role.kbytes:>8.1f}{role.seconds:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
