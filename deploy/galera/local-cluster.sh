#!/usr/bin/env bash
# Parlons-en — a three-node MariaDB Galera cluster on THIS machine (tests, trials; production: see README.md here).
#
#   deploy/galera/local-cluster.sh start BASEDIR [BASEPORT [DBNAME]]   # bootstraps node 1, joins nodes 2 and 3
#   deploy/galera/local-cluster.sh start-node BASEDIR N [BASEPORT]    # (re)starts node N, which joins the others
#   deploy/galera/local-cluster.sh stop BASEDIR                        # stops every node
#   deploy/galera/local-cluster.sh status BASEDIR [BASEPORT]           # wsrep state of each node
#   deploy/galera/local-cluster.sh jdbc-url BASEDIR [BASEPORT [DBNAME]] # the multi-host URL for the app
#
# Node N (1..3) lives in BASEDIR/nN (its own datadir, socket, my.cnf, error log) and uses, from BASEPORT (9180):
#   SQL port BASEPORT+N-1, Galera replication BASEPORT+2+N, IST BASEPORT+5+N, SST (rsync) BASEPORT+8+N,
# i.e. 9180-9182, 9183-9185, 9186-9188, 9189-9191, all on 127.0.0.1. Needs Debian's mariadb-server, galera-4 and
# rsync. Application account parlonsen/parlonsen; root only through each node's socket.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/mariadb.sh
source "$HERE/../mariadb.sh"

gal_log() { printf '[galera] %s\n' "$*" >&2; }
gal_die() { printf '[galera] ERROR: %s\n' "$*" >&2; exit 1; }

GALERA_PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}

gal_ports() { # N BASEPORT -> sets SQL WSREP IST SST
    local n=$1 base=$2
    SQL=$((base + n - 1)); WSREP=$((base + 2 + n)); IST=$((base + 5 + n)); SST=$((base + 8 + n))
}

gal_cluster_address() {
    local base=$1
    printf 'gcomm://127.0.0.1:%s,127.0.0.1:%s,127.0.0.1:%s' $((base + 3)) $((base + 4)) $((base + 5))
}

gal_ensure_installed() {
    mdb_ensure_installed || exit 1
    if [[ ! -f $GALERA_PROVIDER ]] || ! command -v rsync >/dev/null 2>&1; then
        mdb_apt_install galera-4 rsync || gal_die "apt-get install galera-4 rsync failed"
    fi
}

gal_write_cnf() { # DIR N BASEPORT
    local dir=$1 n=$2 base=$3 user=
    gal_ports "$n" "$base"
    mdb_is_root && user="user=root"
    cat >"$dir/my.cnf" <<CNF
[mysqld]
datadir=$dir
socket=$dir/mariadb.sock
pid-file=$dir/mariadb.pid
log-error=$dir/error.log
port=$SQL
bind-address=127.0.0.1
skip-name-resolve
$user
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb-buffer-pool-size=96M
# Galera
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$GALERA_PROVIDER
wsrep_cluster_name=parlonsen
wsrep_cluster_address=$(gal_cluster_address "$base")
wsrep_node_name=n$n
wsrep_node_address=127.0.0.1:$WSREP
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$WSREP;ist.recv_addr=127.0.0.1:$IST;gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT4S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$SST
wsrep_slave_threads=2
# the migrations create triggers (the app account has no SUPER); wsrep counts as binary logging
log_bin_trust_function_creators=1
CNF
}

gal_sql() { # DIR args...
    local dir=$1; shift
    mdb_bins || exit 1
    "$MDB_CLIENT" --no-defaults --socket="$dir/mariadb.sock" -uroot --default-character-set=utf8mb4 "$@"
}

gal_wait_synced() { # DIR seconds PID
    local dir=$1 max=$2 bgpid=$3 i state
    for ((i = 0; i < max * 2; i++)); do
        state=$(gal_sql "$dir" -N -B -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')
        [[ $state == Synced ]] && return 0
        mdb_pid_alive "$bgpid" any || return 1 # died (see its error.log)
        sleep 0.5
    done
    return 1
}

gal_start_node() { # BASEDIR N BASEPORT [bootstrap]
    local basedir=$1 n=$2 base=$3 bootstrap=${4:-}
    local dir=$basedir/n$n pid
    mdb_bins || exit 1
    mkdir -p "$dir"
    gal_write_cnf "$dir" "$n" "$base"
    if pid=$(mdb_pid "$dir"); then
        gal_log "node $n already running (pid $pid)"
        return 0
    fi
    rm -f "$dir/mariadb.pid" "$dir/mariadb.sock" "$dir/mariadb.sock.lock"
    local -a extra=()
    if [[ $bootstrap == bootstrap ]]; then
        if [[ ! -d $dir/mysql ]]; then
            local -a userarg=()
            mdb_is_root && userarg=(--user=root)
            "$MDB_INSTALL_DB" --no-defaults --datadir="$dir" --auth-root-authentication-method=normal --skip-test-db \
                "${userarg[@]}" >"$dir/install-db.log" 2>&1 || { tail -n 20 "$dir/install-db.log" >&2; gal_die "mariadb-install-db failed"; }
        fi
        # a cluster restarted from this node: it must be allowed to bootstrap
        [[ -f $dir/grastate.dat ]] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/grastate.dat"
        extra=(--wsrep-new-cluster)
    fi
    gal_ports "$n" "$base"
    gal_log "starting node $n: SQL 127.0.0.1:$SQL, replication $WSREP, IST $IST, SST $SST${extra[*]:+ (${extra[*]})}"
    if [[ $bootstrap != bootstrap ]] && mdb_is_root; then
        # the joiner's rsync daemon (state snapshot transfer) runs as "nobody" when started by root
        chown nobody "$dir" 2>/dev/null || chmod 0777 "$dir"
    fi
    setsid nohup "$MDB_MARIADBD" --defaults-file="$dir/my.cnf" "${extra[@]}" >>"$dir/mariadbd.out" 2>&1 </dev/null &
    if ! gal_wait_synced "$dir" 180 $!; then
        mdb_error_tail "$dir"
        gal_die "node $n not synced within 180 s"
    fi
    gal_log "node $n synced (pid $(mdb_pid "$dir"))"
}

gal_start() { # BASEDIR BASEPORT DBNAME
    local basedir=$1 base=$2 db=$3
    [[ $db =~ ^[A-Za-z0-9_]+$ ]] || gal_die "invalid database name: $db"
    gal_ensure_installed
    mkdir -p "$basedir"
    gal_start_node "$basedir" 1 "$base" bootstrap
    gal_sql "$basedir/n1" <<SQL || gal_die "could not create database/user $db"
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'parlonsen'@'127.0.0.1' IDENTIFIED BY 'parlonsen';
CREATE USER IF NOT EXISTS 'parlonsen'@'localhost' IDENTIFIED BY 'parlonsen';
GRANT ALL PRIVILEGES ON \`$db\`.* TO 'parlonsen'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$db\`.* TO 'parlonsen'@'localhost';
SQL
    gal_start_node "$basedir" 2 "$base"
    gal_start_node "$basedir" 3 "$base"
    gal_log "cluster size: $(gal_sql "$basedir/n1" -N -B -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')"
    gal_log "ready: $(gal_jdbc_url "$base" "$db")"
}

gal_jdbc_url() {
    local base=$1 db=$2
    printf 'jdbc:mariadb:sequential://127.0.0.1:%s,127.0.0.1:%s,127.0.0.1:%s/%s\n' "$base" $((base + 1)) $((base + 2)) "$db"
}

gal_stop() {
    local basedir=$1 n
    for n in 3 2 1; do
        [[ -d $basedir/n$n ]] && mdb_stop "$basedir/n$n"
    done
    return 0
}

gal_status() {
    local basedir=$1 n
    for n in 1 2 3; do
        if mdb_running "$basedir/n$n"; then
            gal_log "node $n: $(gal_sql "$basedir/n$n" -N -B -e "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size','wsrep_cluster_status')" | tr '\n\t' ' :')"
        else
            gal_log "node $n: stopped"
        fi
    done
}

action=${1:-}
[[ $# -gt 0 ]] && shift
case $action in
    start) [[ $# -ge 1 ]] || gal_die "usage: start BASEDIR [BASEPORT [DBNAME]]"
        gal_start "$(mdb_abspath "$1")" "${2:-9180}" "${3:-parlonsen}" ;;
    start-node) [[ $# -ge 2 ]] || gal_die "usage: start-node BASEDIR N [BASEPORT]"
        gal_start_node "$(mdb_abspath "$1")" "$2" "${3:-9180}" ;;
    stop) [[ $# -ge 1 ]] || gal_die "usage: stop BASEDIR"; gal_stop "$(mdb_abspath "$1")" ;;
    status) [[ $# -ge 1 ]] || gal_die "usage: status BASEDIR"; gal_status "$(mdb_abspath "$1")" ;;
    jdbc-url) gal_jdbc_url "${2:-9180}" "${3:-parlonsen}" ;;
    *) sed -n 2,14p "${BASH_SOURCE[0]}" >&2; exit 2 ;;
esac
