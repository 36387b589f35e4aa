#!/usr/bin/env bash
# Installs the system packages the tests need beyond Go, Java 17 and Maven:
# Chromium (for the Neo4j Browser end-to-end test, browser/e2e_test.go) and
# unzip (to unpack the Browser jar, scripts/neo4j.sh), from Debian's
# packages. Idempotent; .ci/run runs it first. Needs root (or sudo) and apt.
#
# Environment: CHROMIUM (a browser binary to use instead; nothing installed).
set -euo pipefail

log() { echo "setup.sh: $*" >&2; }

have_chromium() {
  [[ -n "${CHROMIUM:-}" && -x "${CHROMIUM:-}" ]] && return 0
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

missing=()
have_chromium || missing+=(chromium)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if [[ ${#missing[@]} -eq 0 ]]; then
  log "nothing to install (chromium and unzip are present)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "error: apt-get not found; install ${missing[*]} by hand (or set CHROMIUM to a Chromium binary)"
  exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { log "error: need root or sudo to install ${missing[*]}"; exit 1; }
  sudo=(sudo)
fi
log "installing ${missing[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
log "installed ${missing[*]}"
