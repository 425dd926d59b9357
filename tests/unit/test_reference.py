"""Reference data for the card's combos: one read, sorted, only active users and sources."""
from __future__ import annotations

from app import reference
from app.context import AppContext
from db.models import CrmUser, Source, Tag


def test_reference_data_lists_active_users_sources_and_tags_by_name(embedded_db):
    with AppContext(embedded_db) as ctx:
        with ctx.sessions.begin() as s:
            s.add(CrmUser(login="ZED", full_name="Aardvark Zed"))
            s.add(CrmUser(login="GONE", full_name="Gone Away", is_active=False))
            s.add(Source(name="Zzz old source", is_active=False))
            s.add(Tag(name="Aaa first", color="#00FF00"))
        ctx.reader.restart()  # see the rows committed above
        before = ctx.reader.executions
        ref = reference.reference_data(ctx)
        assert ctx.reader.executions - before == 1  # one round trip for all three lists
    names = [n for _, n in ref.users]
    assert "Aardvark Zed" in names and "Gone Away" not in names
    assert names == sorted(names)
    assert ref.user_name(ref.users[0][0]) == names[0]
    sources = [n for _, n in ref.sources]
    assert "Website" in sources and "Zzz old source" not in sources and sources == sorted(sources)
    assert ref.tags[0] == (ref.tags[0][0], "Aaa first", "#00FF00")
    assert {"VIP", "Partner", "Tender"} <= {t[1] for t in ref.tags}
    assert ref.statuses == ("POTENTIAL", "ACTIVE", "REGULAR", "LOST")
