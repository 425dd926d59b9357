"""The dependency direction ``ui -> reports -> app -> db`` and "no Qt below ui", checked by machine.

Runs import-linter with the contracts in ``.importlinter`` (STYLE.md 2.2) from the repository root,
exactly as a developer would type ``.venv/bin/lint-imports``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports_command() -> list[str]:
    """The ``lint-imports`` console script of this interpreter's environment (the venv's)."""
    script = Path(sys.executable).with_name("lint-imports")
    if script.exists():
        return [str(script)]
    found = shutil.which("lint-imports")
    if found:
        return [found]
    # Same entry point, without relying on the script being installed.
    return [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"]


def test_import_contracts_are_kept() -> None:
    assert (ROOT / ".importlinter").is_file(), "the import contracts file .importlinter is missing"
    env = dict(os.environ)
    # Analyse the working tree, not an installed copy; and do not leave a cache directory behind.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    res = subprocess.run(
        [*_lint_imports_command(), "--no-cache"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = res.stdout + res.stderr
    assert res.returncode == 0, f"lint-imports failed (exit {res.returncode}):\n{output}"
    assert "0 broken" in output, output
