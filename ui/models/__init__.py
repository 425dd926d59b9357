"""Generic Qt item models over ``app`` dataclasses (STYLE.md 2.6)."""
