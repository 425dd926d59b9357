"""The GUI's start path imports only what the first screen needs (issue #12: < 150 MB per GUI process
on a terminal server; bench/gui_memory.py measures it). Checked in a fresh interpreter: the test
process itself has imported everything."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: never needed to start (Alembic and Mako only migrate; fdb is the driver, not firebird-driver)
NEVER = ("alembic", "mako", "firebird.driver")
#: imported when first opened: the other tabs, the cards, dialogs, reports and import/export
LAZY = (
    "ui.boards.funnel_board", "ui.lists.deal_list", "ui.planner.planner_view",
    "ui.cards.client_card.card", "ui.cards.deal_card",
    "ui.dialogs.import_wizard", "ui.dialogs.export_dialog", "app.imports", "app.import_files", "openpyxl",
    "ui.dialogs.connection_profiles", "ui.dialogs.first_start", "ui.dialogs.login", "ui.dialogs.move_database",
    "app.demo", "app.office", "app.database",
    "ui.settings.users_roles", "ui.settings.rights_matrix", "ui.settings.custom_fields", "ui.settings.funnels",
    "ui.settings.automation", "ui.settings.lead_distribution", "ui.settings.company", "ui.settings.plans",
    "ui.settings.doc_templates", "ui.settings.backups",
    "ui.reports_window", "reports.engine", "reports.registry", "reportlab", "PySide6.QtPdf",
)

_PROBE = """
import json, sys
import ui.main
from ui.main_window import MainWindow  # noqa: F401
print(json.dumps(sorted(sys.modules)))
"""


def test_importing_the_gui_leaves_the_heavy_modules_out(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "KARTOTEKA_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env=env)
    assert out.returncode == 0, out.stderr
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert "ui.main_window" in loaded and "ui.workspace" in loaded and "ui.dashboard.dashboard" in loaded
    present = [m for m in NEVER + LAZY if m in loaded or any(n.startswith(m + ".") for n in loaded)]
    assert present == [], f"imported at start: {present}"
