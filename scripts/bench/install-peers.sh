#!/usr/bin/env bash
# Installs the peer linters the benchmark compares against into .tools/bench/
# (git-ignored), never into the project's own node_modules.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .tools/bench
if [ ! -x .tools/bench/node_modules/.bin/dclint ]; then
  npm install --prefix .tools/bench --no-audit --no-fund --no-save dclint@3
fi
echo "dclint $(.tools/bench/node_modules/.bin/dclint --version)"
