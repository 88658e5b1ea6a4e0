#!/usr/bin/env bash
# Time from launching the built jar to "Debrief is ready" (the URL is printed), on the embedded
# MariaDB and, when one answers on 127.0.0.1:3306, on the machine's MariaDB server.
# Usage: bench/startup/run.sh [runs]   (build first: ./mvnw -pl portal -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=portal/target/debrief.jar
# under the home folder: the embedded database refuses data folders inside /tmp
HOME_DIR=$(mktemp -d "$HOME/.debrief-bench-XXXX")
trap 'rm -rf "$HOME_DIR"' EXIT
[ -f "$JAR" ] || { echo "no $JAR: build it first"; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB"
echo "commit:  $(git rev-parse --short HEAD)   java: $("$JAVA" -version 2>&1 | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"

time_start() { # label, extra env...
  local label=$1; shift
  local log; log=$(mktemp)
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local start end
  start=$(date +%s.%N)
  env "$@" PORT="$port" "$JAVA" -jar "$JAR" >"$log" 2>&1 &
  local pid=$!
  until grep -q "Debrief is ready" "$log"; do
    kill -0 $pid 2>/dev/null || { echo "$label: exited early"; tail -20 "$log"; return 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%s %.2f s\n' "$label" "$(echo "$end - $start" | bc)"
  rm -f "$log"
}

echo "-- embedded MariaDB: first start (unpacks the server, installs a database, demo data)"
time_start "embedded-first" DEBRIEF_DATA_DIR="$HOME_DIR"
echo "-- embedded MariaDB: later starts (data kept)"
for i in $(seq "$RUNS"); do time_start "embedded-restart-$i" DEBRIEF_DATA_DIR="$HOME_DIR"; done

if mariadb -h127.0.0.1 -uroot -e 'select 1' >/dev/null 2>&1; then
  mariadb -h127.0.0.1 -uroot -e "drop database if exists debrief_bench; create database debrief_bench character set utf8mb4;
    create user if not exists 'debrief_bench'@'127.0.0.1' identified by 'bench-password';
    grant all on debrief_bench.* to 'debrief_bench'@'127.0.0.1';"
  echo "-- the machine's MariaDB server ($(mariadb -h127.0.0.1 -uroot -N -e 'select version()'))"
  for i in $(seq "$RUNS"); do
    time_start "server-$i" DEBRIEF_DB_URL=jdbc:mariadb://127.0.0.1:3306/debrief_bench \
      DEBRIEF_DB_USER=debrief_bench DEBRIEF_DB_PASSWORD=bench-password DEBRIEF_DATA_DIR="$HOME_DIR/unused"
  done
  mariadb -h127.0.0.1 -uroot -e "drop database debrief_bench; drop user 'debrief_bench'@'127.0.0.1';"
else
  echo "-- no MariaDB server on 127.0.0.1:3306: skipped the configured-server runs"
fi
