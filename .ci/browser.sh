#!/usr/bin/env bash
# Install what the browser tests (pytest -m browser) need: Debian's chromium, a CJK font, and the
# playwright package (the project's [browser] extra) into the active Python environment.
# Idempotent and quiet. Never runs `playwright install`: the tests drive /usr/bin/chromium.
# Usage (from .ci/run, after activating the venv): bash .ci/browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium fonts-wqy-microhei)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "browser.sh: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
test -x /usr/bin/chromium || { echo "browser.sh: /usr/bin/chromium missing after install" >&2; exit 1; }

python -c "import playwright" 2>/dev/null || python -m pip install -q -e ".[browser]"
python -c "import playwright" || { echo "browser.sh: playwright did not install" >&2; exit 1; }
echo "browser.sh: $(/usr/bin/chromium --version 2>/dev/null | head -1), playwright $(python -m pip show playwright 2>/dev/null | sed -n 's/^Version: //p')"
