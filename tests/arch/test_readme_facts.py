"""The README's facts stay true (issue #14): revisions it names exist, a number of tables it states
is the number the models have, and CI runs the README's one test command."""

from __future__ import annotations

import re
from pathlib import Path

from db import migrate
from db.models import metadata

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_revision_the_readme_names_exists():
    named = set(re.findall(r"`(\d{4})`", README))
    assert named, "the README names no revision: the pattern no longer finds them"
    unknown = named - migrate.known_revisions()
    assert not unknown, f"README.md names revisions that do not exist: {sorted(unknown)}"


def test_a_stated_number_of_tables_is_the_models_number():
    stated = [int(n) for n in re.findall(r"\b(\d+) tables\b", README)]
    wrong = [n for n in stated if n != len(metadata.tables)]
    assert not wrong, (
        f"README.md says {wrong} tables, db/models has {len(metadata.tables)}: "
        "write the number so it cannot go stale, or correct it"
    )


def test_ci_runs_the_readme_test_command():
    assert "./dev.sh test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^exec \./dev\.sh test\s*$", ci, re.M), ci
