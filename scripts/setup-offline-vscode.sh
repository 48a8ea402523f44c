#!/usr/bin/env bash
# Installs a real VS Code that runs without internet, for the integration and browser tests and `npm start`:
#   - Debian chromium (headless browser for the web workbench), ripgrep (stands in for @vscode/ripgrep's
#     GitHub download), libkrb5-dev + build tools (code-server's native modules are built by node-gyp);
#   - code-server (VS Code server + web workbench, from the npm registry) into ./.vscode-offline.
# Idempotent: a second run with everything present returns at once. Needs root (apt) only when packages are missing.
set -euo pipefail
CS_VERSION="${CS_VERSION:-4.100.3}"        # VS Code 1.100.3: the newest code-server that runs on Node 20
RG_PKG_VERSION="${RG_PKG_VERSION:-1.15.11}" # @vscode/ripgrep version pinned by that code-server
RG_TAG="${RG_TAG:-v13.0.0-10}"              # the release its postinstall looks for
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/.vscode-offline"

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup-offline-vscode: needs the Debian packages chromium ripgrep libkrb5-dev pkg-config python3 make g++; run as root or install them first" >&2
    exit 1
  fi
  echo "setup-offline-vscode: installing chromium, ripgrep and build tools with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium ripgrep libkrb5-dev pkg-config python3 make g++ >/dev/null
fi
installed_version() { node -p "require('$DEST/node_modules/code-server/package.json').version" 2>/dev/null || true; }
if [ "$(installed_version)" = "$CS_VERSION" ] && [ -x "$DEST/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]; then
  echo "setup-offline-vscode: code-server $CS_VERSION already in $DEST"; exit 0
fi
echo "setup-offline-vscode: installing code-server $CS_VERSION into $DEST (about a minute)"
mkdir -p "$DEST/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION" "$DEST/rg"
# @vscode/ripgrep's postinstall looks in $TMPDIR/vscode-ripgrep-cache-<ver>/ before downloading its release asset.
cp "$(command -v rg)" "$DEST/rg/rg"
tar czf "$DEST/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$DEST/rg" rg
cd "$DEST"
[ -f package.json ] || echo '{"name":"vscode-offline","private":true}' > package.json
# unsafe_perm: code-server's postinstall refuses root without it; yes: node-pty runs `npx node-gyp`.
TMPDIR="$DEST/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --foreground-scripts "code-server@$CS_VERSION" > "$DEST/install.log" 2>&1 \
  || { tail -40 "$DEST/install.log"; exit 1; }
echo "setup-offline-vscode: installed code-server $(installed_version)"
