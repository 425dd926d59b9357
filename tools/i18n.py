"""Qt Linguist catalogues: extract, build and check (dev-only; STYLE.md 2.7).

    .venv/bin/python -m tools.i18n update   # pyside6-lupdate: sources -> resources/translations/kartoteka_ru.ts
    .venv/bin/python -m tools.i18n release  # pyside6-lrelease: kartoteka_*.ts -> kartoteka_*.qm (dev.sh runs it)
    .venv/bin/python -m tools.i18n check    # exit 1 if a .ts has unfinished, obsolete or empty entries

Sources are every ``.py`` and ``.ui`` file under ``app/``, ``ui/``, ``reports/`` and ``db/``; a
generated ``*_ui.py`` is skipped when its ``.ui`` is there (the same strings, extracted once).
The ``.ts`` is committed and translated (Qt Linguist, or by editing the XML); the ``.qm`` is a build
product and is not committed.

``check`` also compares each translation with its source: the same ``{placeholders}``, ``%n`` kept,
one ``&`` mnemonic where the source has one, shortcut names such as ``Ctrl+S`` untranslated, and
three plural forms for Russian.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_DIRS = ("app", "ui", "reports", "db")
#: language -> target language given to lupdate (the catalogue is ``kartoteka_<language>.ts``)
LANGUAGES = {"ru": "ru_RU"}
#: plural forms Qt uses per language (Qt's numerus rules; ru: one / few / many)
NUMERUS_FORMS = {"ru": 3}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+[\w+]+")


def ts_path(lang: str = "ru") -> Path:
    return TRANSLATIONS / f"kartoteka_{lang}.ts"


def qm_path(ts: Path) -> Path:
    return ts.with_suffix(".qm")


def tool(name: str) -> str:
    """``pyside6-<name>`` next to the running interpreter (the venv), else on PATH."""
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else (shutil.which(f"pyside6-{name}") or f"pyside6-{name}")


def sources() -> list[Path]:
    """Every file lupdate reads, in a stable order."""
    found: list[Path] = []
    for d in SOURCE_DIRS:
        base = ROOT / d
        if not base.is_dir():
            continue
        for f in sorted(base.rglob("*")):
            if "__pycache__" in f.parts or f.suffix not in (".py", ".ui") or not f.is_file():
                continue
            if f.name.endswith("_ui.py") and f.with_name(f.name[: -len("_ui.py")] + ".ui").exists():
                continue
            found.append(f)
    return found


def update(ts: Path | None = None, lang: str = "ru", quiet: bool = False) -> None:
    """Merge the current source strings into ``ts``: new ones come in unfinished, gone ones are dropped."""
    ts = ts or ts_path(lang)
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [tool("lupdate"), *map(str, sources()), "-source-language", "en",
           "-target-language", LANGUAGES[lang], "-no-obsolete", "-locations", "relative", "-no-ui-lines",
           "-ts", str(ts)]
    if quiet:
        cmd.insert(1, "-silent")
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=quiet)


def release(ts: Path | None = None, qm: Path | None = None, quiet: bool = False) -> list[Path]:
    """Compile ``ts`` (default: every committed catalogue) into ``.qm`` files; returns them."""
    pairs = [(ts, qm or qm_path(ts))] if ts else [(t, qm_path(t)) for t in sorted(TRANSLATIONS.glob("kartoteka_*.ts"))]
    for src, out in pairs:
        cmd = [tool("lrelease"), str(src), "-qm", str(out)]
        if quiet:
            cmd.insert(1, "-silent")
        subprocess.run(cmd, check=True, capture_output=quiet)
    return [out for _, out in pairs]


@dataclass
class Problem:
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}: {self.what}"


def _lang_of(root: ET.Element, ts: Path) -> str:
    lang = (root.get("language") or ts.stem.rsplit("_", 1)[-1]).split("_")[0]
    return lang


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def _compare(source: str, translation: str) -> list[str]:
    """What a finished translation lost from its source (placeholders, mnemonic, shortcuts)."""
    out = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translation)):
        out.append(f"placeholders differ: {translation!r}")
    if _mnemonics(source) != _mnemonics(translation):
        out.append(f"'&' mnemonic count differs: {translation!r}")
    for key in _SHORTCUT.findall(source):
        if key not in translation:
            out.append(f"shortcut {key} must stay as written: {translation!r}")
    return out


def problems(ts: Path | None = None) -> list[Problem]:
    """Unfinished, obsolete/vanished, empty or inconsistent entries of ``ts``."""
    ts = ts or ts_path()
    root = ET.parse(ts).getroot()
    forms = NUMERUS_FORMS.get(_lang_of(root, ts), 2)
    found: list[Problem] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")

            def bad(what: str, source: str = source, name: str = name) -> None:
                found.append(Problem(name, source, what))

            if tr is None:
                bad("no <translation>")
                continue
            kind = tr.get("type")
            if kind in ("obsolete", "vanished"):
                bad(f"{kind} (run: python -m tools.i18n update)")
                continue
            if kind == "unfinished":
                bad("unfinished (translate it)")
                continue
            if msg.get("numerus") == "yes":
                texts = [f.text or "" for f in tr.findall("numerusform")]
                if len(texts) != forms:
                    bad(f"{len(texts)} plural forms, {forms} needed")
                for t in texts:
                    if not t.strip():
                        bad("empty plural form")
                    elif "%n" in source and "%n" not in t:
                        bad(f"plural form without %n: {t!r}")
                    else:
                        for w in _compare(source, t):
                            bad(w)
            else:
                text = tr.text or ""
                if not text.strip():
                    bad("empty translation")
                else:
                    for w in _compare(source, text):
                        bad(w)
    return found


def stats(ts: Path | None = None) -> tuple[int, int]:
    """(messages, of which plural) in ``ts``."""
    root = ET.parse(ts or ts_path()).getroot()
    msgs = list(root.iter("message"))
    return len(msgs), sum(1 for m in msgs if m.get("numerus") == "yes")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("update", "release", "check"))
    ap.add_argument("--ts", type=Path, help="catalogue to work on (default: resources/translations/kartoteka_ru.ts; "
                                            "release: every kartoteka_*.ts)")
    ap.add_argument("--qm", type=Path, help="release: output file (with --ts)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no output from the Qt tools")
    args = ap.parse_args(argv)
    if args.command == "update":
        update(args.ts, quiet=args.quiet)
        return 0
    if args.command == "release":
        release(args.ts, args.qm, quiet=args.quiet)
        return 0
    ts = args.ts or ts_path()
    found = problems(ts)
    for p in found:
        print(p)
    total, plural = stats(ts)
    if found:
        print(f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: {len(found)} problem(s) "
              f"in {total} messages", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"{ts.name}: {total} messages ({plural} with plural forms), all translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
