#!/usr/bin/env bash
# The extension's API under wrk, on loopback, against the packaged jar on this machine's MariaDB
# server (127.0.0.1:3306, root, no password): GET /templates (full answers, and revalidations with
# If-None-Match as the extension makes them) and PUT /requests next to /ping, a no-database endpoint
# of the same application (the ceiling), at 64 connections.
# Usage: bench/api/run.sh   (builds the jar if missing; needs wrk: apt-get install wrk)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
db=debrief_bench_api
port=${BENCH_PORT:-18090}
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-64}
mysql="mysql -h127.0.0.1 -P3306 -uroot"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
jar=$root/portal/target/debrief.jar
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -pl portal -am package -DskipTests)

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "== commit: $(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet || echo ' (with local changes)')"
echo "== MariaDB: $($mysql -N -e 'SELECT VERSION()')"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"

$mysql -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
log=$(mktemp)
DEBRIEF_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db${BENCH_URL_OPTIONS:-}" DEBRIEF_DB_USER=root DEBRIEF_DB_PASSWORD= DEBRIEF_DEMO=false \
  PORT=$port "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" >"$log" 2>&1 &
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
echo "== one GET /templates answer: $(printf %s "$check" | wc -c) bytes, $(printf %s "$check" | grep -o '"versionId"' | wc -l) templates"

url="http://127.0.0.1:$port"
export ETAGS=$(mktemp --suffix=.lua)
echo "== each browser's first GET /templates: $(python3 "$here/etags.py" "$port" 5000 "$ETAGS")"
run() { # name script
  wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/$2" "$url" | tee "/tmp/bench-api-$1.txt"
}
echo "== warm-up (JIT, pools, caches): 10 s of each, not counted"
for script in ping templates revalidate requests; do wrk -t2 -c"$connections" -d10s -s "$here/$script.lua" "$url" >/dev/null; done

for name in ping templates revalidate requests; do
  echo; echo "== $name: wrk -t2 -c$connections -d$duration"
  run "$name" "$name.lua"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== rows after: $($mysql -N "$db" -e 'SELECT COUNT(*) FROM feedback_request') feedback requests"

rps() { awk '/Requests\/sec/ {print $2}' "/tmp/bench-api-$1.txt"; }
p99() { awk '$1 == "99%" {print $2}' "/tmp/bench-api-$1.txt"; }
errors() { awk '/Non-2xx|Socket errors/ {print}' "/tmp/bench-api-$1.txt" | tr '\n' ' '; }
echo
echo "== summary at $connections connections"
for name in ping templates revalidate requests; do
  printf '%-10s %10s req/s   p99 %-8s  ratio to ceiling %s  %s\n' "$name" "$(rps $name)" "$(p99 $name)" \
    "$(awk -v a="$(rps $name)" -v b="$(rps ping)" 'BEGIN {printf "%.2f", a / b}')" "$(errors $name)"
done
