#!/usr/bin/env bash
# Refreshes the vendored geography files of src/main/resources/geo/
# (départements, arrondissements, communes, EPCI) from the npm package
# @etalab/decoupage-administratif, through deploy/refresh-geo.mjs.
# Usage: deploy/refresh-geo.sh [VERSION]   (default version below)
# Needs: npm (registry access), node >= 18, tar.
set -euo pipefail

PKG="@etalab/decoupage-administratif"
VERSION="${1:-6.0.0}"

cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DEST="$ROOT/src/main/resources/geo"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Fetching $PKG@$VERSION ..."
(cd "$TMP" && npm pack --silent "$PKG@$VERSION" >/dev/null)
tar xzf "$(ls "$TMP"/*.tgz)" -C "$TMP"

node "$ROOT/deploy/refresh-geo.mjs" "$TMP/package" "$DEST"

echo "Geography from $PKG@$VERSION written to ${DEST#"$ROOT"/}:"
cat "$DEST/VERSION"
