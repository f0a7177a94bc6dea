#!/usr/bin/env bash
# Installs the end-to-end test tools outside the project's dependencies, into
# .tools/ (cached between runs): code-server 4.100.3 (VS Code 1.100.3 with a real
# extension host), playwright-core (drives Debian's Chromium) and Debian's
# Chromium and Neovim. Nothing is downloaded from outside the npm registry and
# Debian's archive: @vscode/ripgrep's GitHub download is replaced by Debian's rg.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS="$PWD/.tools"
CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_VERSION=1.64.1

# shellcheck source=../lib/apt-install.sh
. scripts/lib/apt-install.sh
apt_install_missing chromium neovim ripgrep build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev \
  libsecret-1-dev python3 fonts-dejavu-core fonts-noto-color-emoji

mkdir -p "$TOOLS"
if [ -x "$TOOLS/node_modules/.bin/code-server" ] && [ -d "$TOOLS/node_modules/playwright-core" ]; then
  echo "e2e tools present in $TOOLS"
  exit 0
fi

# @vscode/ripgrep fetches rg from GitHub in its postinstall; seed its cache with Debian's rg.
export TMPDIR="${TMPDIR:-/tmp}"
cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
if [ ! -f "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
  tmp=$(mktemp -d)
  cp /usr/bin/rg "$tmp/rg"
  tar -C "$tmp" -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
  rm -rf "$tmp"
fi

cd "$TOOLS"
[ -f package.json ] || echo '{"name":"hardenlint-e2e-tools","private":true}' > package.json
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --foreground-scripts \
  --dangerously-allow-all-scripts \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null
echo "e2e tools installed in $TOOLS"
