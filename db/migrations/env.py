"""Alembic environment: runs on the connection passed in ``config.attributes['connection']``.

Kartoteka never builds engines from alembic.ini; ``db.migrate`` drives Alembic programmatically.
"""
from alembic import context

import db.migrate
from db.models import metadata

db.migrate.firebird_impl()  # registers the Firebird impl (imported lazily since issue #12)

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover
    raise RuntimeError("Kartoteka migrations run through db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=db.migrate.VERSION_TABLE,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
