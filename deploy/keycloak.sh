#!/usr/bin/env bash
# Parlons-en — a local Keycloak playing ProConnect for the tests (issue 12: OpenID Connect sign-in of agents).
#
# CLI:
#   deploy/keycloak.sh start [PORT]   # background; PORT defaults to 9340 (management interface: PORT+1)
#   deploy/keycloak.sh wait [PORT] [SECONDS]
#   deploy/keycloak.sh stop [PORT]
#
# Library: `source deploy/keycloak.sh` to get the kc_* functions (deploy/test.sh starts it early in the background
# and stops it at exit; only the ProConnect tests wait for it).
#
# The distribution (org.keycloak:keycloak-quarkus-dist, a zip on Maven Central) is fetched by Maven into ~/.m2,
# unpacked once into ~/.cache/parlonsen/ and run in development mode with a file H2 database kept next to it
# (one per realm file, port and secret, so a second run skips the schema creation and the realm import).
# The realm is the project's own: deploy/keycloak/proconnect-test-realm.json (client "parlonsen", two agents).
# Keycloak 26 needs Java 21+: the first JDK 21+ found (java on the PATH, $KC_JAVA_HOME, /usr/lib/jvm/*).
KC_VERSION=${PARLONSEN_KEYCLOAK_VERSION:-26.4.0}
KC_CACHE=${PARLONSEN_KEYCLOAK_CACHE:-$HOME/.cache/parlonsen}
KC_HOME="$KC_CACHE/keycloak-$KC_VERSION"
KC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KC_REALM_FILE="$KC_ROOT/deploy/keycloak/proconnect-test-realm.json"

kc_log() { printf '[keycloak] %s\n' "$*" >&2; }

# A JDK able to run Keycloak 26 (21 or newer), printed as its home; fails when there is none.
kc_java_home() {
    local candidates=() c v
    [[ -n ${KC_JAVA_HOME:-} ]] && candidates+=("$KC_JAVA_HOME")
    [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
    for c in /usr/lib/jvm/*; do candidates+=("$c"); done
    for c in "${candidates[@]}"; do
        [[ -x "$c/bin/java" ]] || continue
        v=$("$c/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
        if [[ ${v%%.*} =~ ^[0-9]+$ ]] && ((${v%%.*} >= 21)); then
            printf '%s\n' "$c"
            return 0
        fi
    done
    kc_log "no JDK 21+ found (Keycloak $KC_VERSION needs one): set KC_JAVA_HOME"
    return 1
}

# Fetches (Maven) and unpacks the distribution once.
kc_ensure_installed() {
    [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
    local zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
    if [[ ! -f $zip ]]; then
        kc_log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central"
        "$KC_ROOT/mvnw" -B -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
            -Dtransitive=false >&2 || return 1
    fi
    mkdir -p "$KC_CACHE"
    local tmp
    tmp=$(mktemp -d "$KC_CACHE/unpack.XXXXXX")
    (cd "$tmp" && unzip -q "$zip") || { rm -rf "$tmp"; return 1; }
    mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME" 2>/dev/null || true # another run may have won the race
    rm -rf "$tmp"
    [[ -x "$KC_HOME/bin/kc.sh" ]]
}

kc_pidfile() { printf '%s/run-%s.pid\n' "$KC_CACHE" "${1:-9340}"; }

# kc_start PORT — starts Keycloak in the background (returns at once); its log: $KC_CACHE/run-PORT.log
kc_start() {
    local port=${1:-9340} java_home key data log
    kc_ensure_installed || return 1
    java_home=$(kc_java_home) || return 1
    # the realm file's ${...} placeholders are resolved by Keycloak at import from these variables
    export PARLONSEN_TEST_HTTP_PORT=${PARLONSEN_TEST_HTTP_PORT:-${QUARKUS_HTTP_TEST_PORT:-8081}}
    export PARLONSEN_TEST_PROCONNECT_SECRET=${PARLONSEN_TEST_PROCONNECT_SECRET:-secret-du-fournisseur-de-test-parlonsen}
    key=$( (cat "$KC_REALM_FILE"; echo "$port $PARLONSEN_TEST_HTTP_PORT $PARLONSEN_TEST_PROCONNECT_SECRET") | sha1sum | cut -c1-12)
    data="$KC_CACHE/keycloak-data-$key"
    log="$KC_CACHE/run-$port.log"
    mkdir -p "$data" "$KC_HOME/data/import"
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/proconnect-realm.json" # Keycloak wants <realm>-realm.json
    if kc_ready "$port"; then
        kc_log "already answering on 127.0.0.1:$port"
        return 0
    fi
    kc_log "starting Keycloak $KC_VERSION on 127.0.0.1:$port (log: $log)"
    (
        cd "$KC_HOME" || exit 1
        export JAVA_HOME=$java_home
        export JAVA_OPTS_KC_HEAP=${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}
        exec nice -n 10 bin/kc.sh start-dev --http-host=127.0.0.1 --http-port="$port" \
            --http-management-port=$((port + 1)) --db=dev-file --db-url-path="$data" --import-realm \
            --log-level=warn,org.keycloak.services:info,io.quarkus:info
    ) >"$log" 2>&1 &
    echo $! >"$(kc_pidfile "$port")"
    date +%s >"$(kc_pidfile "$port").started"
}

kc_ready() {
    curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:${1:-9340}/realms/proconnect/.well-known/openid-configuration"
}

# kc_wait PORT SECONDS — waits until the realm answers
kc_wait() {
    local port=${1:-9340} limit=${2:-600} i
    for ((i = 0; i < limit; i++)); do
        if kc_ready "$port"; then
            return 0
        fi
        sleep 1
    done
    kc_log "not ready after ${limit}s; log tail:"
    tail -20 "$KC_CACHE/run-$port.log" >&2 || true
    return 1
}

# kc_stop PORT — stops the instance this script started on PORT
kc_stop() {
    local port=${1:-9340} pidfile pid child i
    pidfile=$(kc_pidfile "$port")
    [[ -f $pidfile ]] || return 0
    pid=$(cat "$pidfile")
    # kc.sh execs java (nice, then the JVM): the recorded pid is the JVM's, or its direct parent's
    for child in $(pgrep -P "$pid" 2>/dev/null); do kill "$child" 2>/dev/null || true; done
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile" "$pidfile.started"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -euo pipefail
    cmd=${1:-}
    shift || true
    case $cmd in
    start) kc_start "$@" ;;
    wait) kc_wait "$@" ;;
    stop) kc_stop "$@" ;;
    *)
        echo "usage: $0 start|wait|stop [PORT] [SECONDS]" >&2
        exit 2
        ;;
    esac
fi
