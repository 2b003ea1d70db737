#!/usr/bin/env bash
# Parlons-en — run the full test suite (unit + integration + browser tests).
#   deploy/test.sh [extra Maven args...]
# Starts a throwaway MariaDB instance (removed on exit) and runs `./mvnw -B verify`.
#   PARLONSEN_TEST_DB_PORT (default 3318)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# shellcheck source=deploy/mariadb.sh
source "$ROOT/deploy/mariadb.sh"
# shellcheck source=deploy/keycloak.sh
source "$ROOT/deploy/keycloak.sh"

# Debian packages needed by the tests (browser tests, PDF checks). Add more here.
TEST_APT_PACKAGES="chromium chromium-driver poppler-utils libreoffice-writer-nogui age mythes-fr"

mdb_ensure_installed

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver || ! -x /usr/bin/soffice || ! -f /usr/share/mythes/th_fr_FR_v2.dat ]] \
    || ! command -v pdftotext >/dev/null 2>&1 || ! command -v age >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    mdb_apt_install $TEST_APT_PACKAGES
fi

# the cluster test (ClusterIT): three Galera nodes, state transfer by rsync
if [[ ! -f /usr/lib/galera/libgalera_smm.so ]] || ! command -v rsync >/dev/null 2>&1; then
    mdb_apt_install galera-4 rsync
fi

DB_PORT=${PARLONSEN_TEST_DB_PORT:-3318}
DB_DATADIR=$(mktemp -d /tmp/parlonsen-test-db.XXXXXX)
KC_PORT=${PARLONSEN_TEST_KEYCLOAK_PORT:-9340}
export PARLONSEN_TEST_KEYCLOAK_PORT=$KC_PORT
KC_STARTED=

# shellcheck disable=SC2317  # invoked through the EXIT trap
cleanup() {
    [[ -n $KC_STARTED ]] && { kc_stop "$KC_PORT" || true; }
    mdb_stop "$DB_DATADIR" || true
    rm -rf "$DB_DATADIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Keycloak plays ProConnect for the OIDC tests (fr.parlonsen.security.ProConnect*Test): started now in the
# background (it takes a minute or more on 2 cores), waited for only by those tests; stopped at exit.
# PARLONSEN_TEST_KEYCLOAK=off skips it (those tests then skip, or fail when CI=true).
if [[ ${PARLONSEN_TEST_KEYCLOAK:-on} != off ]]; then
    if kc_ready "$KC_PORT"; then
        echo "[test] reusing the Keycloak already answering on port $KC_PORT" >&2
    elif kc_start "$KC_PORT"; then
        KC_STARTED=1
    else
        echo "[test] Keycloak not started: the ProConnect tests will skip (or fail when CI=true)" >&2
    fi
fi

mdb_start "$DB_DATADIR" "$DB_PORT" parlonsen_test

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:${DB_PORT}/parlonsen_test"
export QUARKUS_DATASOURCE_USERNAME=parlonsen
export QUARKUS_DATASOURCE_PASSWORD=parlonsen
# the schema owner runs the Flyway migrations; the datasource account above only reads and writes rows
export PARLONSEN_DB_OWNER_USERNAME=$MDB_OWNER
export PARLONSEN_DB_OWNER_PASSWORD=$MDB_OWNER_PASSWORD
# the database-outage test stops and restarts this instance (deploy/mariadb.sh stop/start)
export PARLONSEN_TEST_DB_DATADIR=$DB_DATADIR PARLONSEN_TEST_DB_PORT=$DB_PORT PARLONSEN_TEST_DB_NAME=parlonsen_test
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export QUARKUS_ANALYTICS_DISABLED=true
if [[ -z ${PARLONSEN_GEO_DIR:-} && -d "$ROOT/../shared/data/geo" ]]; then
    PARLONSEN_GEO_DIR=$(cd "$ROOT/../shared/data/geo" && pwd)
    export PARLONSEN_GEO_DIR
fi

echo "[test] ./mvnw -B verify $*"
rc=0
./mvnw -B verify "$@" || rc=$?
echo "[test] Maven exit code: $rc"
exit "$rc"
