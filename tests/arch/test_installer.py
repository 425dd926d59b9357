"""The frozen build sees every report and keeps what reports need (STYLE.md 2.9).

PyInstaller follows imports, so every catalogue module must be imported explicitly by
``reports/registry.py`` (no directory scanning), the resources folder (fonts, translations) must
be bundled, and the Qt modules the report preview uses must not be excluded.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_registry_imports_every_catalogue_module():
    imported = _imported_modules(ROOT / "reports" / "registry.py")
    catalogue = {f"reports.catalog.{p.stem}" for p in (ROOT / "reports" / "catalog").glob("*.py") if p.stem != "__init__"}
    assert catalogue and catalogue <= imported, sorted(catalogue - imported)
    assert "reports.forms" in imported
    forms = {f"reports.forms.{p.stem}" for p in (ROOT / "reports" / "forms").glob("*.py")
             if p.stem not in ("__init__", "common")}
    in_forms = _imported_modules(ROOT / "reports" / "forms" / "__init__.py")
    assert forms and forms <= in_forms, sorted(forms - in_forms)


def test_spec_bundles_resources_and_keeps_the_pdf_modules():
    spec = (ROOT / "installer" / "kartoteka.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    for needed in ("QtPdf", "QtPdfWidgets", "QtPrintSupport"):
        assert f'"PySide6.{needed}"' not in spec, f"{needed} is excluded but the report preview needs it"
    fonts = ROOT / "resources" / "fonts"
    assert (fonts / "DejaVuSans.ttf").is_file() and (fonts / "DejaVuSans-Bold.ttf").is_file()
    assert any(p.name.lower().startswith("license") for p in fonts.iterdir())
