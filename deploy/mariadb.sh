#!/usr/bin/env bash
# Parlons-en — manage a PRIVATE MariaDB instance (never the system service).
#
# CLI:
#   deploy/mariadb.sh ensure-installed
#   deploy/mariadb.sh start DATADIR PORT [DBNAME]   # idempotent; DBNAME defaults to "parlonsen"
#   deploy/mariadb.sh stop DATADIR
#   deploy/mariadb.sh status DATADIR
#   deploy/mariadb.sh sql DATADIR [mariadb client args...]   # as root, through the socket
#
# Library: `source deploy/mariadb.sh` to get the mdb_* functions without running the CLI.
#
# The instance listens on 127.0.0.1:PORT only; its socket, pid file and error log
# live inside DATADIR. Application account: parlonsen / parlonsen (SELECT, INSERT, UPDATE, DELETE only);
# schema owner, which runs the migrations: parlonsen_owner / parlonsen_owner (local only). Export
# PARLONSEN_DB_OWNER_USERNAME / _PASSWORD to the application so that Flyway uses the owner.
MDB_OWNER=${PARLONSEN_DB_OWNER_USERNAME:-parlonsen_owner}
MDB_OWNER_PASSWORD=${PARLONSEN_DB_OWNER_PASSWORD:-parlonsen_owner}

# ---------------------------------------------------------------- helpers

mdb_log() { printf '[mariadb] %s\n' "$*" >&2; }
mdb_die() { printf '[mariadb] ERROR: %s\n' "$*" >&2; return 1; }

# Run a command as root (directly, or through sudo).
mdb_as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        mdb_die "need root privileges (or sudo) to run: $*"
    fi
}

# mdb_apt_install PKG... — apt-get install, refreshing the package lists if needed.
mdb_apt_install() {
    local -a env=(env DEBIAN_FRONTEND=noninteractive)
    mdb_log "installing Debian packages: $*"
    if ! mdb_as_root "${env[@]}" apt-get install -y -q "$@"; then
        mdb_log "apt-get install failed; running apt-get update and retrying"
        mdb_as_root "${env[@]}" apt-get update -q || return 1
        mdb_as_root "${env[@]}" apt-get install -y -q "$@" || return 1
    fi
}

# Locate a binary in PATH or the usual sbin/libexec directories.
mdb_find_bin() {
    local name=$1 dir
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    for dir in /usr/sbin /usr/local/sbin /sbin /usr/libexec /usr/local/bin /usr/bin; do
        if [[ -x $dir/$name ]]; then printf '%s\n' "$dir/$name"; return 0; fi
    done
    return 1
}

mdb_bins() {
    MDB_MARIADBD=$(mdb_find_bin mariadbd) || mdb_die "mariadbd not found (run: deploy/mariadb.sh ensure-installed)" || return 1
    MDB_INSTALL_DB=$(mdb_find_bin mariadb-install-db) || mdb_die "mariadb-install-db not found" || return 1
    MDB_ADMIN=$(mdb_find_bin mariadb-admin) || mdb_die "mariadb-admin not found" || return 1
    MDB_CLIENT=$(mdb_find_bin mariadb) || mdb_die "mariadb client not found" || return 1
}

# Absolute path without requiring the directory to exist yet.
mdb_abspath() {
    case $1 in
        /*) printf '%s\n' "${1%/}" ;;
        *) printf '%s/%s\n' "$PWD" "${1%/}" ;;
    esac
}

mdb_is_root() { [[ $(id -u) -eq 0 ]]; }

# Is something listening on 127.0.0.1:PORT?
mdb_port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1; then
        ss -Hltn "sport = :$port" 2>/dev/null | grep -q .
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

mdb_pid() {
    local datadir=$1 pid
    [[ -s $datadir/mariadb.pid ]] || return 1
    read -r pid <"$datadir/mariadb.pid" || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    mdb_pid_alive "$pid" || return 1
    printf '%s\n' "$pid"
}

# A live (non-zombie) mariadbd process? Guards against stale pid files and pid reuse.
# With "any" as 2nd argument, the command name is not checked.
mdb_pid_alive() {
    local pid=$1 anycmd=${2:-} state comm
    kill -0 "$pid" 2>/dev/null || return 1
    if [[ -r /proc/$pid/stat ]]; then
        state=$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
        [[ $state != Z && $state != X ]] || return 1
        [[ $anycmd == any ]] && return 0
        read -r comm <"/proc/$pid/comm" 2>/dev/null || return 1
        [[ $comm == mariadbd || $comm == mysqld ]] || return 1
    fi
    return 0
}

mdb_ping() {
    local datadir=$1
    [[ -S $datadir/mariadb.sock ]] || return 1
    "$MDB_ADMIN" --no-defaults --socket="$datadir/mariadb.sock" -uroot \
        --connect-timeout=2 ping >/dev/null 2>&1
}

# Root client on the instance socket.
mdb_sql() {
    local datadir
    datadir=$(mdb_abspath "$1"); shift
    mdb_bins || return 1
    "$MDB_CLIENT" --no-defaults --socket="$datadir/mariadb.sock" -uroot --default-character-set=utf8mb4 "$@"
}

mdb_running() { # DATADIR -> true when the instance is alive and answering
    mdb_pid "$1" >/dev/null && mdb_ping "$1"
}

mdb_error_tail() {
    local datadir=$1
    if [[ -f $datadir/error.log ]]; then
        mdb_log "last lines of $datadir/error.log:"
        tail -n 30 "$datadir/error.log" >&2
    fi
    if [[ -s $datadir/mariadbd.out ]]; then
        mdb_log "last lines of $datadir/mariadbd.out:"
        tail -n 10 "$datadir/mariadbd.out" >&2
    fi
}

# ---------------------------------------------------------------- commands

mdb_ensure_installed() {
    if mdb_find_bin mariadbd >/dev/null && mdb_find_bin mariadb-install-db >/dev/null \
        && mdb_find_bin mariadb-admin >/dev/null && mdb_find_bin mariadb >/dev/null; then
        mdb_log "MariaDB server already installed ($("$(mdb_find_bin mariadbd)" --version | awk '{print $3}'))"
        return 0
    fi
    command -v apt-get >/dev/null 2>&1 || mdb_die "MariaDB is not installed and apt-get is unavailable; install mariadb-server manually" || return 1
    # Debian's postinst may start the system service on port 3306. That is harmless
    # (we never use it), but if no policy-rc.d exists we temporarily forbid service
    # starts so the install does not leave it running.
    local policy=/usr/sbin/policy-rc.d added_policy=0
    if [[ ! -e $policy ]]; then
        if printf '#!/bin/sh\nexit 101\n' | mdb_as_root tee "$policy" >/dev/null 2>&1 \
            && mdb_as_root chmod 755 "$policy"; then
            added_policy=1
        fi
    fi
    local rc=0
    mdb_apt_install mariadb-server mariadb-client || rc=$?
    if [[ $added_policy -eq 1 ]]; then mdb_as_root rm -f "$policy" || true; fi
    [[ $rc -eq 0 ]] || mdb_die "apt-get install mariadb-server failed" || return 1
    mdb_find_bin mariadbd >/dev/null || mdb_die "mariadbd still not found after installation" || return 1
    mdb_log "MariaDB server installed"
}

mdb_start() {
    local datadir port dbname=${3:-parlonsen}
    [[ $# -ge 2 ]] || mdb_die "usage: mariadb.sh start DATADIR PORT [DBNAME]" || return 1
    datadir=$(mdb_abspath "$1"); port=$2
    [[ $port =~ ^[0-9]+$ && $port -ge 1 && $port -le 65535 ]] || mdb_die "invalid port: $port" || return 1
    [[ $dbname =~ ^[A-Za-z0-9_]+$ ]] || mdb_die "invalid database name: $dbname" || return 1
    [[ ${#datadir} -le 90 ]] || mdb_die "datadir path too long for a unix socket (${#datadir} chars): $datadir" || return 1
    mdb_bins || return 1

    local -a userarg=()
    local fresh=0
    mdb_is_root && userarg=(--user=root)

    if mdb_running "$datadir"; then
        local cur
        cur=$(mdb_sql "$datadir" -N -B -e 'SELECT @@port' 2>/dev/null) || cur=
        if [[ -n $cur && $cur != "$port" ]]; then
            mdb_die "instance in $datadir is already running on port $cur, not $port; stop it first: deploy/mariadb.sh stop $datadir" || return 1
        fi
        mdb_log "already running (pid $(mdb_pid "$datadir"), port $port, datadir $datadir)"
    else
        local pid
        if pid=$(mdb_pid "$datadir"); then
            # Process alive but not answering yet (e.g. still starting or recovering).
            mdb_log "mariadbd pid $pid exists but does not answer yet; waiting"
            local i
            for ((i = 0; i < 60; i++)); do mdb_ping "$datadir" && break; sleep 0.5; done
            mdb_ping "$datadir" || { mdb_error_tail "$datadir"; mdb_die "mariadbd pid $pid in $datadir is not answering; stop it (deploy/mariadb.sh stop $datadir) and retry" || return 1; }
        else
            # Clean up after an unclean shutdown.
            rm -f "$datadir/mariadb.pid" "$datadir/mariadb.sock" "$datadir/mariadb.sock.lock"

            if mdb_port_in_use "$port"; then
                mdb_die "port $port is already in use by another process (not the MariaDB instance of $datadir); choose another port or stop that process" || return 1
            fi

            mkdir -p "$datadir" || return 1
            if [[ ! -d $datadir/mysql ]]; then
                fresh=1
                mdb_log "initialising new datadir $datadir"
                if ! "$MDB_INSTALL_DB" --no-defaults --datadir="$datadir" \
                    --auth-root-authentication-method=normal --skip-test-db \
                    "${userarg[@]}" >"$datadir/install-db.log" 2>&1; then
                    tail -n 30 "$datadir/install-db.log" >&2
                    mdb_die "mariadb-install-db failed (see $datadir/install-db.log)" || return 1
                fi
            fi

            mdb_log "starting mariadbd on 127.0.0.1:$port (datadir $datadir)"
            local -a cmd=("$MDB_MARIADBD" --no-defaults
                --datadir="$datadir"
                --socket="$datadir/mariadb.sock"
                --pid-file="$datadir/mariadb.pid"
                --port="$port"
                --bind-address=127.0.0.1
                --skip-name-resolve
                --log-error="$datadir/error.log"
                --innodb-buffer-pool-size=256M
                --character-set-server=utf8mb4
                --collation-server=utf8mb4_unicode_ci
                "${userarg[@]}")
            if command -v setsid >/dev/null 2>&1; then
                setsid nohup "${cmd[@]}" >>"$datadir/mariadbd.out" 2>&1 </dev/null &
            else
                nohup "${cmd[@]}" >>"$datadir/mariadbd.out" 2>&1 </dev/null &
            fi
            local bgpid=$! i
            for ((i = 0; i < 60; i++)); do
                if mdb_ping "$datadir" && mdb_pid "$datadir" >/dev/null; then break; fi
                if ! mdb_pid_alive "$bgpid" any && ! mdb_pid "$datadir" >/dev/null; then
                    i=60; break # process died
                fi
                sleep 0.5
            done
            if ! mdb_ping "$datadir"; then
                mdb_error_tail "$datadir"
                mdb_die "mariadbd did not become ready within 30 s (datadir $datadir, port $port)" || return 1
            fi
            mdb_log "started (pid $(mdb_pid "$datadir"))"
            if [[ $fresh -eq 1 ]]; then
                # Passwordless root only through the (private) socket: drop TCP root accounts.
                local h
                while IFS= read -r h; do
                    [[ -n $h ]] && mdb_sql "$datadir" -e "DROP USER IF EXISTS 'root'@'$h'"
                done < <(mdb_sql "$datadir" -N -B -e "SELECT host FROM mysql.user WHERE user='root' AND host<>'localhost'")
            fi
        fi
    fi

    # Two accounts: the owner runs the Flyway migrations (DDL, triggers); the application account may only
    # read and write rows (no DDL, TRUNCATE, TRIGGER or DROP), so it can neither alter a transmitted version
    # nor remove the triggers that freeze it. A datadir made by an older script is brought to the same grants.
    mdb_sql "$datadir" <<SQL || mdb_die "could not create database/users $dbname" || return 1
CREATE DATABASE IF NOT EXISTS \`$dbname\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$MDB_OWNER'@'127.0.0.1' IDENTIFIED BY '$MDB_OWNER_PASSWORD';
CREATE USER IF NOT EXISTS '$MDB_OWNER'@'localhost' IDENTIFIED BY '$MDB_OWNER_PASSWORD';
GRANT ALL PRIVILEGES ON \`$dbname\`.* TO '$MDB_OWNER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$dbname\`.* TO '$MDB_OWNER'@'localhost';
CREATE USER IF NOT EXISTS 'parlonsen'@'127.0.0.1' IDENTIFIED BY 'parlonsen';
CREATE USER IF NOT EXISTS 'parlonsen'@'localhost' IDENTIFIED BY 'parlonsen';
GRANT SELECT ON \`$dbname\`.* TO 'parlonsen'@'127.0.0.1';
GRANT SELECT ON \`$dbname\`.* TO 'parlonsen'@'localhost';
REVOKE ALL PRIVILEGES ON \`$dbname\`.* FROM 'parlonsen'@'127.0.0.1';
REVOKE ALL PRIVILEGES ON \`$dbname\`.* FROM 'parlonsen'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`$dbname\`.* TO 'parlonsen'@'127.0.0.1';
GRANT SELECT, INSERT, UPDATE, DELETE ON \`$dbname\`.* TO 'parlonsen'@'localhost';
SQL
    mdb_log "ready: jdbc:mariadb://127.0.0.1:$port/$dbname (application account parlonsen, owner $MDB_OWNER)"
}

mdb_stop() {
    [[ $# -ge 1 ]] || mdb_die "usage: mariadb.sh stop DATADIR" || return 1
    local datadir pid i
    datadir=$(mdb_abspath "$1")
    mdb_bins || return 1
    if ! pid=$(mdb_pid "$datadir"); then
        rm -f "$datadir/mariadb.pid" "$datadir/mariadb.sock" "$datadir/mariadb.sock.lock" 2>/dev/null || true
        mdb_log "not running (datadir $datadir)"
        return 0
    fi
    mdb_log "stopping mariadbd pid $pid (datadir $datadir)"
    if ! "$MDB_ADMIN" --no-defaults --socket="$datadir/mariadb.sock" -uroot \
        --connect-timeout=5 shutdown >/dev/null 2>&1; then
        mdb_log "mariadb-admin shutdown failed; sending SIGTERM"
        kill -TERM "$pid" 2>/dev/null || true
    fi
    for ((i = 0; i < 120; i++)); do
        mdb_pid_alive "$pid" || break
        sleep 0.5
    done
    if mdb_pid_alive "$pid"; then
        mdb_log "still alive after 60 s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$datadir/mariadb.pid" "$datadir/mariadb.sock" "$datadir/mariadb.sock.lock" 2>/dev/null || true
    mdb_log "stopped"
}

mdb_status() {
    [[ $# -ge 1 ]] || mdb_die "usage: mariadb.sh status DATADIR" || return 1
    local datadir
    datadir=$(mdb_abspath "$1")
    mdb_bins || return 1
    if mdb_running "$datadir"; then
        mdb_log "running (pid $(mdb_pid "$datadir"), port $(mdb_sql "$datadir" -N -B -e 'SELECT @@port'))"
    else
        mdb_log "not running (datadir $datadir)"
        return 3
    fi
}

mdb_main() {
    local action=${1:-}
    [[ $# -gt 0 ]] && shift
    case $action in
        ensure-installed) mdb_ensure_installed ;;
        start) mdb_start "$@" ;;
        stop) mdb_stop "$@" ;;
        status) mdb_status "$@" ;;
        sql)
            [[ $# -ge 1 ]] || mdb_die "usage: mariadb.sh sql DATADIR [mariadb args...]" || return 1
            local datadir
            datadir=$(mdb_abspath "$1"); shift
            mdb_bins || return 1
            exec "$MDB_CLIENT" --no-defaults --socket="$datadir/mariadb.sock" -uroot --default-character-set=utf8mb4 "$@"
            ;;
        *)
            cat >&2 <<'USAGE'
usage: deploy/mariadb.sh ensure-installed
       deploy/mariadb.sh start DATADIR PORT [DBNAME]
       deploy/mariadb.sh stop DATADIR
       deploy/mariadb.sh status DATADIR
       deploy/mariadb.sh sql DATADIR [mariadb client args...]
USAGE
            return 2
            ;;
    esac
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -uo pipefail
    mdb_main "$@"
    exit $?
fi
