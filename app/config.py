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
    return Options(last_profile=raw.get("last_profile"), language=raw.get("language"), profiles=profiles)


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
