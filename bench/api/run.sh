#!/usr/bin/env bash
# The extension's API under wrk, on loopback, against the packaged jar on this machine's MariaDB
# server (127.0.0.1:3306, root, no password): GET /templates (full answers gzipped, as browsers take
# them, and plain; revalidations with If-None-Match as the extension makes them) and PUT /requests,
# next to /ping, a no-database endpoint of the same application (the ceiling), at 64 connections.
# Usage: bench/api/run.sh   (builds the jar if missing; needs wrk: apt-get install wrk)
#   BENCH_ROUNDS (5), BENCH_DURATION (6s a run), BENCH_WARMUP (30s an endpoint), BENCH_CONNECTIONS (64),
#   BENCH_JAVA_OPTS (the app's JVM), BENCH_JAR (another build to measure, say an earlier commit's)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
db=debrief_bench_api
port=${BENCH_PORT:-18090}
duration=${BENCH_DURATION:-6s}
rounds=${BENCH_ROUNDS:-5}
connections=${BENCH_CONNECTIONS:-64}
mysql="mysql -h127.0.0.1 -P3306 -uroot"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
jar=${BENCH_JAR:-$root/portal/target/debrief.jar}
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -pl portal -am package -DskipTests)

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "== commit: $(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet || echo ' (with local changes)')${BENCH_JAR:+, jar $BENCH_JAR}"
echo "== MariaDB: $($mysql -N -e 'SELECT VERSION()')"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"

$mysql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
log=$(mktemp)
DEBRIEF_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db${BENCH_URL_OPTIONS:-}" DEBRIEF_DB_USER=root DEBRIEF_DB_PASSWORD= DEBRIEF_DEMO=false \
  PORT=$port "$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -f "$log" "${ETAGS:-}"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/v1/ping" >/dev/null && break
  kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
$mysql "$db" < "$here/seed.sql"
echo "== rows: $($mysql -N "$db" -e "SELECT CONCAT((SELECT COUNT(*) FROM client), ' clients, ', (SELECT COUNT(*) FROM template), ' templates in ', (SELECT COUNT(*) FROM template_library), ' libraries, ', (SELECT COUNT(*) FROM library_assignment), ' assignments, ', (SELECT COUNT(*) FROM extension_token), ' tokens')")"
check=$(curl -fs -H 'Authorization: Bearer bench-token-1' "http://127.0.0.1:$port/api/v1/templates")
echo "== one GET /templates answer: $(printf %s "$check" | wc -c) bytes, $(printf %s "$check" | grep -o '"versionId"' | wc -l) templates," \
  "$(curl -fs -H 'Authorization: Bearer bench-token-1' -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/api/v1/templates" | wc -c) bytes gzipped"

url="http://127.0.0.1:$port"
export ETAGS=$(mktemp --suffix=.lua)
echo "== each browser's first GET /templates: $(python3 "$here/etags.py" "$port" 5000 "$ETAGS")"
script() { # name: templates-plain is templates.lua without gzip
  case $1 in templates-plain) echo templates.lua ;; *) echo "$1.lua" ;; esac
}
gzip_flag() { # name
  case $1 in templates-plain) echo 0 ;; *) echo 1 ;; esac
}
endpoints="templates templates-plain revalidate requests"
# the JIT takes its time: under PUT load the JVM's CPU time per PUT still fell from 870 to 350 µs
# between its 10th and 30th second; so each endpoint gets 30 s before anything is counted
warmup=${BENCH_WARMUP:-30s}
echo "== warm-up (JIT, pools, caches): $warmup of each, not counted"
for name in ping $endpoints; do
  BENCH_GZIP=$(gzip_flag "$name") wrk -t2 -c"$connections" -d"$warmup" -s "$here/$(script "$name")" "$url" >/dev/null
done

out=$(mktemp -d)
echo "== $rounds rounds, each: ping before and after each of $endpoints; $duration each, $connections connections"
echo "   (a shared machine's speed drifts within minutes: each ratio is taken to the faster of the two pings around it)"
# CPU time the jar and MariaDB spend per call (from /proc, user and system): a measure of cost that the
# machine's drifting speed moves less than req/s
mariadb=$(pgrep -x mariadbd | head -1 || true)
cpu_ticks() { # pid: its user and system time so far, in clock ticks (0 if there is no such process)
  if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi
}
# after a PUT run MariaDB goes on writing pages and purging for seconds: whatever ran next (the next
# round's ping) lost part of the machine to it. Each run waits until MariaDB is quiet again (under 5 %
# of a core over a second, at most 30 s), so it measures itself.
settle() {
  local waited=0 before
  while [ -n "$mariadb" ] && [ "$waited" -lt 30 ]; do
    before=$(cpu_ticks "$mariadb"); sleep 1; waited=$((waited + 1))
    [ $(( ($(cpu_ticks "$mariadb") - before) * 100 )) -lt $(( 5 * $(getconf CLK_TCK) )) ] && break
  done
  echo "$waited"
}
measure() { # round name: one run of the endpoint, into $out/<round>-<name>.txt (ping-<i>: the i-th ping)
  local script=${2%%-[0-9]*} quiet_after jvm_before db_before
  quiet_after=$(settle)
  jvm_before=$(cpu_ticks $app) db_before=$(cpu_ticks "$mariadb")
  BENCH_GZIP=$(gzip_flag "$script") wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/$(script "$script")" \
    "$url" >"$out/$1-$2.txt"
  echo "cpu ticks: jvm $(( $(cpu_ticks $app) - jvm_before )) mariadb $(( $(cpu_ticks "$mariadb") - db_before ))" \
    "per second $(getconf CLK_TCK)" >>"$out/$1-$2.txt"
  echo "MariaDB quiet after ${quiet_after}s" >>"$out/$1-$2.txt"
}
for round in $(seq 1 "$rounds"); do
  i=0
  for name in $endpoints; do
    measure "$round" "ping-$i"
    measure "$round" "$name"
    i=$((i + 1))
  done
  measure "$round" "ping-$i"
  echo "   round $round: $(python3 "$here/summary.py" "$out" "$round" $endpoints)"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== rows after: $($mysql -N "$db" -e 'SELECT COUNT(*) FROM feedback_request') feedback requests"
echo
echo "== medians of $rounds rounds at $connections connections (wrk's outputs in $out)"
python3 "$here/summary.py" "$out" all $endpoints
