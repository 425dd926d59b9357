"""UI test fixtures: offscreen Qt, a per-test KARTOTEKA_HOME, one demo database per session.

* ``demo_template``: created + migrated + seeded + :data:`DEMO_CLIENTS` demo clients
  (``app.demo``), once per session.
* ``demo_db``: a copy of it at the *default* embedded location of this test's KARTOTEKA_HOME, so
  ``ui.main.start()`` without arguments opens it.
* ``gui``: the database worker of :mod:`ui.ops` for one test (shut down afterwards).
* ``recorder``: replaces every modal presenter (error boxes, the login prompt, the profiles
  dialog) with a recorder, so no test blocks on a dialog.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# tests assert English texts and C-locale dates/numbers, whatever the developer's LANG (ru_RU…)
os.environ.setdefault("LC_ALL", "C.UTF-8")
# never read or write the developer's real keyring from tests
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import shutil  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app import config  # noqa: E402
from app.context import AppContext, spec_from  # noqa: E402
from app.i18n import set_translate_hook  # noqa: E402

#: Clients in the session's demo database: more than two pages (200 each), so one scroll to the
#: bottom must load exactly one more page and still leave rows on the server.
DEMO_CLIENTS = 450


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from app import database, demo

    path = tmp_path_factory.mktemp("ui-template") / "demo.fdb"
    spec = spec_from(str(path))
    database.create_database(spec)
    with AppContext(spec) as ctx:
        demo.generate(ctx, clients=DEMO_CLIENTS, seed=1)
    return path


@pytest.fixture
def kartoteka_home(tmp_path, monkeypatch) -> Path:
    """An empty KARTOTEKA_HOME for this test (options, ui.ini and the default database)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("KARTOTEKA_HOME", str(home))
    return home


@pytest.fixture
def demo_db(demo_template, kartoteka_home) -> Path:
    dest = config.default_database_path()
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, dest)
    return dest


@pytest.fixture
def gui(qapp, qtbot):
    """The ops worker for one test; afterwards the database is closed and the thread stopped."""
    from ui import main, ops

    main.install_translate_hook()
    ops.start()
    yield qapp
    ops.shutdown()
    set_translate_hook(None)


@dataclass
class Recorder:
    errors: list = field(default_factory=list)  #: UserErrors shown by ui.errors.show_error
    unsaved_asked: list = field(default_factory=list)  #: cards that asked about unsaved edits (answered Discard)
    connection_errors: list = field(default_factory=list)  #: shown by Connector.present_connection_error
    logins: list = field(default_factory=list)  #: (profile, message) asked by Connector.ask_password
    login_answers: list = field(default_factory=list)  #: what the login prompt "types" (None = Cancel)
    picked: list = field(default_factory=list)  #: profiles dialog shown (current name)
    pick_answers: list = field(default_factory=list)  #: what the profiles dialog returns
    choose_other_connection: bool = False  #: the error box's answer
    first_starts: int = 0  #: first-start wizards shown
    first_start_answer: object = "personal"  #: what the wizard returns ("personal", a FirstStartChoice, None)
    connections: list = field(default_factory=list)  #: File > Connect's wizard shown (the current profile)
    connection_answers: list = field(default_factory=list)  #: what it returns (FirstStartChoice; none left = Cancel)


@pytest.fixture
def recorder(monkeypatch) -> Recorder:
    from ui import connect, errors

    rec = Recorder()
    monkeypatch.setattr(errors, "show_error", lambda parent, error, title=None: rec.errors.append(error))

    def present(self, error):
        rec.connection_errors.append(error)
        return rec.choose_other_connection

    def ask(self, profile, message=None):
        rec.logins.append((profile, message))
        return rec.login_answers.pop(0) if rec.login_answers else None

    def pick(self, current=None):
        rec.picked.append(current)
        return rec.pick_answers.pop(0) if rec.pick_answers else None

    monkeypatch.setattr(connect.Connector, "present_connection_error", present)
    monkeypatch.setattr(connect.Connector, "ask_password", ask)
    def first_start(self):
        from ui.dialogs.first_start import FirstStartChoice

        rec.first_starts += 1
        answer = rec.first_start_answer
        return FirstStartChoice("personal") if answer == "personal" else answer

    monkeypatch.setattr(connect.Connector, "pick_profile", pick)

    def choose_connection(self, current):
        rec.connections.append(current)
        return rec.connection_answers.pop(0) if rec.connection_answers else None

    monkeypatch.setattr(connect.Connector, "choose_connection", choose_connection)
    monkeypatch.setattr(connect.Connector, "choose_first_start", first_start)
    # a card left with unsaved edits asks "save, discard or cancel?" when the window closes at the
    # test's teardown: a modal box there waits forever (a test that asks sets its own answers)
    from ui.cards import deal_card
    from ui.cards.client_card import card as client_card

    def discard(module):
        def answer(parent, name):
            rec.unsaved_asked.append(name)
            return module.DISCARD
        return answer

    monkeypatch.setattr(client_card, "ask_unsaved", discard(client_card))
    monkeypatch.setattr(deal_card, "ask_unsaved", discard(deal_card))
    return rec


@pytest.fixture
def main_window(gui, demo_db, recorder, qtbot):
    """The main window on a copy of the demo database, on the Clients tab with its first page loaded."""
    from ui import main

    window = main.start()
    qtbot.addWidget(window)
    # the login's rights are read after the first screen (the dashboard, issue #12): a test that
    # sets its own must not be overwritten by them later
    qtbot.waitUntil(lambda: window.cards.rights is not None, timeout=20000)
    # the client list loads when its tab is first shown (issue #12): these tests work on it
    window.workspace.show_tab("clients")
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=20000)
    yield window
    window.close()
