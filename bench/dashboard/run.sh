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
mysql=(mysql -h127.0.0.1 -P3306 -uroot)
url="jdbc:mariadb://127.0.0.1:3306/$db"

echo "machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "commit:  $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with local changes)')"
echo "server:  $("${mysql[@]}" -N -e 'SELECT VERSION()')   buffer pool: $("${mysql[@]}" -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"

(cd "$root" && ./mvnw -q -pl db,api test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null)
classpath="$root/db/target/classes:$root/api/target/classes:$(cat "$root/api/target/bench.classpath")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$classpath" "$here/DashboardBench.java"

generate() { # practice number, coaches, clients, first and last request number
    "${mysql[@]}" "$db" -e "SET @practice_no=$1, @coaches=$2, @clients=$3, @first_request=$4, @last_request=$5;
        source $root/bench/reports/generate.sql;"
}
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
"${mysql[@]}" -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
for migration in $(ls "$root"/db/src/main/resources/db/migration/V*.sql | sort -V); do
    "${mysql[@]}" "$db" < "$migration"
done

start=$(date +%s)
generate 0 50 5000 1 100000
for small in $(seq 1 20); do generate "$small" 3 30 1 2000; done
echo "generated 100,000 + 20 x 2,000 requests in $(( $(date +%s) - start )) s"
phase "100,000 requests in the large practice"
start=$(date +%s)
generate 0 50 5000 100001 1000000
echo "generated 900,000 more requests in $(( $(date +%s) - start )) s"
phase "1,000,000 requests in the large practice"
[ "${BENCH_KEEP:-}" = 1 ] || "${mysql[@]}" -e "DROP DATABASE $db"
