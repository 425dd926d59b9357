"""Deal list sorted by stage / responsible on a 100k copy: the old ORDER BY against the 0017 EXECUTE BLOCK
(SYSDBA, routed SQL; first run, median of 3, page 2). `python bench/deal_group_sorts.py COPY.fdb [create]`
(`create`: add the 0017 indexes by hand to a copy that cannot be migrated to 0017)."""
import statistics, sys, time
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from db import fbclient
fbclient.load()
import fdb
from db.queries import deal_board as q
from db.visibility import route_sql
con = fdb.connect(database=sys.argv[1], user="SYSDBA", password="x", charset="UTF8")
cur = con.cursor()
if len(sys.argv) > 2:
    for name, table, cols, desc in [("IX_DEALS_STG_ID", "DEALS", "STAGE_ID, ID", False), ("IX_DEALS_STG_ID_D", "DEALS", "STAGE_ID, ID", True),
                                    ("IX_DEALS_RESP_ID", "DEALS", "RESPONSIBLE_ID, ID", False), ("IX_DEALS_RESP_ID_D", "DEALS", "RESPONSIBLE_ID, ID", True)]:
        cur.execute(f"CREATE {'DESCENDING ' if desc else ''}INDEX {name} ON {table} ({cols})")
    con.commit()
    sys.exit()
def t(sql, params):
    ts = []
    for _ in range(4):
        t0 = time.perf_counter(); cur.execute(sql, params); rows = cur.fetchall(); ts.append((time.perf_counter() - t0) * 1000)
    return ts[0], statistics.median(ts[1:]), rows
for sort in ("stage", "responsible"):
    for desc in (False, True):
        old, p = q.build_list_sql(q.DealFilter(), sort, desc, False, 200)
        f0, m0, r0 = t(route_sql(old), p)
        new, p2 = q.build_group_walk_sql(q.DealFilter(), sort, desc, 200)
        f1, m1, r1 = t(route_sql(new), p2)
        p3 = list(p2); p3[1:3] = [r1[-1][-1], r1[-1][0]]
        f2, m2, r2 = t(route_sql(new), p3)
        print(f"{sort:<12}{'desc' if desc else 'asc':<5} old ORDER BY first {f0:8.1f} median {m0:8.1f} ms | "
              f"0017 block first {f1:6.1f} median {m1:6.1f} ms rows {len(r1)} | page 2 median {m2:6.1f} ms rows {len(r2)}")
