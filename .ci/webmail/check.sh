#!/usr/bin/env bash
# Smoke test for the loopback webmail set up by .ci/webmail/setup.sh:
#  1. Roundcube login over HTTP (curl) as seeker, and a wrong password is refused
#  2. compose page has the DOM the browser tests rely on + seeker's signature
#  3. sends a plain-text and an HTML message through Roundcube to hiring@example.test
#  4. sends a message over SMTP (127.0.0.1:25) to seeker@example.test
#  5. verifies delivery of all three over IMAP (127.0.0.1:143), and Roundcube's Sent copy
# Exits non-zero with a message on the first failure. Needs only curl (no root).
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

PASSED=0
ok()   { PASSED=$((PASSED + 1)); printf '[webmail-check] ok   %s\n' "$*"; }
fail() { printf '[webmail-check] FAIL %s\n' "$*" >&2; printf 'webmail-check: %d passed, 1 failed\n' "$PASSED"; exit 1; }
trap 'rc=$?; printf "[webmail-check] FAIL unexpected error (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2; printf "webmail-check: %d passed, 1 failed\n" "$PASSED"; exit 1' ERR

command -v curl >/dev/null || fail "curl is not installed"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
JAR="$TMP/cookies"
RUN="$(date +%s)-$$"

user_pass() { local e; for e in "${WEBMAIL_USERS[@]}"; do [ "${e%%:*}" = "$1" ] && { e=${e#*:}; printf '%s' "${e%%:*}"; return; }; done; return 1; }
SEEKER_PW=$(user_pass seeker); HIRING_PW=$(user_pass hiring)

# ---------------------------------------------------------------- services up
for p in "$WEBMAIL_SMTP_PORT:Postfix SMTP" "$WEBMAIL_IMAP_PORT:Dovecot IMAP" "$WEBMAIL_HTTP_PORT:Apache/Roundcube"; do
  tcp_open "${p%%:*}" || fail "${p#*:} is not listening on 127.0.0.1:${p%%:*} - run: sudo bash .ci/webmail/setup.sh"
done
ok "ports 127.0.0.1:$WEBMAIL_SMTP_PORT (smtp), :$WEBMAIL_IMAP_PORT (imap), :$WEBMAIL_HTTP_PORT (http) are listening"

# ---------------------------------------------------------------- login
code=$(curl -sS --max-time 20 -o "$TMP/login.html" -w '%{http_code}' "$RC_URL/") || fail "GET $RC_URL/ failed"
[ "$code" = 200 ] || fail "GET $RC_URL/ returned HTTP $code (expected 200)"
grep -q 'id="rcmloginuser"' "$TMP/login.html" || fail "Roundcube login form (#rcmloginuser) not found at $RC_URL/"
ok "Roundcube login page served at $RC_URL/"

if rc_login seeker "wrong-$RUN" "$JAR" 2>/dev/null; then fail "Roundcube accepted a wrong password for seeker"; fi
ok "wrong password is refused"

rc_login seeker "$SEEKER_PW" "$JAR" || fail "cannot log into Roundcube as seeker"
ok "logged into Roundcube as seeker"

# ---------------------------------------------------------------- compose page
# compose_page OUTFILE: opens a new compose screen (Roundcube redirects to ...&_id=<compose id>)
compose_page() {
  local code
  code=$(curl -sS --max-time 30 -L -b "$JAR" -c "$JAR" -o "$1" -w '%{http_code}' "$RC_URL/?_task=mail&_action=compose") \
    || fail "GET compose page failed"
  [ "$code" = 200 ] || fail "compose page returned HTTP $code"
}
compose_page "$TMP/compose.html"
C="$TMP/compose.html"
need() { grep -Eq -- "$1" "$C" || fail "compose page lacks $2"; }
need '<textarea name="_message" id="composebody"' 'textarea#composebody (message body)'
need '<input name="_subject" id="compose-subject"' 'input#compose-subject (subject)'
need '<textarea name="_to" [^>]*id="_to"' 'textarea#_to (recipient input)'
need '<select name="_from" id="_from"' 'select#_from (identity)'
need '<button class="btn btn-primary send"[^>]*onclick="return rcmail.command\(.send.' 'button.send (send button)'
need '<select name="editorSelector" id="editor-selector"' 'select#editor-selector (HTML/plain toggle)'
need '<option value="html">HTML</option><option value="plain" selected>' 'editor-selector options html/plain (plain selected by default)'
need 'tinymce/tinymce\.min\.js' 'the TinyMCE script tag'
need '<input type="hidden" name="_is_html" value="0">' 'hidden _is_html=0 (plain-text editor by default)'
ok "compose page has #composebody, #compose-subject, #_to, #_from, button.send, #editor-selector, TinyMCE script"

tiny=$(grep -oE 'src="[^"]*tinymce/tinymce\.min\.js[^"]*"' "$C" | head -n1 | sed 's/^src="//;s/"$//')
case "$tiny" in /*) tiny_url="http://127.0.0.1:$WEBMAIL_HTTP_PORT$tiny" ;; http*) tiny_url=$tiny ;; *) tiny_url="$RC_URL/$tiny" ;; esac
code=$(curl -sS --max-time 20 -o /dev/null -w '%{http_code}' "$tiny_url") || true
[ "$code" = 200 ] || fail "TinyMCE script $tiny_url is not served (HTTP $code)"
ok "TinyMCE (HTML editor) script is served"

from_id=$(sed -n 's/.*<option value="\([0-9]*\)" selected>Sam Seeker &lt;seeker@example\.test&gt;<\/option>.*/\1/p' "$C" | head -n1)
[ -n "$from_id" ] || fail "identity 'Sam Seeker <seeker@example.test>' is not the selected sender in #_from"
sig_json=${SEEKER_SIGNATURE//$'\n'/\\n}
grep -qF "\"signatures\":{\"$from_id\":{\"text\":\"$sig_json\"" "$C" \
  || fail "seeker's identity has no (or a different) signature; expected: $sig_json (setup.sh sets it in the identities table)"
ok "seeker identity #$from_id has signature \"$sig_json\""

# ---------------------------------------------------------------- send via Roundcube
# rc_send HTML(0|1) SUBJECT BODY: posts the compose form like the browser does.
rc_send() {
  local is_html=$1 subject=$2 body=$3 page="$TMP/c$1.html" token id out="$TMP/send$1.html"
  compose_page "$page"
  token=$(grep -oE '"request_token":"[^"]*"' "$page" | head -n1 | cut -d'"' -f4)
  id=$(grep -oE '"compose_id":"[^"]*"' "$page" | head -n1 | cut -d'"' -f4)
  [ -n "$token" ] && [ -n "$id" ] || fail "no request_token/compose_id on compose page"
  curl -sS --max-time 60 -b "$JAR" -c "$JAR" -o "$out" \
    --data-urlencode "_token=$token" --data-urlencode "_task=mail" --data-urlencode "_action=send" \
    --data-urlencode "_id=$id" --data-urlencode "_from=$from_id" \
    --data-urlencode "_to=Harriet Hiring <hiring@$MAIL_DOMAIN>" --data-urlencode "_subject=$subject" \
    --data-urlencode "_message=$body" --data-urlencode "_is_html=$is_html" --data-urlencode "_draft=" \
    "$RC_URL/?_task=mail&_unlock=loading1&_framed=1" || fail "POST send failed"
  grep -q 'rcmail.sent_successfully(' "$out" \
    || fail "Roundcube did not confirm sending '$subject': $(grep -oE 'display_message\([^)]*\)' "$out" | head -n1) (see /var/log/roundcube/errors.log, /var/log/postfix.log)"
}

SUBJ_PLAIN="debrief-check plain $RUN"
SUBJ_HTML="debrief-check html $RUN"
SUBJ_SMTP="debrief-check smtp $RUN"
rc_send 0 "$SUBJ_PLAIN" $'Hello Harriet,\n\nplain-text body from check.sh.\n\n'"$SEEKER_SIGNATURE"
ok "Roundcube sent plain-text message '$SUBJ_PLAIN'"
rc_send 1 "$SUBJ_HTML" '<p>Hello Harriet,</p><p><strong>HTML body</strong> from check.sh.</p><div class="pre"><span class="sig">-- <br>Sam Seeker<br>seeker@example.test</span></div>'
ok "Roundcube sent HTML message '$SUBJ_HTML'"

# ---------------------------------------------------------------- send via SMTP
printf 'From: Harriet Hiring <hiring@%s>\r\nTo: Sam Seeker <seeker@%s>\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s@%s>\r\n\r\nDirect SMTP message from check.sh.\r\n' \
  "$MAIL_DOMAIN" "$MAIL_DOMAIN" "$SUBJ_SMTP" "$(LC_ALL=C date -R)" "$RUN" "$MAIL_NAME" >"$TMP/smtp.eml"
curl -sS --max-time 20 "smtp://127.0.0.1:$WEBMAIL_SMTP_PORT" --mail-from "hiring@$MAIL_DOMAIN" \
  --mail-rcpt "seeker@$MAIL_DOMAIN" --upload-file "$TMP/smtp.eml" \
  || fail "SMTP submission to 127.0.0.1:$WEBMAIL_SMTP_PORT failed"
ok "SMTP accepted '$SUBJ_SMTP' for seeker@$MAIL_DOMAIN"

# ---------------------------------------------------------------- verify over IMAP
# imap_fetch USER PASS MAILBOX SUBJECT OUTFILE: waits up to 20s for the message, saves it.
imap_fetch() {
  local user=$1 pass=$2 box=$3 subj=$4 out=$5 i res uid
  for i in $(seq 1 40); do
    res=$(curl -sS --max-time 10 "imap://127.0.0.1:$WEBMAIL_IMAP_PORT/$box" -u "$user:$pass" -X "UID SEARCH SUBJECT \"$subj\"" 2>&1) \
      || fail "IMAP login/search as $user on 127.0.0.1:$WEBMAIL_IMAP_PORT failed: $res"
    uid=$(printf '%s' "$res" | sed -n 's/^\* SEARCH \([0-9][0-9]*\).*/\1/p' | tr -d '\r' | head -n1)
    if [ -n "$uid" ]; then
      curl -sS --max-time 10 "imap://127.0.0.1:$WEBMAIL_IMAP_PORT/$box;UID=$uid" -u "$user:$pass" -o "$out" \
        || fail "IMAP fetch of UID $uid in $user's $box failed"
      tr -d '\r' <"$out" >"$out.lf"
      return 0
    fi
    sleep 0.5
  done
  fail "message '$subj' not found in $user's $box over IMAP after 20s (see /var/log/postfix.log, /var/log/dovecot.log)"
}

M="$TMP/m-plain"
imap_fetch hiring "$HIRING_PW" INBOX "$SUBJ_PLAIN" "$M"
grep -q '^From: Sam Seeker <seeker@example.test>$' "$M.lf" || fail "plain message: unexpected From header: $(grep -m1 '^From:' "$M.lf")"
grep -qi '^Content-Type: text/plain' "$M.lf" || fail "plain message is not text/plain"
grep -q 'plain-text body from check.sh.' "$M.lf" || fail "plain message body missing"
# signature intact: "-- " line (with its trailing space) followed by the two signature lines
awk 'p==0 && $0=="-- " {p=1; next} p==1 {if ($0=="Sam Seeker") {p=2; next} else exit 1} p==2 {exit ($0=="seeker@example.test") ? 0 : 1} END {if (p<2) exit 1}' "$M.lf" \
  || fail "plain message: signature '-- \\nSam Seeker\\nseeker@example.test' not intact"
ok "hiring received '$SUBJ_PLAIN' over IMAP, From/body/signature intact"

M="$TMP/m-html"
imap_fetch hiring "$HIRING_PW" INBOX "$SUBJ_HTML" "$M"
grep -qi 'Content-Type: text/html' "$M.lf" || fail "HTML message has no text/html part"
grep -qi 'Content-Type: text/plain' "$M.lf" || fail "HTML message has no text/plain alternative"
ok "hiring received '$SUBJ_HTML' over IMAP (multipart/alternative html+plain)"

M="$TMP/m-smtp"
imap_fetch seeker "$SEEKER_PW" INBOX "$SUBJ_SMTP" "$M"
grep -q 'Direct SMTP message from check.sh.' "$M.lf" || fail "SMTP message body missing"
ok "seeker received '$SUBJ_SMTP' over IMAP"

imap_fetch seeker "$SEEKER_PW" Sent "$SUBJ_PLAIN" "$TMP/m-sent"
ok "Roundcube saved a copy of '$SUBJ_PLAIN' in seeker's Sent folder"

printf 'webmail-check: %d passed, 0 failed\n' "$PASSED"
