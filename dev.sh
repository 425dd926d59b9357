#!/usr/bin/env bash
# Kartoteka CRM developer entry point (the two README commands):
#   ./dev.sh run  [args]  set everything up, then start the desktop client (embedded demo database)
#   ./dev.sh test [args]  set everything up (incl. the Firebird 3 server packages), run the whole suite
#   ./dev.sh setup        set up only (system libraries + .venv)
# Idempotent: a second run installs nothing new. Needs Debian/Ubuntu with apt-get (root or sudo).
set -euo pipefail
cd "$(dirname "$0")"

# What the Firebird 5 embedded engine (libtommath) and Qt's xcb/offscreen platforms need at run time.
APT_RUN=(libtommath1 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
         libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
         libxcb-render-util0 libxcb-image0 fonts-dejavu-core)
# Tests also start a real Firebird 3 server (Debian's) and read PDFs back.
APT_TEST=(firebird3.0-server firebird3.0-utils poppler-utils)

say() { printf '\033[1m[dev.sh]\033[0m %s\n' "$*" >&2; }

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { say "need root to install: ${missing[*]}"; exit 1; }
    sudo=(sudo)
  fi
  say "installing system packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # firebird3.0-server's post-install may try to start the system service; we never use it
  # (tests start a private instance), so a failing service start must not fail the set-up.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >/dev/null || "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -f >/dev/null
}

find_python() {
  for py in python3.13 python3.12 python3.11 python3.10 python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
      echo "$py"; return 0
    fi
  done
  say "Python 3.10+ is required"; exit 1
}

setup_venv() {
  local py; py=$(find_python)
  if [ ! -x .venv/bin/python ]; then
    say "creating .venv with $py"
    "$py" -m venv .venv 2>/dev/null || { apt_install python3-venv; rm -rf .venv; "$py" -m venv .venv; }
  fi
  local stamp=.venv/.kartoteka-installed want
  # setup.py, the pinned versions and the set of packages: an editable install must be redone
  # when one of them changes or a package appears
  want=$( (cat setup.py constraints.txt; ls -d */__init__.py) | sha1sum | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python packages into .venv"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    # -c: the exact versions the suite was last run with (constraints.txt), inside setup.py's bounds
    .venv/bin/python -m pip install -q -e '.[dev]' -c constraints.txt
    echo "$want" > "$stamp"
  fi
  # translations: resources/translations/*.ts -> .qm (not committed; a fraction of a second)
  .venv/bin/python -m tools.i18n release --quiet || say "could not build the translations (English only)"
}

cmd=${1:-run}; shift || true
case "$cmd" in
  setup) apt_install "${APT_RUN[@]}" "${APT_TEST[@]}"; setup_venv ;;
  run)   apt_install "${APT_RUN[@]}"; setup_venv; exec .venv/bin/python -m app "$@" ;;
  test)  apt_install "${APT_RUN[@]}" "${APT_TEST[@]}"; setup_venv
         export QT_QPA_PLATFORM=offscreen
         exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: ./dev.sh run|test|setup [args]" >&2; exit 64 ;;
esac
