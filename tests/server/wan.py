"""The shared WAN emulator (``../shared/tools/wanproxy.py``) for tests that cut the link between the
client and the FB3 test server (issue #15, dropped links).

The emulator is not copied into this repository: it is looked up in ``$KARTOTEKA_SHARED/tools``,
then in a ``shared/tools`` folder beside the checkout or beside any folder above it (a git
worktree sits one level deeper than the main checkout). Without it the tests that need it skip
with a message saying where it was looked for.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests import fbserver

ROOT = Path(__file__).resolve().parents[2]


def _candidates() -> list[Path]:
    found = []
    if os.environ.get("KARTOTEKA_SHARED"):
        found.append(Path(os.environ["KARTOTEKA_SHARED"]) / "tools")
    for up in ROOT.parents:
        found.append(up / "shared" / "tools")
    return found


def wanproxy_class():
    """``WanProxy`` or a pytest skip naming the places searched."""
    for folder in _candidates():
        if (folder / "wanproxy.py").is_file():
            if str(folder) not in sys.path:
                sys.path.insert(0, str(folder))
            from wanproxy import WanProxy  # type: ignore[import-not-found]

            return WanProxy
    pytest.skip("wanproxy.py not found in " + ", ".join(str(p) for p in _candidates()[:3]))


def proxy_for(fb_server, delay_s: float = 0.0):
    """A WanProxy on a free loopback port in front of the test server's main port."""
    return wanproxy_class()(listen_port=fbserver.free_port(), target_port=fb_server.port, delay_s=delay_s)


def stop_proxy(px) -> None:
    """Close ``px`` and finish its connection tasks, so nothing is left pending for the garbage
    collector to complain about at exit."""
    import asyncio

    px.drop()
    px.close()
    px._thread.join(5)
    if not px.loop.is_running():
        tasks = asyncio.all_tasks(px.loop)
        for task in tasks:
            task.cancel()
        if tasks:
            px.loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        px.loop.close()


def through(px, spec):
    """``spec`` (a ConnectSpec of the test server) redirected through the proxy ``px``."""
    from dataclasses import replace

    return replace(spec, target=replace(spec.target, port=px.listen_port))
