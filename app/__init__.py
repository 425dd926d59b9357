"""Kartoteka CRM application layer (pure Python, no Qt).

``__version__`` is the single version source for setup.py, the PyInstaller spec and the installer.
"""
__version__ = "0.1.0"
