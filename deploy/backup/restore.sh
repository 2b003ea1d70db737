#!/usr/bin/env bash
# Parlons-en — restore a dump produced by backup.sh (REPLACES the tables it contains).
#
#   BACKUP_AGE_IDENTITY=/media/safe/parlonsen-backup.key \
#   deploy/backup/restore.sh /var/backups/parlonsen/parlonsen-20250101-031500.sql.gz.age [--yes]
#
# BACKUP_AGE_IDENTITY: the age private key (kept off the backup host). A plain .sql.gz (older backups) is
# restored as is.
# Same connection variables as backup.sh (DB_* or QUARKUS_DATASOURCE_*).
# Stop the application first (systemctl stop parlonsen) to avoid concurrent writes.
set -euo pipefail

log() { printf '[restore] %s\n' "$*" >&2; }
die() { printf '[restore] ERROR: %s\n' "$*" >&2; exit 1; }

file=${1:-}
[[ -n $file ]] || die "usage: restore.sh DUMP.sql.gz.age [--yes]"
[[ -r $file ]] || die "cannot read $file"
yes=${2:-}

url=${QUARKUS_DATASOURCE_JDBC_URL:-}
url_host='' url_port='' url_db=''
if [[ $url =~ ^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([^?]*) ]]; then
    url_host=${BASH_REMATCH[2]} url_port=${BASH_REMATCH[4]} url_db=${BASH_REMATCH[5]}
fi
DB_HOST=${DB_HOST:-${url_host:-127.0.0.1}}
DB_PORT=${DB_PORT:-${url_port:-3306}}
DB_NAME=${DB_NAME:-${url_db:-parlonsen}}
# the schema owner (the account that runs the migrations): the application's own account may not read the
# triggers that keep transmitted syntheses unchanged, nor create them again on restore
DB_USER=${DB_USER:-${PARLONSEN_DB_OWNER_USERNAME:-${QUARKUS_DATASOURCE_USERNAME:-parlonsen}}}
if [[ -n ${PARLONSEN_DB_OWNER_USERNAME:-} && $DB_USER == "$PARLONSEN_DB_OWNER_USERNAME" ]]; then
    DB_PASSWORD=${DB_PASSWORD:-${PARLONSEN_DB_OWNER_PASSWORD:-}}
else
    DB_PASSWORD=${DB_PASSWORD:-${QUARKUS_DATASOURCE_PASSWORD:-}}
fi

CLIENT=$(command -v mariadb || command -v mysql) || die "mariadb client not found (apt-get install mariadb-client)"

if [[ $yes != --yes ]]; then
    target=${DB_SOCKET:-$DB_HOST:$DB_PORT}
    read -r -p "[restore] restore $file into database '$DB_NAME' on $target? Existing tables will be replaced. [y/N] " answer
    [[ $answer == [yY]* ]] || die "aborted"
fi

decrypt() {
    if [[ $file == *.age ]]; then
        [[ -r ${BACKUP_AGE_IDENTITY:-} ]] || die "set BACKUP_AGE_IDENTITY to the age private key file"
        age -d -i "$BACKUP_AGE_IDENTITY" "$file"
    else
        cat "$file"
    fi
}
decrypt | gzip -t || die "$file cannot be decrypted or is not a valid gzip stream"

umask 077
cnf=$(mktemp)
trap 'rm -f "$cnf"' EXIT
{
    echo '[client]'
    echo "user=$DB_USER"
    if [[ -n $DB_PASSWORD ]]; then
        pw=${DB_PASSWORD//\\/\\\\}
        echo "password=\"${pw//\"/\\\"}\""
    fi
    if [[ -n ${DB_SOCKET:-} ]]; then
        echo "socket=$DB_SOCKET"
    else
        echo "host=$DB_HOST"
        echo "port=$DB_PORT"
        echo "protocol=tcp"
    fi
} >"$cnf"

log "restoring $file into $DB_NAME"
decrypt | gunzip -c | "$CLIENT" --defaults-extra-file="$cnf" --default-character-set=utf8mb4 "$DB_NAME"
log "done"
