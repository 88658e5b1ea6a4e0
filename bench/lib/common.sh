# Shared by the benchmarks that load generated data into the machine's MariaDB server and time the
# application's own queries (bench/reports, bench/dashboard). Source it after setting $root and $db.
mysql=(mysql -h127.0.0.1 -P3306 -uroot)
url="jdbc:mariadb://127.0.0.1:3306/$db"

bench_header() {
    echo "machine: $(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "commit:  $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with local changes)')"
    echo "server:  $("${mysql[@]}" -N -e 'SELECT VERSION()')   buffer pool: $("${mysql[@]}" -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Compiles db and api, then the given benchmark sources with bench/lib/Medians.java into $out;
# sets $classpath and $out (removed on exit).
bench_compile() {
    (cd "$root" && ./mvnw -q -pl db,api test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null)
    classpath="$root/db/target/classes:$root/api/target/classes:$(cat "$root/api/target/bench.classpath")"
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    "$JAVA_HOME/bin/javac" -nowarn -d "$out" -cp "$classpath" "$root/bench/lib/Medians.java" "$@"
}

# An empty database with every migration applied.
bench_schema() {
    "${mysql[@]}" -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    for migration in $(ls "$root"/db/src/main/resources/db/migration/V*.sql | sort -V); do
        "${mysql[@]}" "$db" < "$migration"
    done
}

# bench/reports/generate.sql for one practice: practice number, coaches, clients, first and last request number.
bench_generate() {
    "${mysql[@]}" "$db" -e "SET @practice_no=$1, @coaches=$2, @clients=$3, @first_request=$4, @last_request=$5;
        source $root/bench/reports/generate.sql;"
}
