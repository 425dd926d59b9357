"""The whole plan of a prepared fdb statement, for tests that assert on plans.

fdb's ``PreparedStatement.plan`` asks for the plan with a 256-byte buffer, and the server then
returns it cut to that size with "..." instead of flagging it as truncated, so a statement over
the visibility views (one plan line per view's once-per-statement subquery, revision 0016) loses
the lines that matter. This asks with a buffer big enough for any plan.
"""
from __future__ import annotations

import fdb.fbcore as fbcore
from fdb import ibase


def full_plan(prepared) -> str:
    buf = b" " * 65000
    fbcore.api.isc_dsql_sql_info(prepared._isc_status, prepared._stmt_handle, 2,
                                 fbcore.bs([ibase.isc_info_sql_get_plan, ibase.isc_info_end]), len(buf), buf)
    assert buf[0] == ibase.isc_info_sql_get_plan, buf[:4]
    size = fbcore.bytes_to_uint(buf[1:3])
    return buf[3:3 + size].decode("utf-8", "replace").strip()
