"""Per-user options and connection profiles, declared once; passwords only in the OS keyring.

Files live in per-user locations (platformdirs), never beside the program (terminal servers).
``KARTOTEKA_HOME`` relocates both config and data (tests, portable demos).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

import platformdirs

APP_NAME = "kartoteka"
KEYRING_SERVICE = "Kartoteka CRM"

Mode = Literal["embedded", "lan", "wan"]


def home() -> Path | None:
    value = os.environ.get("KARTOTEKA_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    h = home()
    return h / "config" if h else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    h = home()
    return h / "data" if h else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The embedded demo database created on first start."""
    return data_dir() / "kartoteka.fdb"


@dataclass
class Profile:
    """A named way to reach a database: an embedded file, a LAN server or a WAN server."""

    name: str
    mode: Mode
    target: str  #: file path (embedded) or ``host/port:path-or-alias``
    user: str = "SYSDBA"
    role: str | None = None
    remember_password: bool = False


@dataclass
class Options:
    """Non-UI per-user options with their defaults (one table, Tryton's ConfigManager)."""

    last_profile: str | None = None
    language: str | None = None
    profiles: list[Profile] = field(default_factory=list)


def default_profile() -> Profile:
    return Profile(name="Demo (embedded)", mode="embedded", target=str(default_database_path()))


def options_path() -> Path:
    return config_dir() / "options.json"


def load_options() -> Options:
    """Read options; a missing or damaged file gives defaults (never a crash at start-up)."""
    path = options_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    profiles = []
    for p in raw.get("profiles", []):
        try:
            profiles.append(Profile(**p))
        except TypeError:
            continue
    if not any(p.mode == "embedded" for p in profiles):
        profiles.insert(0, default_profile())
    last = raw.get("last_profile")
    shipped = shipped_profiles()
    names = {p.name for p in profiles}
    for sp in shipped:
        if sp.name not in names:
            profiles.append(sp)
    if last is None and shipped:
        last = shipped[0].name  # first start on a deployed workstation: the office profile
    return Options(last_profile=last, language=raw.get("language"), profiles=profiles)


#: The file an administrator ships beside the program or in the machine-wide config folder.
SHIPPED_NAMES = ("kartoteka.ini", "kartoteka.json")


def shipped_dirs() -> list[Path]:
    """Where shipped profiles are looked for: beside the program (a frozen build's folder), then the
    machine-wide config folder (``C:\\ProgramData\\kartoteka``, ``/etc/xdg/kartoteka``; under
    ``KARTOTEKA_HOME``: its ``site`` folder)."""
    import sys

    dirs = []
    if getattr(sys, "frozen", False):
        dirs.append(Path(sys.executable).parent)
    h = home()
    dirs.append(h / "site" if h else Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)))
    return dirs


def _os_login() -> str:
    import getpass

    try:
        return getpass.getuser() or "SYSDBA"
    except Exception:
        return "SYSDBA"


def shipped_profiles() -> list[Profile]:
    """Connection profiles an administrator deployed (``kartoteka.ini`` sections or
    ``kartoteka.json`` ``{"profiles": [...]}``) with ``database``, optional ``name``, ``mode``
    (lan/wan) and ``user``. A damaged file is ignored: it never stops the program."""
    import configparser

    out: list[Profile] = []
    for d in shipped_dirs():
        for fname in SHIPPED_NAMES:
            path = d / fname
            if not path.is_file():
                continue
            entries: list[dict] = []
            try:
                if fname.endswith(".ini"):
                    cp = configparser.ConfigParser(interpolation=None)
                    cp.read(path, encoding="utf-8-sig")
                    entries = [dict(cp[s], name=cp[s].get("name", s.title())) for s in cp.sections()]
                else:
                    data = json.loads(path.read_text(encoding="utf-8-sig"))
                    entries = [e for e in data.get("profiles", []) if isinstance(e, dict)]
            except (OSError, ValueError, configparser.Error):
                continue
            for e in entries:
                target = str(e.get("database") or e.get("target") or "").strip()
                if not target:
                    continue
                mode = str(e.get("mode") or "lan").lower()
                if mode not in ("lan", "wan", "embedded"):
                    mode = "lan"
                name = str(e.get("name") or "Office").strip()
                if any(p.name == name for p in out):
                    continue
                # without a user: the person's own login name (often their CRM login too)
                user = str(e.get("user") or "").strip() or _os_login()
                out.append(Profile(name=name, mode=mode, target=target, user=user.upper()))
    return out


def save_options(opts: Options) -> None:
    """Write atomically (temp file + rename): a crash never leaves half a file."""
    path = options_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    data = {"last_profile": opts.last_profile, "language": opts.language, "profiles": [asdict(p) for p in opts.profiles]}
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def _key(profile: Profile) -> str:
    return f"{profile.name}:{profile.user}"


def saved_password(profile: Profile) -> str | None:
    """The password kept in the OS keyring for this profile, if any (None without a keyring)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _key(profile))
    except Exception:  # no keyring backend (headless Linux) or a locked keyring
        return None


def store_password(profile: Profile, password: str | None) -> bool:
    """Keep (or forget, with None) the password in the OS keyring; False if there is no keyring."""
    try:
        import keyring

        if password is None:
            try:
                keyring.delete_password(KEYRING_SERVICE, _key(profile))
            except Exception:
                pass
        else:
            keyring.set_password(KEYRING_SERVICE, _key(profile), password)
        return True
    except Exception:
        return False
