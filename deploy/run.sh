#!/usr/bin/env bash
# Parlons-en — run the demo locally: private MariaDB + build + start the app.
#   deploy/run.sh
# Environment knobs:
#   PARLONSEN_DATA_DIR  (default ~/.local/share/parlonsen) — MariaDB datadir lives in $PARLONSEN_DATA_DIR/mariadb
#   PARLONSEN_DB_PORT   (default 3317)
#   PARLONSEN_GEO_DIR   (default ../shared/data/geo next to the repo, when it exists)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# shellcheck source=deploy/mariadb.sh
source "$ROOT/deploy/mariadb.sh"

DATA_DIR=${PARLONSEN_DATA_DIR:-$HOME/.local/share/parlonsen}
DB_DATADIR="$DATA_DIR/mariadb"
DB_PORT=${PARLONSEN_DB_PORT:-3317}

echo "[run] Parlons-en will be available at http://localhost:8080"
echo "[run] Demo accounts are listed in README.md"

mdb_ensure_installed
mkdir -p "$DATA_DIR"
mdb_start "$DB_DATADIR" "$DB_PORT" parlonsen

echo "[run] building (./mvnw -B -DskipTests package): the first build downloads dependencies and takes a few minutes"
export QUARKUS_ANALYTICS_DISABLED=true
BUILD_LOG="$DATA_DIR/build.log"
build_start=$SECONDS
# One progress line per build step (Maven plugin goal); the full log goes to $BUILD_LOG.
if ! ./mvnw -B -DskipTests --no-transfer-progress package 2>&1 | tee "$BUILD_LOG" | while IFS= read -r line; do
        case $line in
            *"--- "*" @ "*) step=${line#*--- }; echo "[run] build ($((SECONDS - build_start)) s): ${step%% @*}" ;;
            *"BUILD SUCCESS"*) echo "[run] build done in $((SECONDS - build_start)) s" ;;
            *"[ERROR]"*) echo "$line" ;;
        esac
    done; then
    echo "[run] build failed: see $BUILD_LOG" >&2
    exit 1
fi

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:${DB_PORT}/parlonsen"
export QUARKUS_DATASOURCE_USERNAME=parlonsen
export QUARKUS_DATASOURCE_PASSWORD=parlonsen
# the schema owner runs the Flyway migrations; the datasource account above only reads and writes rows
export PARLONSEN_DB_OWNER_USERNAME=$MDB_OWNER
export PARLONSEN_DB_OWNER_PASSWORD=$MDB_OWNER_PASSWORD
if [[ -z ${PARLONSEN_GEO_DIR:-} && -d "$ROOT/../shared/data/geo" ]]; then
    PARLONSEN_GEO_DIR=$(cd "$ROOT/../shared/data/geo" && pwd)
    export PARLONSEN_GEO_DIR
fi

echo "[run] starting Parlons-en on http://localhost:8080 (listening on 127.0.0.1 only; database 127.0.0.1:${DB_PORT}, datadir ${DB_DATADIR})"
echo "[run] to stop everything: Ctrl+C stops the app, then the database with: deploy/mariadb.sh stop \"${DB_DATADIR}\""
exec java -Dquarkus.profile=demo -jar target/quarkus-app/quarkus-run.jar
