#!/usr/bin/env bash
# Installs the Debian packages hardenlint's tests use: the real nginx, Redis and
# PostgreSQL binaries (fixed configs are checked against them) and openssl for
# throwaway certificates, and docker-compose (its config loader validates fixed
# compose files; no Docker engine needed). Services are not started.
set -euo pipefail

# shellcheck source=lib/apt-install.sh
. "$(dirname "$0")/lib/apt-install.sh"
apt_install_missing nginx redis-server redis-tools postgresql openssl docker-compose
