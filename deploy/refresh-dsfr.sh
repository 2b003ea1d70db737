#!/usr/bin/env bash
# Refreshes the vendored DSFR (Système de design de l'État) assets served at /dsfr/.
# Usage: deploy/refresh-dsfr.sh [VERSION]   (default version below)
# Needs: npm (registry access), tar. Writes only src/main/resources/META-INF/resources/dsfr/.
set -euo pipefail

PKG="@gouvfr/dsfr"
VERSION="${1:-1.15.3}"

cd "$(dirname "$0")/.."
ROOT="$(pwd)"
DEST="$ROOT/src/main/resources/META-INF/resources/dsfr"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Fetching $PKG@$VERSION ..."
(cd "$TMP" && npm pack --silent "$PKG@$VERSION" >/dev/null)
TGZ="$(ls "$TMP"/*.tgz)"
tar xzf "$TGZ" -C "$TMP"
PKGDIR="$TMP/package"
DIST="$PKGDIR/dist"
ACTUAL_VERSION="$(node -p "require('$PKGDIR/package.json').version" 2>/dev/null || echo "$VERSION")"

rm -rf "$DEST"
mkdir -p "$DEST/utility"

cp "$DIST/dsfr.min.css"          "$DEST/dsfr.min.css"
cp "$DIST/dsfr.module.min.js"    "$DEST/dsfr.module.min.js"
cp "$DIST/dsfr.nomodule.min.js"  "$DEST/dsfr.nomodule.min.js"
cp "$DIST/utility/utility.min.css" "$DEST/utility/utility.min.css"
cp -r "$DIST/fonts" "$DEST/fonts"
if [ -d "$DIST/favicon" ]; then
  cp -r "$DIST/favicon" "$DEST/favicon"
fi

# Icons: the CSS refers to them as url(icons/...) (dsfr.min.css) and
# url(../icons/...) (utility/utility.min.css), i.e. /dsfr/icons/... once served.
# The whole folder is small (~0.5 MB of SVG), so copy it all when under 3 MB,
# otherwise only the files the copied CSS files reference.
ICONS_BYTES="$(du -sb "$DIST/icons" | cut -f1)"
if [ "$ICONS_BYTES" -lt $((3 * 1024 * 1024)) ]; then
  cp -r "$DIST/icons" "$DEST/icons"
else
  for css in dsfr.min.css utility/utility.min.css; do
    cssdir="$(dirname "$css")"
    grep -o 'url([^)]*)' "$DIST/$css" \
      | sed -e 's/^url(//' -e 's/)$//' -e "s/[\"']//g" -e 's/[?#].*$//' \
      | grep -v '^data:' | sort -u \
      | while read -r ref; do
          rel="$(realpath -m --relative-to="$DIST" "$DIST/$cssdir/$ref")"
          case "$rel" in icons/*) ;; *) continue ;; esac
          mkdir -p "$DEST/$(dirname "$rel")"
          cp "$DIST/$rel" "$DEST/$rel"
        done
  done
fi

# Check that every non-data url(...) in the copied CSS resolves to a copied file.
missing=0
for css in dsfr.min.css utility/utility.min.css; do
  cssdir="$(dirname "$css")"
  while read -r ref; do
    target="$(realpath -m "$DEST/$cssdir/$ref")"
    if [ ! -f "$target" ]; then
      echo "MISSING: $css -> $ref" >&2
      missing=$((missing + 1))
    fi
  done < <(grep -o 'url([^)]*)' "$DEST/$css" \
      | sed -e 's/^url(//' -e 's/)$//' -e "s/[\"']//g" -e 's/[?#].*$//' \
      | grep -v '^data:' | sort -u)
done
if [ "$missing" -ne 0 ]; then
  echo "$missing url(...) references do not resolve" >&2
  exit 1
fi

# Licence of the package (LICENSE.md in 1.x).
for lic in LICENSE.md LICENSE LICENCE.md LICENCE LICENSE.txt; do
  if [ -f "$PKGDIR/$lic" ]; then
    cp "$PKGDIR/$lic" "$DEST/$lic"
    break
  fi
done

printf '%s@%s\n%s\n' "$PKG" "$ACTUAL_VERSION" "$(date -u +%Y-%m-%d)" > "$DEST/VERSION"

echo "DSFR $PKG@$ACTUAL_VERSION copied to ${DEST#"$ROOT"/} ($(du -sh --apparent-size "$DEST" | cut -f1))"
