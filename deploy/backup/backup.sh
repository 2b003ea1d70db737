#!/usr/bin/env bash
# Parlons-en — dump the MariaDB database to a dated gzip file and prune old dumps.
#
#   BACKUP_DIR=/var/backups/parlonsen RETENTION_DAYS=14 deploy/backup/backup.sh
#
# Connection: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD; each falls back to the
# application's own settings (QUARKUS_DATASOURCE_JDBC_URL / _USERNAME / _PASSWORD), so
# the same /etc/parlonsen/parlonsen.env can be used. DB_SOCKET, if set, is used instead
# of host/port.
set -euo pipefail

log() { printf '[backup] %s\n' "$*" >&2; }
die() { printf '[backup] ERROR: %s\n' "$*" >&2; exit 1; }

BACKUP_DIR=${BACKUP_DIR:-/var/backups/parlonsen}
RETENTION_DAYS=${RETENTION_DAYS:-14}
[[ $RETENTION_DAYS =~ ^[0-9]+$ ]] || die "RETENTION_DAYS must be a number of days"

# jdbc:mariadb://host[:port]/db[?params]
url=${QUARKUS_DATASOURCE_JDBC_URL:-}
url_host='' url_port='' url_db=''
if [[ $url =~ ^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([^?]*) ]]; then
    url_host=${BASH_REMATCH[2]} url_port=${BASH_REMATCH[4]} url_db=${BASH_REMATCH[5]}
fi
DB_HOST=${DB_HOST:-${url_host:-127.0.0.1}}
DB_PORT=${DB_PORT:-${url_port:-3306}}
DB_NAME=${DB_NAME:-${url_db:-parlonsen}}
DB_USER=${DB_USER:-${QUARKUS_DATASOURCE_USERNAME:-parlonsen}}
DB_PASSWORD=${DB_PASSWORD:-${QUARKUS_DATASOURCE_PASSWORD:-}}

DUMP=$(command -v mariadb-dump || command -v mysqldump) || die "mariadb-dump not found (apt-get install mariadb-client)"

umask 077
mkdir -p "$BACKUP_DIR"

# Credentials go through a private option file, never the command line.
cnf=$(mktemp)
partial=''
cleanup() { rm -f "$cnf"; if [[ -n $partial ]]; then rm -f "$partial"; fi; }
trap cleanup EXIT
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

stamp=$(date +%Y%m%d-%H%M%S)
out="$BACKUP_DIR/${DB_NAME}-${stamp}.sql.gz"
partial="$out.partial"

log "dumping database $DB_NAME to $out"
"$DUMP" --defaults-extra-file="$cnf" \
    --single-transaction --routines --triggers --events \
    --hex-blob --default-character-set=utf8mb4 \
    "$DB_NAME" | gzip -9 >"$partial"
gzip -t "$partial"
mv "$partial" "$out"
partial=''
log "done ($(du -h "$out" | cut -f1))"

log "removing dumps older than $RETENTION_DAYS days"
find "$BACKUP_DIR" -maxdepth 1 -type f -name "${DB_NAME}-*.sql.gz" -mtime "+$RETENTION_DAYS" -print -delete |
    sed 's/^/[backup] deleted /' >&2
