#!/usr/bin/env bash
# The dashboard's queries at 100,000 and 1,000,000 requests, on the machine's MariaDB server, with
# the reports benchmark's generator (bench/reports/generate.sql) plus coaches' notes and tags.
# Usage: bench/dashboard/run.sh   (MariaDB at 127.0.0.1:3306 as root without a password; uses and
# drops the database debrief_bench_dashboard; compiles db and api first)
#   BENCH_KEEP=1   keeps the database at the end, for EXPLAIN and experiments
#   BENCH_REUSE=1  skips the generator and measures the 1,000,000 phase on a kept database
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
db=${BENCH_DB:-debrief_bench_dashboard}
source "$root/bench/lib/common.sh"

bench_header
bench_compile "$here/DashboardBench.java"

phase() {
    echo; echo "== $1"
    "${mysql[@]}" "$db" -e "DELETE FROM note_tag; DELETE FROM request_note; DELETE FROM feedback_tag; source $here/notes.sql;
        ANALYZE TABLE feedback_request, request_event, request_note, note_tag" >/dev/null
    "$JAVA_HOME/bin/java" -cp "$out:$classpath" app.debrief.requests.DashboardBench "$url" root
}

if [ "${BENCH_REUSE:-}" = 1 ]; then
    phase "1,000,000 requests in the large practice (kept database)"
    exit 0
fi
bench_schema

start=$(date +%s)
bench_generate 0 50 5000 1 100000
for small in $(seq 1 20); do bench_generate "$small" 3 30 1 2000; done
echo "generated 100,000 + 20 x 2,000 requests in $(( $(date +%s) - start )) s"
phase "100,000 requests in the large practice"
start=$(date +%s)
bench_generate 0 50 5000 100001 1000000
echo "generated 900,000 more requests in $(( $(date +%s) - start )) s"
phase "1,000,000 requests in the large practice"
[ "${BENCH_KEEP:-}" = 1 ] || "${mysql[@]}" -e "DROP DATABASE $db"
