#!/usr/bin/env bash
# Installs the Debian packages hardenlint's tests use: the real nginx, Redis and
# PostgreSQL binaries (fixed configs are checked against them) and openssl for
# throwaway certificates, and docker-compose (its config loader validates fixed
# compose files; no Docker engine needed). Services are not started.
set -euo pipefail

packages=(nginx redis-server redis-tools postgresql openssl docker-compose)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present: ${packages[*]}"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Keep package scripts from starting nginx/redis/postgres services.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
