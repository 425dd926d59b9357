"""A private Firebird 3 server instance on 127.0.0.1 for tests and benchmarks.

Uses Debian's ``firebird3.0-server`` binaries but its own root directory (config, a copy of the
security database, lock files), its own port and a fresh random SYSDBA password, so it never
touches a system server on 3050 and never uses a default password (FIREBIRD.md §1).

    with FirebirdServer() as srv:
        srv.dsn("/tmp/x.fdb")   # -> "127.0.0.1/<port>:/tmp/x.fdb"
        srv.password            # SYSDBA's password for this run
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

FIREBIRD_BIN = Path("/usr/sbin/firebird")
ISQL = shutil.which("isql-fb") or "/usr/bin/isql-fb"
DEBIAN_CONF = Path("/etc/firebird/3.0")
DEBIAN_SECURITY_DB = Path("/var/lib/firebird/3.0/system/security3.fdb")


class ServerUnavailable(RuntimeError):
    pass


def available() -> bool:
    return FIREBIRD_BIN.exists() and Path(ISQL).exists() and DEBIAN_SECURITY_DB.exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FirebirdServer:
    """Start with :meth:`start` (or ``with``), stop with :meth:`stop`."""

    def __init__(self, root: Path | None = None, port: int | None = None, aux_port: int | None = None,
                 extra_conf: str = ""):
        self.root = Path(root or tempfile.mkdtemp(prefix="kartoteka-fb3-"))
        self.extra_conf = extra_conf  #: more firebird.conf lines (``{root}`` = this instance's directory)
        self.port = port or free_port()
        self.aux_port = aux_port or free_port()
        self.password = "T" + secrets.token_hex(6)  # Srp: any length; fresh per run
        self.data_dir = self.root / "data"
        self.proc: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["FIREBIRD"] = str(self.root)
        env["FIREBIRD_LOCK"] = str(self.root / "lock")
        env.pop("ISC_USER", None)
        env.pop("ISC_PASSWORD", None)
        return env

    def dsn(self, path: str | Path) -> str:
        return f"127.0.0.1/{self.port}:{path}"

    def start(self) -> FirebirdServer:
        if not available():
            raise ServerUnavailable(
                "Firebird 3 server binaries not found: install firebird3.0-server and firebird3.0-utils "
                "(./dev.sh test does it)"
            )
        (self.root / "lock").mkdir(parents=True, exist_ok=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        for conf in DEBIAN_CONF.glob("*.conf"):
            shutil.copy(conf, self.root / conf.name)
        shutil.copy(DEBIAN_SECURITY_DB, self.root / "security3.fdb")
        # The message file and plugins stay where Debian put them; only config/security/locks move.
        with open(self.root / "firebird.conf", "a") as f:
            f.write(
                "\n# kartoteka test instance\n"
                f"RemoteServicePort = {self.port}\n"
                "RemoteBindAddress = 127.0.0.1\n"
                f"RemoteAuxPort = {self.aux_port}\n"
                "WireCrypt = Required\n"
                "AuthServer = Srp256, Srp\n"
                "UserManager = Srp\n"
                "ServerMode = Super\n"
                f"SecurityDatabase = {self.root / 'security3.fdb'}\n"
                + self.extra_conf.replace("{root}", str(self.root)) + "\n"
            )
        with open(self.root / "databases.conf", "a") as f:
            f.write(f"\ncrm_test = {self.data_dir / 'alias_target.fdb'}\n")
        # Set SYSDBA's password in the private security database with the embedded FB3 engine.
        sql = f"CREATE OR ALTER USER SYSDBA PASSWORD '{self.password}' USING PLUGIN Srp;\nCOMMIT;\n"
        res = subprocess.run([ISQL, "-q", "-user", "SYSDBA", str(self.root / "security3.fdb")], input=sql,
                             env=self.env, capture_output=True, text=True, timeout=60)
        if res.returncode != 0:
            raise ServerUnavailable(f"could not set the SYSDBA password: {res.stderr or res.stdout}")
        self.proc = subprocess.Popen([str(FIREBIRD_BIN)], env=self.env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerUnavailable(f"firebird exited with {self.proc.returncode}; see {self.root}/firebird.log")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.1)
        self.stop()
        raise ServerUnavailable(f"firebird did not listen on 127.0.0.1:{self.port} within 20 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        self.proc = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.cleanup()
