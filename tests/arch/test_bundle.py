"""The PyInstaller bundle is built and started as a user would (issue #15): ``--version``, ``init``,
``check`` and the main window offscreen on an embedded file whose path has Cyrillic letters and a
space. A broken bundle (a missing hidden import, Qt plugin, translation or Firebird library) fails
here. Slow (one build, about a minute), but part of ``./dev.sh test`` and CI.

The engine's ``firebird.log`` must go to the user's data folder, never into the install folder, and
the QML/Quick/virtual-keyboard modules must stay out of the bundle.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# one build (~1 minute on an idle 2-core machine; several on a loaded one) and six program starts
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("pyinstaller is missing: pip install -e '.[dev]'")
    subprocess.run([sys.executable, "-m", "tools.i18n", "release", "--quiet"], cwd=ROOT, check=True, timeout=120)
    out = tmp_path_factory.mktemp("bundle")
    res = subprocess.run(
        # the work folder is kept between runs (build/ is git-ignored): a rebuild is incremental
        [str(Path(sys.executable).parent / "pyinstaller"), "installer/kartoteka.spec", "--noconfirm",
         "--log-level", "WARN", "--distpath", str(out / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr[-3000:]
    (folder,) = (out / "dist").glob("kartoteka-*")
    return folder


def _run(bundle: Path, home: Path, *args: str, env: dict | None = None, timeout: int = 120):
    e = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    e.update(KARTOTEKA_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([str(bundle / "kartoteka"), *args], cwd=home, env=e, capture_output=True, text=True,
                          timeout=timeout)


def test_bundle_starts_creates_checks_and_opens_the_window(bundle, tmp_path):
    real = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in real)
    files = len(real)
    print(f"\nbundle: {size / 1048576:.0f} MiB, {files} files")  # the figure the installer README states
    assert not [p for p in bundle.rglob("*") if any(w in p.name for w in ("Qt6Qml", "Qt6Quick", "VirtualKeyboard"))]
    assert not list(bundle.rglob("firebird.log"))

    home = tmp_path / "home"
    home.mkdir()
    db = home / "Офис база.fdb"
    res = _run(bundle, home, "--version")
    assert res.returncode == 0 and res.stdout.startswith("Kartoteka CRM "), res.stderr
    res = _run(bundle, home, "init", "--db", str(db))
    assert res.returncode == 0, res.stderr
    res = _run(bundle, home, "check", "--db", str(db))
    assert res.returncode == 0, res.stderr
    assert "tables present" in res.stdout and "current" in res.stdout
    res = _run(bundle, home, "report", "--list")
    assert res.returncode == 0, res.stderr
    first_report = res.stdout.splitlines()[0].split("\t")[0]
    res = _run(bundle, home, "report", first_report, "--db", str(db), "--pdf", str(home / "r.pdf"))
    assert res.returncode == 0, res.stderr  # reportlab, fonts, the report engine in the bundle
    assert (home / "r.pdf").read_bytes().startswith(b"%PDF")

    res = _run(bundle, home, "gui", "--db", str(db), env={"KARTOTEKA_EXIT_AFTER_OPEN": "1", "LANG": "ru_RU.UTF-8",
                                                          "LC_ALL": "ru_RU.UTF-8", "LANGUAGE": "ru"})
    assert res.returncode == 0, res.stderr[-2000:]
    assert "main window open:" in res.stdout
    assert "&Файл" in res.stdout or "Файл" in res.stdout, res.stdout  # the Russian catalogue is in the bundle

    # the engine's root (and its firebird.log) is in the user's data folder, not the install folder
    root = home / "data" / "firebird"
    assert (root / "firebird.conf").is_file() and (root / "plugins").exists()
    assert not list(bundle.rglob("firebird.log"))
