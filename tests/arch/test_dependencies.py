"""Dependencies are pinned and bounded (issue #14): every library whose internals the code touches
has an upper bound in setup.py, constraints.txt pins every requirement inside setup.py's bounds,
and ./dev.sh installs with those pins."""

from __future__ import annotations

import ast
import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).parents[2]
#: libraries whose private API or internals the code uses (the adapter modules name them)
FENCED = {"fdb", "sqlalchemy", "sqlalchemy-firebird", "alembic", "pyside6", "openpyxl", "reportlab"}


def _requirements() -> list[Requirement]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    found: list[Requirement] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("install_requires", "extras_require"):
            for const in ast.walk(node.value):
                if (
                    isinstance(const, ast.Constant)
                    and isinstance(const.value, str)
                    and re.match(r"^[A-Za-z]", const.value)
                ):
                    if const.value != "dev":
                        found.append(Requirement(const.value))
    return found


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: not an exact pin: {line}"
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_fenced_libraries_have_upper_bounds():
    reqs = {canonicalize_name(r.name): r for r in _requirements()}
    assert FENCED <= set(reqs), FENCED - set(reqs)
    unbounded = [
        str(reqs[n])
        for n in sorted(FENCED)
        if not any(s.operator in ("<", "<=", "==", "~=") for s in reqs[n].specifier)
    ]
    assert not unbounded, f"setup.py: no upper bound for {unbounded}"


def test_constraints_pin_every_requirement_inside_its_bounds():
    pins = _pins()
    problems = []
    for req in _requirements():
        pin = pins.get(canonicalize_name(req.name))
        if pin is None:
            problems.append(f"{req.name}: not pinned in constraints.txt")
        elif not req.specifier.contains(pin, prereleases=True):
            problems.append(f"{req.name}=={pin} is outside setup.py's {req.specifier}")
    assert not problems, "\n".join(problems)


def test_installed_fenced_libraries_are_inside_the_bounds():
    for req in _requirements():
        if canonicalize_name(req.name) in FENCED:
            version = metadata.version(req.name)
            assert req.specifier.contains(version, prereleases=True), f"{req.name} {version} installed, setup.py: {req}"


def test_dev_sh_installs_with_the_constraints():
    dev = (ROOT / "dev.sh").read_text(encoding="utf-8")
    assert re.search(r"pip install [^\n]*-e '\.\[dev\]' -c constraints\.txt", dev), (
        "dev.sh no longer installs with -c constraints.txt"
    )
    assert "constraints.txt" in re.search(r"want=\$\((.*)\)", dev).group(1)  # a changed pin re-installs
