#!/usr/bin/env bash
# Benchmarks parse + all courtesy checks of a 150-word template against api's compiled classes.
# Usage: bench/templates/run.sh   (compiles api first if its classes are missing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
classes=$root/api/target/classes
if [ ! -d "$classes/app/debrief/templates" ] || [ ! -d "$root/db/target/classes/app/debrief/templates" ]; then
    (cd "$root" && ./mvnw -q -o -pl db,api compile)
fi
repo=${M2_REPO:-$HOME/.m2/repository}
# only annotation jars: javac wants them to read api's class files; nothing from them runs
annotations=$(ls "$repo"/com/fasterxml/jackson/core/jackson-annotations/*/jackson-annotations-*.jar | sort -V | tail -1)
jspecify=$(ls "$repo"/org/jspecify/jspecify/*/jspecify-*.jar | sort -V | tail -1)
classpath="$classes:$root/db/target/classes:$annotations:$jspecify"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$JAVA_HOME/bin/javac" -d "$out" -cp "$classpath" "$here/TemplateBench.java"
"$JAVA_HOME/bin/java" -cp "$out:$classpath" TemplateBench
