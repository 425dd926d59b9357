"""Composition root: ``python -m app`` starts the GUI; ``python -m app <command>`` runs the CLI.

The only ``app`` modules allowed to reach up into ``ui``/``reports`` are this one and ``app.cli``.
"""
from __future__ import annotations

import sys


def main() -> int:
    from app.cli import main as cli_main

    return cli_main()


def gui_main() -> int:
    from app.cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
