#!/usr/bin/env bash
# Installs and configures a real, loopback-only webmail for browser tests:
#   Roundcube (Apache + mod_php, SQLite)  http://127.0.0.1:8025/roundcube/
#   Postfix SMTP                          127.0.0.1:25
#   Dovecot IMAP                          127.0.0.1:143
# Debian 12 packages only, no systemd needed. Idempotent: a second run changes
# nothing and only (re)starts services that are not running. Run as root.
# See README.md next to this file.
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
CONF="$HERE/conf"

T0=$(date +%s)
log()  { printf '[webmail-setup] %s\n' "$*"; }
did()  { printf '[webmail-setup]   changed: %s\n' "$*"; CHANGES=$((CHANGES + 1)); }
die()  { printf '[webmail-setup] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; printf "[webmail-setup] ERROR: command failed (exit %s) at %s line %s: %s\n" "$rc" "${BASH_SOURCE[0]##*/}" "$LINENO" "$BASH_COMMAND" >&2; exit $rc' ERR
CHANGES=0
RESTART_POSTFIX=0 RESTART_DOVECOT=0 RESTART_APACHE=0

[ "$(id -u)" -eq 0 ] || die "must run as root"
# one run at a time (parallel CI jobs / engineers on the same machine); fd 9 is closed
# for the daemons we start, so they do not inherit (and keep holding) the lock
exec 9>/run/debrief-webmail-setup.lock
flock -w 600 9 || die "another setup.sh run holds /run/debrief-webmail-setup.lock"
[ -r /etc/debian_version ] || die "needs Debian (apt + Debian's roundcube/dovecot/postfix packages)"
for c in dpkg-query apt-get; do command -v "$c" >/dev/null || die "missing $c"; done

# ---------------------------------------------------------------- packages
PKGS=(postfix dovecot-core dovecot-imapd apache2 libapache2-mod-php
      roundcube-core roundcube-sqlite3 sqlite3 curl ssl-cert)

pkg_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

POLICY=/usr/sbin/policy-rc.d
POLICY_OURS=0
cleanup() { if [ "$POLICY_OURS" = 1 ]; then rm -f "$POLICY"; fi; }
trap cleanup EXIT

# a package that is half-installed/unconfigured (an earlier run was killed) counts as
# missing: the install step below runs dpkg --configure -a and apt-get install for it.
missing=()
for p in "${PKGS[@]}"; do pkg_installed "$p" || missing+=("$p"); done

if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  # Keep packages from starting daemons during apt (no systemd here; we start them below).
  if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\n# temporary, written by .ci/webmail/setup.sh\nexit 101\n' >"$POLICY"
    chmod 0755 "$POLICY"
    POLICY_OURS=1
  fi
  debconf-set-selections <<EOF
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string $MAIL_NAME
postfix postfix/destinations string $MAIL_NAME, $MAIL_DOMAIN, localhost, localhost.localdomain
postfix postfix/mynetworks string 127.0.0.0/8
postfix postfix/protocols select ipv4
roundcube-core roundcube/dbconfig-install boolean true
roundcube-core roundcube/database-type select sqlite3
roundcube-core roundcube/db/basepath string /var/lib/dbconfig-common/sqlite3/roundcube
roundcube-core roundcube/db/dbname string roundcube
roundcube-core roundcube/reconfigure-webserver multiselect apache2
roundcube-core roundcube/restart-webserver boolean false
roundcube-core roundcube/hosts string 127.0.0.1:143
roundcube-core roundcube/language select en_US
EOF
  export DEBIAN_FRONTEND=noninteractive
  APT_OPTS=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=300
            -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  dpkg --configure -a >/tmp/webmail-dpkg-configure.log 2>&1 || true
  log "apt-get update"
  apt-get update -q -o DPkg::Lock::Timeout=300 >/tmp/webmail-apt-update.log 2>&1 \
    || { tail -n 20 /tmp/webmail-apt-update.log >&2; die "apt-get update failed (log: /tmp/webmail-apt-update.log)"; }
  log "apt-get install (log: /tmp/webmail-apt-install.log)"
  # only the missing ones: never upgrade packages that are already there
  apt-get install "${APT_OPTS[@]}" "${missing[@]}" >/tmp/webmail-apt-install.log 2>&1 \
    || { tail -n 30 /tmp/webmail-apt-install.log >&2; die "apt-get install failed (log: /tmp/webmail-apt-install.log)"; }
  for p in "${PKGS[@]}"; do pkg_installed "$p" || die "package $p still not installed after apt-get"; done
  cleanup; POLICY_OURS=0
  did "packages installed"
  RESTART_POSTFIX=1 RESTART_DOVECOT=1 RESTART_APACHE=1
else
  log "packages: all present"
fi

# install_file SRC DST MODE OWNER:GROUP -> returns 0 if it changed DST
install_file() {
  local src=$1 dst=$2 mode=$3 own=$4
  if [ -f "$dst" ] && cmp -s "$src" "$dst" \
     && [ "$(stat -c '%a %U:%G' "$dst")" = "${mode#0} $own" ]; then
    return 1
  fi
  install -D -m "$mode" -o "${own%%:*}" -g "${own##*:}" "$src" "$dst"
  did "$dst"
  return 0
}

# ---------------------------------------------------------------- users
for entry in "${WEBMAIL_USERS[@]}"; do
  IFS=: read -r u pw full <<<"$entry"
  if ! id -u "$u" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/bash --comment "$full" "$u"
    did "created Unix user $u"
  fi
  hash=$(getent shadow "$u" | cut -d: -f2)
  # perl's crypt() = libxcrypt: re-hashing with the stored hash as salt verifies the password.
  if ! PW="$pw" H="$hash" perl -e 'exit(crypt($ENV{PW}, $ENV{H}) eq $ENV{H} ? 0 : 1)'; then
    printf '%s:%s\n' "$u" "$pw" | chpasswd
    did "password of $u"
  fi
  home=$(getent passwd "$u" | cut -d: -f6)
  if [ ! -d "$home/Maildir/new" ]; then
    install -d -o "$u" -g "$u" -m 0700 "$home/Maildir" "$home/Maildir/cur" "$home/Maildir/new" "$home/Maildir/tmp"
    did "$home/Maildir"
  fi
done

# ---------------------------------------------------------------- postfix
[ -f /etc/mailname ] && [ "$(cat /etc/mailname)" = "$MAIL_NAME" ] || { echo "$MAIL_NAME" >/etc/mailname; did /etc/mailname; }
POSTFIX_SETTINGS=(
  "myhostname=$MAIL_NAME"
  "myorigin=/etc/mailname"
  "mydestination=$MAIL_NAME, $MAIL_DOMAIN, localhost, localhost.localdomain"
  "inet_interfaces=loopback-only"
  "inet_protocols=ipv4"
  "mynetworks=127.0.0.0/8"
  "relayhost="
  "home_mailbox=Maildir/"
  "mailbox_command="
  "default_transport=error:outside mail is disabled on the Debrief test webmail"
  "relay_transport=error:outside mail is disabled on the Debrief test webmail"
  "smtpd_tls_security_level=none"
  "smtp_tls_security_level=none"
  "maillog_file=/var/log/postfix.log"
  "biff=no"
)
for kv in "${POSTFIX_SETTINGS[@]}"; do
  k=${kv%%=*} v=${kv#*=}
  if [ "$(postconf -h "$k" 2>/dev/null)" != "$v" ]; then
    postconf -e "$k=$v"
    did "postfix $k = $v"
    RESTART_POSTFIX=1
  fi
done
if [ ! -f /etc/aliases.db ] || [ /etc/aliases -nt /etc/aliases.db ]; then
  newaliases; did "newaliases"
fi
postfix check || die "postfix check failed"

# ---------------------------------------------------------------- dovecot
if install_file "$CONF/dovecot-local.conf" /etc/dovecot/local.conf 0644 root:root; then RESTART_DOVECOT=1; fi
# conf.d/10-ssl.conf reads ssl_cert/ssl_key files at startup even with ssl = no; the
# Debian postinst only links them when the ssl-cert snakeoil pair exists. Do the same.
if [ ! -e /etc/dovecot/private/dovecot.pem ] || [ ! -e /etc/dovecot/private/dovecot.key ]; then
  if [ ! -e /etc/ssl/certs/ssl-cert-snakeoil.pem ] || [ ! -e /etc/ssl/private/ssl-cert-snakeoil.key ]; then
    make-ssl-cert generate-default-snakeoil --force-overwrite
    did "generated ssl-cert snakeoil pair (unused: dovecot runs with ssl = no)"
  fi
  install -d -m 0700 /etc/dovecot/private
  ln -sfn /etc/ssl/certs/ssl-cert-snakeoil.pem /etc/dovecot/private/dovecot.pem
  ln -sfn /etc/ssl/private/ssl-cert-snakeoil.key /etc/dovecot/private/dovecot.key
  did "/etc/dovecot/private/dovecot.{pem,key} -> snakeoil"
  RESTART_DOVECOT=1
fi
doveconf -n >/dev/null || die "dovecot configuration invalid (doveconf -n)"
if [ ! -e /var/log/dovecot.log ]; then install -m 0640 -o root -g adm /dev/null /var/log/dovecot.log; fi

# ---------------------------------------------------------------- roundcube
if install_file "$CONF/roundcube-debrief.inc.php" "$RC_CONFIG_DIR/debrief-webmail.inc.php" 0640 root:www-data; then RESTART_APACHE=1; fi
RC_MAIN="$RC_CONFIG_DIR/config.inc.php"
[ -f "$RC_MAIN" ] || die "$RC_MAIN missing - roundcube-core not configured (dpkg --configure -a?)"
INCLUDE_LINE="include('$RC_CONFIG_DIR/debrief-webmail.inc.php'); // Debrief CI webmail overrides (.ci/webmail/setup.sh)"
if ! grep -qF "$INCLUDE_LINE" "$RC_MAIN"; then
  printf '\n%s\n' "$INCLUDE_LINE" >>"$RC_MAIN"
  did "$RC_MAIN includes debrief-webmail.inc.php"
fi
if ! grep -Eq "^\\\$config\\['des_key'\\] = '[^']{24}';" "$RC_MAIN" \
   || grep -q "rcmail-!24ByteDESkey\*Str" "$RC_MAIN"; then
  die "$RC_MAIN has no generated 24-char des_key (roundcube-core postinst did not run?)"
fi
DB=$(rc_sqlite_db) || die "Roundcube has no SQLite DB config in /etc/roundcube/debian-db.php (written by dbconfig-common at install). If it or /etc/dbconfig-common/roundcube.conf was deleted by hand, ucf will not recreate it: apt-get purge roundcube-core roundcube-sqlite3, then rerun this script"
[ -s "$DB" ] || die "Roundcube SQLite DB $DB missing/empty"
php -l "$RC_CONFIG_DIR/debrief-webmail.inc.php" >/dev/null || die "PHP syntax error in debrief-webmail.inc.php"

# ---------------------------------------------------------------- apache
if install_file "$CONF/apache-ports.conf" /etc/apache2/ports.conf 0644 root:root; then RESTART_APACHE=1; fi
if install_file "$CONF/apache-site.conf" /etc/apache2/sites-available/debrief-webmail.conf 0644 root:root; then RESTART_APACHE=1; fi
[ -e /etc/apache2/conf-available/roundcube.conf ] || { ln -s /etc/roundcube/apache.conf /etc/apache2/conf-available/roundcube.conf; did "conf-available/roundcube.conf"; }
phpmod=$(cd /etc/apache2/mods-available && ls php*.load 2>/dev/null | head -n1); phpmod=${phpmod%.load}
[ -n "$phpmod" ] || die "no mod_php in /etc/apache2/mods-available (libapache2-mod-php missing?)"
for m in mpm_event mpm_worker; do
  if [ -e "/etc/apache2/mods-enabled/$m.load" ]; then a2dismod -q "$m" >/dev/null; did "a2dismod $m"; RESTART_APACHE=1; fi
done
for m in mpm_prefork "$phpmod" rewrite; do
  if [ ! -e "/etc/apache2/mods-enabled/$m.load" ]; then a2enmod -q "$m" >/dev/null; did "a2enmod $m"; RESTART_APACHE=1; fi
done
if [ ! -e /etc/apache2/conf-enabled/roundcube.conf ]; then a2enconf -q roundcube >/dev/null; did "a2enconf roundcube"; RESTART_APACHE=1; fi
if [ ! -e /etc/apache2/sites-enabled/debrief-webmail.conf ]; then a2ensite -q debrief-webmail >/dev/null; did "a2ensite debrief-webmail"; RESTART_APACHE=1; fi
if [ -e /etc/apache2/sites-enabled/000-default.conf ]; then a2dissite -q 000-default >/dev/null; did "a2dissite 000-default"; RESTART_APACHE=1; fi
apache2ctl -t >/tmp/webmail-apache-configtest.log 2>&1 \
  || { cat /tmp/webmail-apache-configtest.log >&2; die "apache2 config test failed"; }

# ---------------------------------------------------------------- services
# pid_alive PIDFILE COMM: the pid file names a live process called COMM (a pid file
# left over from before a reboot/container restart may point at an unrelated pid).
pid_alive() {
  local f=$1 comm=$2 pid
  [ -s "$f" ] || return 1
  pid=$(tr -d ' \n' <"$f")
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$comm" ]
}
postfix_running() { pid_alive /var/spool/postfix/pid/master.pid master; }
dovecot_running() { pid_alive /run/dovecot/master.pid dovecot; }
apache_running()  { pid_alive /run/apache2/apache2.pid apache2; }

# port_check PORT PROC_REGEX SERVICE: fail clearly if a foreign process holds our port.
port_check() {
  local port=$1 want=$2 who
  command -v ss >/dev/null || return 0
  who=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'users:(("[^"]*"' | head -n1 | sed 's/users:(("//;s/"//') || true
  if [ -n "$who" ] && ! [[ "$who" =~ $want ]]; then
    die "port 127.0.0.1:$port is already used by '$who' - cannot start $3"
  fi
}

wait_port() {
  local port=$1 name=$2 i
  for i in $(seq 1 100); do tcp_open "$port" && return 0; sleep 0.1; done
  die "$name is not accepting connections on 127.0.0.1:$port after 10s (logs: $3)"
}

ensure_service() { # name restart_flag running_fn port proc_regex log
  local name=$1 restart=$2 running=$3 port=$4 re=$5 logf=$6
  if $running; then
    if [ "$restart" = 1 ]; then
      log "restarting $name (configuration changed)"
      service "$name" restart >/tmp/webmail-service-"$name".log 2>&1 9>&- \
        || { cat /tmp/webmail-service-"$name".log >&2; die "service $name restart failed (see $logf)"; }
      did "restarted $name"
    else
      log "$name: running"
    fi
  else
    port_check "$port" "$re" "$name"
    log "starting $name"
    service "$name" start >/tmp/webmail-service-"$name".log 2>&1 9>&- \
      || { cat /tmp/webmail-service-"$name".log >&2; die "service $name start failed (see $logf)"; }
    local i; for i in $(seq 1 50); do $running && break; sleep 0.1; done
    $running || die "$name did not stay up after 'service $name start' (see $logf)"
    log "started $name"
  fi
  wait_port "$port" "$name" "$logf"
}

ensure_service postfix "$RESTART_POSTFIX" postfix_running "$WEBMAIL_SMTP_PORT" '^(master|smtpd)$' /var/log/postfix.log
ensure_service dovecot "$RESTART_DOVECOT" dovecot_running "$WEBMAIL_IMAP_PORT" '^dovecot$' /var/log/dovecot.log
ensure_service apache2 "$RESTART_APACHE" apache_running "$WEBMAIL_HTTP_PORT" '^apache2$' /var/log/apache2/error.log

# Nothing of ours may listen beyond loopback.
if command -v ss >/dev/null && ss -Hltn | awk '{print $4}' | grep -E ":($WEBMAIL_SMTP_PORT|$WEBMAIL_IMAP_PORT|$WEBMAIL_HTTP_PORT|993|80|443)$" | grep -vq '^127\.0\.0\.1:'; then
  ss -Hltnp >&2; die "a webmail service listens on a non-loopback address"
fi

# ---------------------------------------------------------------- roundcube identities
# Roundcube creates its users/identities rows on first login, so log each user in
# once over HTTP, then set the display name and (for seeker) the plain-text signature.
JAR=$(mktemp); trap 'cleanup; rm -f "$JAR"' EXIT
for entry in "${WEBMAIL_USERS[@]}"; do
  IFS=: read -r u pw full <<<"$entry"
  email="$u@$MAIL_DOMAIN"
  sig=""; [ "$u" = seeker ] && sig=$SEEKER_SIGNATURE
  want="$full|$sig|0"
  cur=$(rc_sql "SELECT i.name||'|'||IFNULL(i.signature,'')||'|'||i.html_signature FROM identities i JOIN users u ON u.user_id=i.user_id WHERE u.username=$(sql_quote "$u") AND i.email=$(sql_quote "$email") AND i.del=0 AND i.standard=1;")
  if [ -z "$cur" ]; then
    rc_login "$u" "$pw" "$JAR" || die "first Roundcube login for $u failed (needed to create its identity)"
    did "first Roundcube login for $u (creates user + identity)"
    cur=$(rc_sql "SELECT i.name||'|'||IFNULL(i.signature,'')||'|'||i.html_signature FROM identities i JOIN users u ON u.user_id=i.user_id WHERE u.username=$(sql_quote "$u") AND i.email=$(sql_quote "$email") AND i.del=0 AND i.standard=1;")
    [ -n "$cur" ] || die "Roundcube did not create identity $email for $u"
  fi
  if [ "$cur" != "$want" ]; then
    rc_sql "UPDATE identities SET name=$(sql_quote "$full"), signature=$(sql_quote "$sig"), html_signature=0, changed=datetime('now') WHERE del=0 AND email=$(sql_quote "$email") AND user_id=(SELECT user_id FROM users WHERE username=$(sql_quote "$u"));"
    did "Roundcube identity $full <$email>${sig:+ with signature}"
  fi
done

log "done in $(( $(date +%s) - T0 ))s, $CHANGES change(s). Roundcube: $RC_URL/  SMTP 127.0.0.1:$WEBMAIL_SMTP_PORT  IMAP 127.0.0.1:$WEBMAIL_IMAP_PORT"
