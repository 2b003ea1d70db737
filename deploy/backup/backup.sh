#!/usr/bin/env bash
# Parlons-en — dump the MariaDB database to a dated, ENCRYPTED file and prune old dumps.
#
#   BACKUP_AGE_RECIPIENTS_FILE=/etc/parlonsen/backup-recipients.txt \
#   BACKUP_DIR=/var/backups/parlonsen RETENTION_DAYS=14 deploy/backup/backup.sh
#
# Encryption (age, Debian package "age"): the dump (e-mails, question texts, password hashes) is written only
# encrypted to the public key(s) of BACKUP_AGE_RECIPIENTS_FILE (one "age1..." per line) or BACKUP_AGE_RECIPIENTS
# (space-separated). The private key (age-keygen output) is NOT on this host: keep it offline / in the
# restore machine's safe; restore.sh needs it (BACKUP_AGE_IDENTITY). Without a recipient nothing is written.
# Each backup is two files: <db>-<stamp>.sql.gz.age (the dump) and <db>-<stamp>.checksums.age (CHECKSUM TABLE
# of every table at dump time, for restore-test.sh).
#
# Connection: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD; each falls back to the
# application's own settings (QUARKUS_DATASOURCE_JDBC_URL, PARLONSEN_DB_OWNER_USERNAME / _PASSWORD,
# else QUARKUS_DATASOURCE_USERNAME / _PASSWORD), so
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
# the schema owner (the account that runs the migrations): the application's own account may not read the
# triggers that keep transmitted syntheses unchanged, nor create them again on restore
DB_USER=${DB_USER:-${PARLONSEN_DB_OWNER_USERNAME:-${QUARKUS_DATASOURCE_USERNAME:-parlonsen}}}
if [[ -n ${PARLONSEN_DB_OWNER_USERNAME:-} && $DB_USER == "$PARLONSEN_DB_OWNER_USERNAME" ]]; then
    DB_PASSWORD=${DB_PASSWORD:-${PARLONSEN_DB_OWNER_PASSWORD:-}}
else
    DB_PASSWORD=${DB_PASSWORD:-${QUARKUS_DATASOURCE_PASSWORD:-}}
fi

DUMP=$(command -v mariadb-dump || command -v mysqldump) || die "mariadb-dump not found (apt-get install mariadb-client)"
CLIENT=$(command -v mariadb || command -v mysql) || die "mariadb client not found (apt-get install mariadb-client)"
AGE=$(command -v age) || die "age not found (apt-get install age)"

recipients=()
if [[ -n ${BACKUP_AGE_RECIPIENTS_FILE:-} ]]; then
    [[ -r $BACKUP_AGE_RECIPIENTS_FILE ]] || die "cannot read BACKUP_AGE_RECIPIENTS_FILE=$BACKUP_AGE_RECIPIENTS_FILE"
    recipients+=(-R "$BACKUP_AGE_RECIPIENTS_FILE")
fi
for r in ${BACKUP_AGE_RECIPIENTS:-}; do
    recipients+=(-r "$r")
done
((${#recipients[@]} > 0)) || die "no encryption key: set BACKUP_AGE_RECIPIENTS_FILE or BACKUP_AGE_RECIPIENTS (age public keys); backups are never written in clear"

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
out="$BACKUP_DIR/${DB_NAME}-${stamp}.sql.gz.age"
sums="$BACKUP_DIR/${DB_NAME}-${stamp}.checksums.age"
partial="$out.partial"

log "dumping database $DB_NAME to $out (encrypted)"
# Volatile security state is saved as structure only: restoring old sign-in sessions would bring back sessions
# that were ended (logout, disabled account), and throttles, rate limits and used tokens are minutes-long state.
VOLATILE="user_session login_throttle rate_limit_window form_token_use"
ignore=()
for t in $VOLATILE; do ignore+=(--ignore-table="$DB_NAME.$t"); done
existing=$("$CLIENT" --defaults-extra-file="$cnf" -N -B -e "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN ('${VOLATILE// /\',\'}')" "$DB_NAME")
{
    "$DUMP" --defaults-extra-file="$cnf" \
        --single-transaction --routines --triggers --events \
        --hex-blob --default-character-set=utf8mb4 "${ignore[@]}" \
        "$DB_NAME"
    if [[ -n $existing ]]; then
        # shellcheck disable=SC2086
        "$DUMP" --defaults-extra-file="$cnf" --no-data --skip-triggers --default-character-set=utf8mb4 \
            "$DB_NAME" $existing
    fi
} | gzip -9 | "$AGE" -e "${recipients[@]}" -o "$partial"
# CHECKSUM TABLE of every other table, right after the dump (run the backup when nobody writes, e.g. at night:
# a row written between the dump and this line shows as a difference in restore-test.sh).
tables=$("$CLIENT" --defaults-extra-file="$cnf" -N -B -e "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT IN ('${VOLATILE// /\',\'}') ORDER BY table_name" "$DB_NAME")
if [[ -n $tables ]]; then
    # shellcheck disable=SC2086
    list=$(printf '`%s`,' $tables)
    "$CLIENT" --defaults-extra-file="$cnf" -N -B -e "CHECKSUM TABLE ${list%,} EXTENDED" "$DB_NAME" |
        sed "s/^$DB_NAME\.//" | "$AGE" -e "${recipients[@]}" -o "$sums"
fi
mv "$partial" "$out"
partial=''
log "done ($(du -h "$out" | cut -f1), $(wc -w <<<"$tables") tables)"

log "removing dumps older than $RETENTION_DAYS days"
find "$BACKUP_DIR" -maxdepth 1 -type f \( -name "${DB_NAME}-*.sql.gz.age" -o -name "${DB_NAME}-*.checksums.age" \) \
    -mtime "+$RETENTION_DAYS" -print -delete | sed 's/^/[backup] deleted /' >&2
