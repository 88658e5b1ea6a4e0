#!/usr/bin/env bash
# Report queries at 100,000 and 1,000,000 requests, on the machine's MariaDB server.
# Usage: bench/reports/run.sh   (MariaDB at 127.0.0.1:3306 as root without a password; uses and
# drops the database debrief_bench; compiles db and api first)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
db=${BENCH_DB:-debrief_bench}
source "$root/bench/lib/common.sh"

bench_header
bench_compile "$here/ReportsBench.java"
bench_schema

phase() { # label, extra argument for the bench
    echo
    echo "== $1"
    "${mysql[@]}" "$db" -e "ANALYZE TABLE feedback_request, request_event" >/dev/null
    "$JAVA_HOME/bin/java" -cp "$out:$classpath" app.debrief.reports.ReportsBench "$url" root ${2:-}
}

start=$(date +%s)
bench_generate 0 50 5000 1 100000
for small in $(seq 1 20); do bench_generate "$small" 3 30 1 2000; done
echo "generated 100,000 + 20 x 2,000 requests in $(( $(date +%s) - start )) s"
phase "100,000 requests in the large practice"

start=$(date +%s)
bench_generate 0 50 5000 100001 1000000
echo "generated 900,000 more requests in $(( $(date +%s) - start )) s"
phase "1,000,000 requests in the large practice" explain
