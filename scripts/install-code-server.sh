#!/usr/bin/env bash
# Installs code-server (VS Code in the browser, from the npm registry) into .cache/code-server for the end-to-end
# test of the extension in a real VS Code (test/vscode.test.ts). Offline apart from the npm registry and Debian's
# packages: its ripgrep download is replaced by Debian's ripgrep, its native modules are built here (Debian's
# libkrb5-dev). Idempotent; the test skips, saying why, where this has not run.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.100.3
DIR=.cache/code-server
BIN="$DIR/node_modules/.bin/code-server"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$VERSION "; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=""
  dpkg -s libkrb5-dev >/dev/null 2>&1 || missing="$missing libkrb5-dev"
  command -v rg >/dev/null 2>&1 || missing="$missing ripgrep"
  if [ -n "$missing" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi
command -v rg >/dev/null 2>&1 || { echo "install-code-server: ripgrep (rg) is needed"; exit 1; }
rm -rf "$DIR" && mkdir -p "$DIR"
echo '{ "name": "code-server-for-tests", "private": true }' > "$DIR/package.json"
export npm_config_yes=true npm_config_unsafe_perm=true npm_config_dangerously_allow_all_scripts=true
# The package's postinstall would download ripgrep from GitHub: run its steps here instead.
(cd "$DIR" && npm install "code-server@$VERSION" --ignore-scripts --no-audit --no-fund --loglevel=error)
VSCODE="$DIR/node_modules/code-server/lib/vscode"
(cd "$VSCODE" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin" && cp "$(command -v rg)" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
(cd "$VSCODE" && npm rebuild --loglevel=error >/dev/null)
(cd "$VSCODE" && ln -sfn node_modules node_modules.asar)
(cd "$VSCODE/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VSCODE/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
(cd "$VSCODE/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
(cd "$DIR" && npm rebuild argon2 --loglevel=error >/dev/null)
"$BIN" --version
