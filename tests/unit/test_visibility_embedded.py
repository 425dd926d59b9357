"""The visibility rules on the Firebird 5 embedded engine (which trusts the user name): the same
views and guards as on the FB3 server, with FB4+'s default roles."""
from __future__ import annotations

import pytest

from app import clients, users
from app.clients import ClientDraft
from app.context import AppContext, spec_from
from app.errors import NotAllowed


def test_manager_and_head_on_embedded(embedded_db):
    path = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        for login, role in (("MGR1", "CRM_MANAGER"), ("MGR2", "CRM_MANAGER"), ("HEAD1", "CRM_HEAD")):
            users.add_user(ctx, login, role, None, department="Sales")
        uid = {r[0].strip(): r[1] for r in ctx.reader.query("SELECT LOGIN, ID FROM CRM_USERS")}
        mine = clients.save_client(ctx, ClientDraft(name="Mine", responsible_id=uid["MGR1"])).id
        clients.save_client(ctx, ClientDraft(name="Theirs", responsible_id=uid["MGR2"]))
    with AppContext(spec_from(path, "MGR1"), guard=False) as ctx:
        assert ctx.info.role == "CRM_MANAGER"
        assert [r.name for r in clients.list_clients_page(ctx).rows] == ["Mine"]
        card = clients.load_client_card(ctx, mine)
        card.draft.responsible_id = uid["MGR2"]
        with pytest.raises(NotAllowed):
            clients.save_client(ctx, card.draft)
    with AppContext(spec_from(path, "HEAD1"), guard=False) as ctx:
        assert sorted(r.name for r in clients.list_clients_page(ctx).rows) == ["Mine", "Theirs"]
    with AppContext(spec_from(path, "NOBODY"), guard=False) as ctx:  # a login without a CRM account
        assert ctx.info.role is None
        with pytest.raises(NotAllowed, match="no right"):
            clients.list_clients_page(ctx)


def test_board_offers_a_manager_only_himself_as_a_manager(embedded_db):
    """Scope OWN sees only its own deals: the board's manager filter offers no colleagues."""
    from app import board

    path = embedded_db.target.database
    with AppContext(embedded_db) as ctx:
        for login, role in (("MGR1", "CRM_MANAGER"), ("MGR2", "CRM_MANAGER"), ("HEAD1", "CRM_HEAD")):
            users.add_user(ctx, login, role, None, department="Sales", full_name=f"User {login}")
        everyone = board.board_choices(ctx).users
    assert {"User MGR1", "User MGR2", "User HEAD1"} <= {n for _i, n in everyone}
    with AppContext(spec_from(path, "MGR1"), guard=False) as ctx:
        choices = board.board_choices(ctx)
        assert choices.users == [(choices.my_user_id, "User MGR1")]
    with AppContext(spec_from(path, "HEAD1"), guard=False) as ctx:
        assert len(board.board_choices(ctx).users) == len(everyone)
