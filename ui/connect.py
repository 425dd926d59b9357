"""Connecting: from a profile to an open database on the worker, with every prompt on the way.

Layer: ``ui``. What the user sees:

* **Embedded default database, first start:** it does not exist yet, so it is created with demo
  data (:data:`FIRST_START_CLIENTS` clients) behind a progress dialog. It is built under a
  temporary name and renamed when complete, so an interrupted first start never leaves a
  half-filled database that a second start would reuse.
* **Server profiles:** the password comes from the keyring (when remembered), else from
  ``KARTOTEKA_PASSWORD`` (scripts), else from the login prompt. It is stored in the keyring only
  after the connection worked.
* **Errors** (wrong password, server down, unknown alias, locked embedded file, schema mismatch)
  show the :class:`~app.errors.UserError` sentence, then the connection profiles dialog to pick
  another connection, or quit. A wrong password asks for the password again first; after three
  rejected logins in a row for a profile the prompt adds "please wait" (the server delays the
  4th, FIREBIRD.md §4.1). Success resets the count.

* **File › Connect…** shows the first start's three choices pre-filled with the open profile
  (:meth:`Connector.choose_connection`; its *Saved connections…* opens the profiles dialog).

The prompts are methods (:meth:`Connector.ask_password`, :meth:`~Connector.present_connection_error`,
:meth:`~Connector.pick_profile`, :meth:`~Connector.choose_first_start`, :meth:`~Connector.choose_connection`)
so tests can replace them without modal dialogs.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app import config, instance
from app.config import Profile
from app.context import AppContext, ConnectionInfo, spec_from
from app.errors import ConnectionFailed, UserError
from app.i18n import translate

from ui import ops

if TYPE_CHECKING:
    from ui.dialogs.first_start import FirstStartChoice
    from ui.dialogs.login import LoginResult

# The dialogs, and app.database/demo/office (creating databases, demo data: the ORM models), are
# imported when first needed: a login with a remembered profile needs none of them (issue #12:
# the GUI's memory on a terminal server).

#: Demo clients created on the very first start of the embedded default database (tests lower it).
FIRST_START_CLIENTS = 2000

#: ``ConnectionFailed.kind`` for a rejected login (``db.engine.ERR_AUTH``; ui does not import db).
_AUTH_FAILED = "auth"


def profile_for_start(target: str | None = None, user: str | None = None, role: str | None = None,
                      wan: bool = False) -> Profile:
    """The profile to open at start-up: an explicit ``target`` (matched against the saved profiles,
    so a remembered password still works), else the last used profile, else the default embedded one.
    """
    opts = config.load_options()
    if target:
        kind = spec_from(target).target.kind
        mode = "embedded" if kind == "embedded" else ("wan" if wan else "lan")
        for p in opts.profiles:
            if p.target == target and p.mode == mode and (user is None or p.user.upper() == user.upper()):
                return replace(p, role=role or p.role)
        return Profile(name=target, mode=mode, target=target, user=(user or "SYSDBA"), role=role)
    for p in opts.profiles:
        if p.name == opts.last_profile:
            return p
    default = str(config.default_database_path())
    for p in opts.profiles:
        if p.mode == "embedded" and p.target == default:
            return p
    return config.default_profile()


def is_first_start(profile: Profile) -> bool:
    """True for the default embedded database when its file does not exist yet."""
    if profile.mode != "embedded":
        return False
    default = config.default_database_path()
    return Path(profile.target).expanduser().resolve() == default.resolve() and not default.exists()


def open_first_start(spec: object, clients: int, *, progress: ops.Progress) -> AppContext:
    """Worker side of the first start: create + demo data under a temporary name, rename, open.

    Runs on the worker thread (``ops.open_database``): no widgets here.
    """
    from app import database, demo

    final = Path(spec.target.database)  # type: ignore[attr-defined]
    part = final.with_name(final.stem + ".creating" + final.suffix)
    lock = Path(str(part) + ".lock")
    part.unlink(missing_ok=True)
    part_spec = spec_from(str(part), spec.user, spec.password, spec.role)  # type: ignore[attr-defined]
    try:
        progress(0, 0, translate("Connector", "Creating the database"))
        database.create_database(part_spec)
        if clients > 0:
            with AppContext(part_spec) as ctx:
                demo.generate(ctx, clients=clients, progress=progress, my_day=True)
        os.replace(part, final)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        lock.unlink(missing_ok=True)
    progress(1, 1, translate("Connector", "Opening the database"))
    return AppContext(spec)  # type: ignore[arg-type]


class Connector(QObject):
    """Owns "which database is open" for the main window; all opening goes through here."""

    #: a database is open: (profile, ConnectionInfo)
    connector_did_open = Signal(object, object)
    #: opening started (the window clears its lists and says "Connecting…"): profile
    connector_will_open = Signal(object)
    #: opening failed; no database is open now
    connector_did_fail = Signal(object)
    #: the user chose to quit (or cancelled) while no database was ever open
    connector_did_give_up = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.profile: Profile | None = None  #: the open profile (None while not connected)
        self.info: ConnectionInfo | None = None
        self.ever_connected = False
        self.busy = False
        #: profile name -> rejected logins in a row (reset when that profile connects)
        self.failed_logins: dict[str, int] = {}
        self.first_start_asked = False
        #: (key, guard) of the server database open now: one window per user and database
        self.session_guard: tuple[str, object] | None = None

    # --- prompts (tests replace these) -------------------------------------------------------
    def ask_password(self, profile: Profile, message: str | None = None) -> LoginResult | None:
        from ui.dialogs.login import LoginDialog

        return LoginDialog.ask(self.window, profile, message, self.failed_logins.get(profile.name, 0))

    def pick_profile(self, current: str | None = None) -> Profile | None:
        from ui.dialogs.connection_profiles import ConnectionProfilesDialog

        return ConnectionProfilesDialog.choose(self.window, current)

    def choose_first_start(self) -> FirstStartChoice | None:
        from ui.dialogs.first_start import FirstStartDialog

        return FirstStartDialog.ask(self.window)

    def choose_connection(self, current: Profile | None) -> FirstStartChoice | None:
        """File > Connect…: the first start's three choices, pre-filled with ``current``."""
        from ui.dialogs.first_start import FirstStartDialog

        return FirstStartDialog.ask(self.window, current, connecting=True)

    def present_connection_error(self, error: UserError) -> bool:
        """Show why connecting failed; True = pick another connection, False = quit/give up."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot open the database"))
        box.setText(str(error))
        if error.details:
            box.setDetailedText(error.details)
        other = QPushButton(self.tr("&Connections…"))
        box.addButton(other, QMessageBox.ButtonRole.AcceptRole)
        quit_text = self.tr("&Quit") if not self.ever_connected else self.tr("Cl&ose")
        box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.exec()
        return box.clickedButton() is other

    # --- flow --------------------------------------------------------------------------------
    def choose_and_connect(self) -> None:
        """File > Connect…: the wizard's choices (pre-filled with the open profile), then connect."""
        if self.busy:
            return
        choice = self.choose_connection(self.profile)
        if choice is None:
            self._after_cancel(offer_profiles=False)
            return
        self.first_start_asked = True  # "personal" chosen here creates the default database, no wizard again
        self.take_choice(choice)

    def take_choice(self, choice: FirstStartChoice) -> None:
        """Open what the wizard (first start or File > Connect) chose."""
        if choice.kind == "create" and choice.plan is not None and choice.profile is not None:
            self._create_office(choice)
            return
        if choice.kind == "office" and choice.profile is not None:
            self._save_profile(choice.profile)
            self.connect_profile(choice.profile, choice.password)
            return
        profile = choice.profile or config.default_profile()
        self._save_profile(profile)  # the next start opens it again (last profile)
        self.connect_profile(profile)

    def connect_profile(self, profile: Profile, password: str | None = None, message: str | None = None) -> None:
        """Open ``profile`` (asking for a password when needed); returns at once, the rest is async."""
        if is_first_start(profile) and not self.first_start_asked:
            # the very first start without a shipped office profile: the three choices (issue #15)
            self.first_start_asked = True
            choice = self.choose_first_start()
            if choice is None:
                self._after_cancel(offer_profiles=False)
                return
            if choice.kind != "personal" or choice.profile is not None:
                self.take_choice(choice)
                return
        remember = profile.remember_password
        if profile.mode != "embedded" and password is None:
            if message is None and profile.remember_password:
                password = config.saved_password(profile)
            if password is None and message is None:
                password = os.environ.get("KARTOTEKA_PASSWORD")
            if password is None:
                answer = self.ask_password(profile, message)
                if answer is None:
                    self._after_cancel(offer_profiles=True)
                    return
                profile = replace(profile, user=answer.user)
                password, remember = answer.password, answer.remember
        try:
            spec = spec_from(profile.target, profile.user, password or "", profile.role, wan=profile.mode == "wan")
        except ValueError:
            self._on_failed(profile, UserError(self.tr("\"{target}\" is not a database file or server address.")
                                               .format(target=profile.target)))
            return
        new_guard = None
        if spec.target.kind == "server":
            key = instance.session_key(str(spec.target), spec.user)
            if self.session_guard is None or self.session_guard[0] != key:
                try:
                    new_guard = (key, instance.acquire_session(str(spec.target), spec.user))
                except UserError as exc:
                    self._on_failed(profile, exc)
                    return
        self.busy = True
        self.profile, self.info = None, None
        self.connector_will_open.emit(profile)

        def done(info: ConnectionInfo) -> None:
            if new_guard is not None or spec.target.kind != "server":
                self._release_session()  # the database open before this one
                self.session_guard = new_guard
            self._on_opened(profile, password, remember, info)

        def failed(error: UserError) -> None:
            if new_guard is not None:
                new_guard[1].release()
            self._on_failed(profile, error)

        # the window is the parent: progress dialogs are window-modal over it
        if is_first_start(profile):
            ops.open_database(self.window, open_first_start, spec, FIRST_START_CLIENTS, with_progress=True,
                              progress_text=self.tr("Preparing the demo database for the first start…"),
                              on_done=done, on_error=failed)
        else:
            ops.open_database(self.window, AppContext, spec, on_done=done, on_error=failed,
                              progress_text=self.tr("Connecting to {name}…").format(name=profile.name))

    def _release_session(self) -> None:
        if self.session_guard is not None:
            self.session_guard[1].release()
            self.session_guard = None

    def _save_profile(self, profile: Profile) -> None:
        opts = config.load_options()
        opts.profiles = [p for p in opts.profiles if p.name != profile.name] + [profile]
        config.save_options(opts)

    def _create_office(self, choice: FirstStartChoice) -> None:
        """*Create the office database on a server*: on the worker, then open it as the new CRM
        administrator and keep its profile."""
        profile = choice.profile
        self.busy = True
        self.profile, self.info = None, None
        self.connector_will_open.emit(profile)

        def done(info: ConnectionInfo) -> None:
            self._save_profile(profile)
            self._on_opened(profile, choice.password, False, info)

        def failed(error: UserError) -> None:
            self.first_start_asked = False  # the wizard again, with what went wrong said first
            self._on_failed(config.default_profile(), error)

        from app import office

        ops.open_database(self.window, office.create_office_database, choice.plan, with_progress=True,
                          progress_text=self.tr("Creating the office database…"), on_done=done, on_error=failed)

    def _on_opened(self, profile: Profile, password: str | None, remember: bool, info: ConnectionInfo) -> None:
        self.busy = False
        self.ever_connected = True
        self.profile, self.info = profile, info
        self.failed_logins.pop(profile.name, None)
        self._remember(profile, password, remember, info)
        self.connector_did_open.emit(profile, info)

    def _remember(self, profile: Profile, password: str | None, remember: bool,
                  info: ConnectionInfo | None = None) -> None:
        """Persist what worked: last profile, user name, the login's role (so the next connect needs
        one attach instead of two on Firebird 3) and, if asked, the password in the keyring."""
        opts = config.load_options()
        saved = next((p for p in opts.profiles if p.name == profile.name), None)
        if saved is None:
            return  # an explicit --db target, not a saved profile: nothing to remember
        if profile.mode != "embedded":
            saved.user = profile.user
            if info is not None and info.role:
                saved.role = info.role
            if remember and password:
                saved.remember_password = config.store_password(saved, password)
            elif not remember and saved.remember_password:
                config.store_password(saved, None)
                saved.remember_password = False
        opts.last_profile = profile.name
        config.save_options(opts)

    def _on_failed(self, profile: Profile, error: UserError) -> None:
        self.busy = False
        self.connector_did_fail.emit(error)
        if (isinstance(error, ConnectionFailed) and error.kind == _AUTH_FAILED
                and profile.mode != "embedded"):
            # the password was wrong: ask again, with the reason in the prompt
            self.failed_logins[profile.name] = self.failed_logins.get(profile.name, 0) + 1
            self.connect_profile(replace(profile, remember_password=False), message=str(error))
            return
        if self.present_connection_error(error):
            picked = self.pick_profile(profile.name)
            if picked is not None:
                self.connect_profile(picked)
                return
        self._after_cancel(offer_profiles=False)

    def _after_cancel(self, *, offer_profiles: bool) -> None:
        """The user backed out of connecting. Before anything was ever open, a cancelled login
        offers the profiles dialog; cancelling that quits. Later the window just stays as it is."""
        if self.ever_connected:
            return
        if offer_profiles:
            picked = self.pick_profile(None)
            if picked is not None:
                self.connect_profile(picked)
                return
        self.connector_did_give_up.emit()
