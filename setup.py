"""Kartoteka CRM: installable with ``pip install -e .`` (the design card's setup.py)."""
import re
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
VERSION = re.search(r'__version__ = "([^"]+)"', (HERE / "app" / "__init__.py").read_text()).group(1)

setup(
    name="kartoteka-crm",
    version=VERSION,
    description="Kartoteka CRM: a desktop CRM on a shared Firebird database",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.10",
    packages=find_packages(include=["app", "app.*", "db", "db.*", "reports", "reports.*", "ui", "ui.*"]),
    include_package_data=True,
    package_data={"db": ["sql/*/*.sql", "migrations/*.py", "migrations/versions/*.py", "migrations/*.mako"]},
    # Upper bounds on every library whose internals the code touches (issue #14); the exact
    # versions the suite last ran with are in constraints.txt, which ./dev.sh installs with.
    install_requires=[
        "PySide6>=6.6,<6.13",  # ui/_pyside_workarounds.py: checked up to 6.12
        "SQLAlchemy>=2.0.30,<2.2",  # db/_sa_private.py
        "sqlalchemy-firebird>=2.1,<2.3",  # db/fdb_dialect.py subclasses its dialect
        "fdb>=2.0.2,<2.1",  # db/_fdb_private.py
        "firebird-embedded>=5.0.4,<6",
        "alembic>=1.13,<2",  # db/_alembic_private.py
        "openpyxl>=3.1,<3.2",  # write-only internals in reports/render_xlsx.py, app/xlsx_rows.py
        "reportlab>=4.0,<6",  # canvas._pagesize in reports/render_pdf.py
        "lxml>=5",
        "platformdirs>=4",
        "keyring>=24",
        "phonenumbers>=8.13",
        "email-validator>=2.1",
        "rapidfuzz>=3.0,<4",
        "charset-normalizer>=3.3,<4",
        "vobject>=0.9.7,<1",
    ],
    extras_require={
        "dev": [
            "pytest>=8",
            "pytest-qt>=4.4",
            "pytest-timeout>=2.3",
            "import-linter>=2.0",
            "pypdf>=4",
            "ruff>=0.5",
            "mypy>=1.10,<2",
            "pyinstaller>=6.10,<7",
        ],
    },
    entry_points={
        "console_scripts": ["kartoteka=app.__main__:main"],
        "gui_scripts": ["kartoteka-gui=app.__main__:gui_main"],
    },
)
