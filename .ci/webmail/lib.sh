# shellcheck shell=bash
# Shared constants and helpers for .ci/webmail/setup.sh and .ci/webmail/check.sh.
# Sourced, never executed. Everything here is loopback-only test configuration.

WEBMAIL_HTTP_PORT=8025                       # Apache (Roundcube), 127.0.0.1 only
WEBMAIL_SMTP_PORT=25                         # Postfix smtpd, 127.0.0.1 only
WEBMAIL_IMAP_PORT=143                        # Dovecot IMAP (plaintext, no TLS), 127.0.0.1 only
RC_URL="http://127.0.0.1:${WEBMAIL_HTTP_PORT}/roundcube"

MAIL_DOMAIN=example.test                     # addresses: seeker@example.test, hiring@example.test
MAIL_NAME=debrief.test                       # Postfix myhostname / /etc/mailname

# user:password:full name
WEBMAIL_USERS=(
  "seeker:seeker-pass:Sam Seeker"
  "hiring:hiring-pass:Harriet Hiring"
)

# Plain-text signature of the seeker identity in Roundcube (the "-- " separator line
# has a trailing space, per RFC 3676; Roundcube does not add a second one).
SEEKER_SIGNATURE=$'-- \nSam Seeker\nseeker@example.test'

RC_CONFIG_DIR=/etc/roundcube

# Path of Roundcube's SQLite database, read from the dbconfig-generated include.
rc_sqlite_db() {
  local f=/etc/roundcube/debian-db.php basepath dbname
  [ -r "$f" ] || return 1
  basepath=$(sed -n "s/^\$basepath='\(.*\)';/\1/p" "$f")
  dbname=$(sed -n "s/^\$dbname='\(.*\)';/\1/p" "$f")
  [ -n "$basepath" ] && [ -n "$dbname" ] || return 1
  printf '%s/%s\n' "$basepath" "$dbname"
}

# Run SQL against Roundcube's DB as www-data (so sqlite never leaves root-owned
# journal files next to a database Apache must write).
rc_sql() {
  local db
  db=$(rc_sqlite_db) || { echo "cannot locate Roundcube sqlite DB (/etc/roundcube/debian-db.php)" >&2; return 1; }
  runuser -u www-data -- sqlite3 -batch -bail "$db" "$@"
}

# SQL string literal (single quotes doubled).
sql_quote() { local s=${1//\'/\'\'}; printf "'%s'" "$s"; }

# rc_login USER PASS COOKIEJAR: logs into Roundcube over HTTP with curl.
# Returns 0 when Roundcube redirects into the mail task, 1 otherwise (reason on stderr).
rc_login() {
  local user=$1 pass=$2 jar=$3 page token result
  : >"$jar"
  page=$(curl -sS --max-time 20 -c "$jar" -b "$jar" "$RC_URL/") \
    || { echo "GET $RC_URL/ failed (is Apache up on 127.0.0.1:$WEBMAIL_HTTP_PORT?)" >&2; return 1; }
  token=$(printf '%s' "$page" | sed -n 's/.*name="_token" value="\([^"]*\)".*/\1/p' | head -n1)
  [ -n "$token" ] || { echo "no login form (_token) on $RC_URL/ - first 300 bytes: ${page:0:300}" >&2; return 1; }
  result=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "_token=$token" --data-urlencode "_task=login" --data-urlencode "_action=login" \
    --data-urlencode "_timezone=UTC" --data-urlencode "_url=" \
    --data-urlencode "_user=$user" --data-urlencode "_pass=$pass" \
    "$RC_URL/?_task=login") || { echo "POST login failed" >&2; return 1; }
  case "$result" in
    302*_task=mail*) return 0 ;;
    *) echo "Roundcube login as '$user' failed: HTTP $result (expected 302 to ?_task=mail). See /var/log/roundcube/errors.log and /var/log/dovecot.log" >&2; return 1 ;;
  esac
}

# tcp_open PORT: is something accepting on 127.0.0.1:PORT?
tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
