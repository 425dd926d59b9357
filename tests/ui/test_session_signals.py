"""Session end on a terminal server: after a failed open the Firebird engine's signal handlers used
to stay, so the GUI ignored SIGTERM with the error box up. Now SIGTERM (and SIGHUP) end it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signal_ends_the_gui_after_a_failed_open(tmp_path, sig):
    env = dict(os.environ, KARTOTEKA_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               KARTOTEKA_EXIT_AFTER_OPEN="1")
    proc = subprocess.Popen([sys.executable, "-m", "app", "gui", "--db", str(tmp_path / "nowhere" / "crm.fdb")],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    failed = threading.Event()

    def watch() -> None:
        for line in proc.stdout:
            if line.startswith("open failed:"):
                failed.set()

    threading.Thread(target=watch, daemon=True).start()
    try:
        assert failed.wait(60), "the GUI never reported the failed open"
        proc.send_signal(sig)  # the error box is up now (modal)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
