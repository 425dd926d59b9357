"""GUI entry point: ``run()`` builds the application, the main window and connects. Layer: ``ui``.

Called by the composition root (``app.cli.cmd_gui``). Order matters:

1. the translation hook for ``app`` (so ``app`` messages go through Qt Linguist catalogues);
2. the QApplication (Fusion style, names used by QSettings and the window manager);
3. the database worker (:mod:`ui.ops`), the main window, the connector;
4. the window shows at once and the database opens in the background (first start: created with
   demo data behind a progress dialog). If the user gives up connecting, the application quits.

:func:`start` does everything but the event loop, for tests and embedding.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app import config
from app.i18n import set_translate_hook
from reports import formats

from ui import drafts, errors, link_status, ops
from ui.connect import Connector, profile_for_start
from ui.icons import icon
from ui.main_window import MainWindow

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translate_hook() -> None:
    """Route ``app.i18n.translate`` to Qt's catalogues (``app`` itself stays Qt-free)."""
    set_translate_hook(lambda ctx, text, dis, n: QCoreApplication.translate(ctx, text, dis, n))


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the existing one), named and styled once."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Kartoteka")
    QCoreApplication.setApplicationName("Kartoteka CRM")
    app.setApplicationDisplayName("Kartoteka CRM")
    app.setStyle("Fusion")
    app.setWindowIcon(icon("crm-app"))
    _install_translators(app)
    return app


def _install_translators(app: QApplication) -> None:
    """Our catalogue (``resources/translations/kartoteka_<lang>.qm``) and Qt's own, when present.

    ``<lang>`` is the ``language`` option, else the system's UI languages (``LANG=ru_RU.UTF-8`` or a
    Russian Windows -> ``ru``). No catalogue for it (English, or a ``.qm`` not built: ``python -m
    tools.i18n release``) leaves the English sources. Must run before any window is built.
    """
    lang = config.load_options().language
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)  # day and month names, number formats of the widgets
    formats.set_language("en")
    for name, directory in (("kartoteka", str(TRANSLATIONS_DIR)),
                            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        tr = QTranslator(app)
        if tr.load(locale, name, "_", directory):
            app.installTranslator(tr)
            log.debug("translator %s loaded from %s", tr.filePath(), directory)
            if name == "kartoteka":  # reports print numbers and amounts in words the same way
                formats.set_language(tr.language() or locale.name())
        elif name == "kartoteka":
            log.debug("no %s catalogue for %s in %s: English", name, locale.uiLanguages(), directory)


def _excepthook(exc_type, exc, tb) -> None:  # pragma: no cover - safety net for slot bugs
    """An exception escaping a slot: a sentence for the user, the trace in details, never a crash."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        errors.show_error(QApplication.activeWindow(), errors.UnexpectedError.from_exception(exc))
    except Exception:
        sys.__excepthook__(exc_type, exc, tb)


def _quit_on_signals(window: MainWindow) -> None:
    """SIGTERM/SIGHUP/SIGINT (logout, ``kill``, Ctrl+C) end the session: :func:`ui.drafts.end_session`
    (unsaved cards kept as drafts, no questions, gone within 5 s).

    The Firebird engine installs its own SIGTERM/SIGINT handlers at the first attach; they shut
    the engine down but leave the process running (observed: after ``kill`` the GUI stayed up and
    the embedded file stayed locked). So ours are installed after each successful open, on the
    GUI thread, replacing the engine's.
    """
    def handler(signum: int, frame: object) -> None:
        # unsaved cards become drafts, every loop (also a modal dialog's, the idle lock's) ends
        drafts.arm_watchdog()
        QTimer.singleShot(0, lambda: drafts.end_session(window))

    # SIGHUP: the session ends (a terminal server's log-off, a closed ssh -X session)
    for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, handler)


def start(target: str | None = None, user: str | None = None, role: str | None = None,
          wan: bool = False) -> MainWindow:
    """Build the main window on the running QApplication and begin connecting (asynchronously).

    The caller owns the event loop and must call :func:`ui.ops.shutdown` after it ends.
    """
    install_translate_hook()
    ops.start()
    window = MainWindow()
    connector = Connector(window)
    window.connector = connector  # type: ignore[attr-defined]  (kept for tests and later menus)
    connector.connector_will_open.connect(window.on_connector_will_open)
    connector.connector_did_open.connect(window.on_connector_did_open)
    connector.connector_did_fail.connect(window.on_connector_did_fail)
    connector.connector_did_give_up.connect(window.close)
    link_status.install(window, connector)  # issue #15: round-trip time, lost link, reconnecting
    window.action_by_id["file.connect"].triggered.connect(connector.choose_and_connect)
    window.session_end = drafts.SessionEnd(window, connector)  # type: ignore[attr-defined]  (log-off, drafts)
    profile = profile_for_start(target, user, role, wan)
    window.show()
    # after show(): dialogs (login, errors, progress) get the window as their parent on screen
    QTimer.singleShot(0, window, lambda: connector.connect_profile(profile))
    return window


def run(target: str | None = None, user: str | None = None, role: str | None = None, wan: bool = False) -> int:
    """Start the desktop client and return its exit code (``target`` None: the default database)."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_translate_hook()
    app = create_application()
    sys.excepthook = _excepthook
    try:
        window = start(target, user, role, wan)
        window.connector.connector_did_open.connect(lambda *_: _quit_on_signals(window))
        # a failed open leaves the engine's handlers in place (they ignore SIGTERM): ours, at once
        window.connector.connector_did_fail.connect(lambda *_: _quit_on_signals(window))
        if os.environ.get("KARTOTEKA_EXIT_AFTER_OPEN"):  # the installer's smoke test of a built bundle
            def smoke(*_):
                menus = [a.text() for a in window.menuBar().actions()]
                print(f"main window open: {window.windowTitle()} | menus: {' '.join(menus)}", flush=True)
                QTimer.singleShot(0, window.close)

            window.connector.connector_did_open.connect(smoke)
            window.connector.connector_did_fail.connect(
                lambda error: print(f"open failed: {error}", flush=True))
        # Python runs signal handlers only between bytecodes: give it a chance twice a second
        ticker = QTimer(app)
        ticker.timeout.connect(lambda: None)
        ticker.start(500)
        return app.exec()
    finally:
        ops.shutdown()
