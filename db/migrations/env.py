"""Alembic environment: runs on the connection passed in ``config.attributes['connection']``.

Kartoteka never builds engines from alembic.ini; ``db.migrate`` drives Alembic programmatically.
"""
import os
import signal

from alembic import context

import db.migrate
from db.models import metadata

db.migrate.firebird_impl()  # registers the Firebird impl (imported lazily since issue #12)

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover
    raise RuntimeError("Kartoteka migrations run through db.migrate, which passes a connection")

#: test hook (issue #10): ``KARTOTEKA_TEST_KILL_AFTER_REVISION=0003`` kills this process with
#: SIGKILL right after that revision's statements ran (its DDL is committed statement by statement,
#: its version row is not), to test what an interrupted ``init``/``migrate`` leaves behind,
#: deterministically. Unset in normal use.
_KILL_AFTER = os.environ.get("KARTOTEKA_TEST_KILL_AFTER_REVISION")


def _on_version_apply(ctx, step, heads, run_args):  # pragma: no cover - ends the process
    if _KILL_AFTER and step.up_revision_id == _KILL_AFTER:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


context.configure(
    connection=connection,
    on_version_apply=_on_version_apply,
    target_metadata=metadata,
    version_table=db.migrate.VERSION_TABLE,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
