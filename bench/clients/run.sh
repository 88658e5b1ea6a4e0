#!/usr/bin/env bash
# The client book's queries with 10,000 clients and 50 coaches in one practice, on the machine's
# MariaDB server: first page, every sort, prefix / status / coach filters and the paging count,
# each the median of 20 after warm-up, in server time, with its EXPLAIN.
# Usage: bench/clients/run.sh   (MariaDB at 127.0.0.1:3306 as root without a password; drops and
# recreates the database debrief_bench_clients; builds the jar when it is missing or older than a
# migration, and compiles db and api)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
db=debrief_bench_clients
port=${BENCH_PORT:-18095}
mysql=(mysql -h127.0.0.1 -P3306 -uroot)
url="jdbc:mariadb://127.0.0.1:3306/$db"

echo "machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB (shared with other builds)"
echo "commit:  $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD || echo ' (with local changes)')"
echo "server:  $("${mysql[@]}" -N -e 'SELECT VERSION()')   buffer pool: $("${mysql[@]}" -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB   query cache: $("${mysql[@]}" -N -e 'SELECT @@query_cache_type')"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"

# The schema comes from the application itself: the packaged jar runs its Flyway migrations once.
jar=$root/portal/target/debrief.jar
if [ ! -f "$jar" ] || [ -n "$(find "$root/db/src/main/resources/db/migration" -newer "$jar" -name '*.sql')" ]; then
    (cd "$root" && ./mvnw -q -pl portal -am package -DskipTests)
fi
(cd "$root" && ./mvnw -q -pl db,api test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null)
classpath="$root/db/target/classes:$root/api/target/classes:$(cat "$root/api/target/bench.classpath")"
out=$(mktemp -d)
log=$out/portal.log
app=
trap '[ -n "$app" ] && kill $app 2>/dev/null; rm -rf "$out"' EXIT
"$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$classpath" "$here/ClientBookBench.java"

"${mysql[@]}" -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start=$(date +%s)
DEBRIEF_DB_URL="$url" DEBRIEF_DB_USER=root DEBRIEF_DB_PASSWORD= DEBRIEF_DEMO=false PORT=$port \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$jar" >"$log" 2>&1 &
app=$!
until curl -fs "http://127.0.0.1:$port/api/v1/ping" >/dev/null; do
    kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
    [ $(( $(date +%s) - start )) -lt 180 ] || { echo "the portal did not answer within 180 s"; cat "$log"; exit 1; }
    sleep 1
done
kill $app
wait $app 2>/dev/null || true
app=
echo "migrated by the jar's Flyway in $(( $(date +%s) - start )) s, to version $("${mysql[@]}" -N "$db" -e \
    'SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1')"

generate() { # practice number, coaches, clients
    "${mysql[@]}" "$db" -e "SET @practice_no=$1, @coaches=$2, @clients=$3; source $here/generate.sql;"
}
start=$(date +%s)
generate 0 50 10000
for small in 1 2 3 4 5; do generate "$small" 3 40; done
"${mysql[@]}" "$db" -e "ANALYZE TABLE practice, coach, client" >/dev/null
echo "generated in $(( $(date +%s) - start )) s"
echo
echo "== rows"
"${mysql[@]}" -t "$db" -e "SELECT p.name AS practice, (SELECT COUNT(*) FROM coach c WHERE c.practice_id = p.id) AS coaches,
        SUM(cl.status = 'ACTIVE') AS active, SUM(cl.status = 'ARCHIVED') AS archived, SUM(cl.status = 'ERASED') AS erased,
        COUNT(*) AS clients
    FROM practice p JOIN client cl ON cl.practice_id = p.id GROUP BY p.id, p.name ORDER BY clients DESC, p.name"
"${mysql[@]}" -t "$db" -e "SELECT name, email, status, created_at FROM client
    WHERE practice_id = '10000000-0000-0000-0000-000000000000' ORDER BY id LIMIT 6"
"${mysql[@]}" -t "$db" -e "SELECT LEFT(name, 1) AS initial, COUNT(*) AS clients FROM client
    WHERE practice_id = '10000000-0000-0000-0000-000000000000' AND status <> 'ERASED'
    GROUP BY initial ORDER BY initial" | paste -sd' ' | tr -s ' -+|' ' '

echo
echo "== the client book, 10,000 clients, 50 coaches (load $(cut -d' ' -f1-3 /proc/loadavg))"
"$JAVA_HOME/bin/java" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "$out:$classpath" \
    app.debrief.clients.ClientBookBench "$url" root
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
