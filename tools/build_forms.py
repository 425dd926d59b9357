"""Regenerate every ``ui/**/*_ui.py`` from its Designer ``.ui`` file (dev-only; STYLE.md 2.6).

    .venv/bin/python -m tools.build_forms          # rewrite the generated modules
    .venv/bin/python -m tools.build_forms --check  # exit 1 if any is stale (tests/arch uses it)

Generated files are committed, so setting up needs no build step.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = "# generated — do not edit; run `python -m tools.build_forms`\n# ruff: noqa\n"


def uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def generate(ui_file: Path) -> str:
    out = subprocess.run([uic(), str(ui_file)], capture_output=True, text=True, check=True).stdout
    return HEADER + out


def forms() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.ui"))


def target(ui_file: Path) -> Path:
    return ui_file.with_name(ui_file.stem + "_ui.py")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only report stale generated modules")
    args = ap.parse_args(argv)
    stale = []
    for f in forms():
        text = generate(f)
        t = target(f)
        if not t.exists() or t.read_text(encoding="utf-8") != text:
            stale.append(t.relative_to(ROOT))
            if not args.check:
                t.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("stale generated forms:", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
