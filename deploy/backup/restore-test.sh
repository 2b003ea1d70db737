#!/usr/bin/env bash
# Parlons-en — prove that a backup restores: decrypt it, load it into a throwaway private MariaDB (never the
# production one), and compare CHECKSUM TABLE of EVERY table with the checksums taken at backup time.
#
#   BACKUP_AGE_IDENTITY=/media/safe/parlonsen-backup.key deploy/backup/restore-test.sh \
#       /var/backups/parlonsen/parlonsen-20250101-031500.sql.gz.age
#
# RESTORE_TEST_PORT (default 9161) is the scratch server's port. Exit 0 and "restore OK: N tables" when every
# table matches; 1 with the differing tables otherwise. Run it after each backup (or weekly) on the machine that
# holds the private key.
set -euo pipefail

log() { printf '[restore-test] %s\n' "$*" >&2; }
die() { printf '[restore-test] ERROR: %s\n' "$*" >&2; exit 1; }

file=${1:-}
[[ -r $file ]] || die "usage: restore-test.sh DUMP.sql.gz.age"
sums=${file%.sql.gz.age}.checksums.age
[[ -r $sums ]] || die "checksums file missing: $sums"
[[ -r ${BACKUP_AGE_IDENTITY:-} ]] || die "set BACKUP_AGE_IDENTITY to the age private key file"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/mariadb.sh
source "$HERE/../mariadb.sh"
mdb_ensure_installed

port=${RESTORE_TEST_PORT:-9161}
datadir=$(mktemp -d /tmp/parlonsen-restore-test.XXXXXX)
work=$(mktemp -d)
cleanup() { mdb_stop "$datadir" >/dev/null 2>&1 || true; rm -rf "$datadir" "$work"; }
trap cleanup EXIT

mdb_start "$datadir" "$port" restored >/dev/null
age -d -i "$BACKUP_AGE_IDENTITY" "$sums" >"$work/expected"
log "restoring $(basename "$file") into a scratch server on port $port"
age -d -i "$BACKUP_AGE_IDENTITY" "$file" | gunzip -c | mdb_sql "$datadir" --default-character-set=utf8mb4 restored

VOLATILE="user_session login_throttle rate_limit_window form_token_use"
empty=$(mdb_sql "$datadir" -N -B -e "SELECT CONCAT(table_name, ':', table_rows) FROM information_schema.tables WHERE table_schema = 'restored' AND table_name IN ('${VOLATILE// /\',\'}')")
log "volatile tables restored empty (structure only): ${empty//$'\n'/ }"
tables=$(mdb_sql "$datadir" -N -B -e "SELECT table_name FROM information_schema.tables WHERE table_schema = 'restored' AND table_type = 'BASE TABLE' AND table_name NOT IN ('${VOLATILE// /\',\'}') ORDER BY table_name")
[[ -n $tables ]] || die "the restored database has no table"
list=$(printf '`%s`,' $tables)
mdb_sql "$datadir" -N -B -e "CHECKSUM TABLE ${list%,} EXTENDED" restored | sed 's/^restored\.//' >"$work/actual"

sort "$work/expected" >"$work/e"
sort "$work/actual" >"$work/a"
if ! diff -u "$work/e" "$work/a" >"$work/diff"; then
    cat "$work/diff" >&2
    die "checksums differ"
fi
n=$(wc -l <"$work/a")
[[ $n -eq $(wc -l <"$work/e") ]] || die "table count differs"
echo "restore OK: $n tables, every checksum equal"
