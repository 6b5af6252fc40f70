#!/usr/bin/env bash
# Survey-scale throughput of the whole command-line process (issue #17): `cepheus features` and
# `cepheus classify` with the feature cache off, JVM start, catalog loading, ND4J start and writing
# included. Prints stars per CPU second (user + sys of the process, what matters on a shared or
# batch machine) and per wall second, with the load average. A star is one row of the output
# (EROS-1: two band curves per star).
# Build first: mvn -o -q -B package -DskipTests
# Usage: bench/survey-throughput.sh MODEL.zip CATALOG [CATALOG OPTIONS...]
#   env JAR (default target/cepheus.jar), PRESET (features preset, e.g. the EROS one), RUNS (default 1)
set -eu
model=${1:?usage: bench/survey-throughput.sh MODEL.zip CATALOG [CATALOG OPTIONS...]}
catalog=${2:?usage: bench/survey-throughput.sh MODEL.zip CATALOG [CATALOG OPTIONS...]}
shift 2
jar=${JAR:-target/cepheus.jar}
runs=${RUNS:-1}
out=$(mktemp -d /tmp/cepheus-throughput.XXXXXX)
trap 'rm -rf "$out"' EXIT
preset=()
[ -n "${PRESET:-}" ] && preset=(--preset "$PRESET")

measure() { # name, then the command's arguments after the jar
    local name=$1; shift
    for r in $(seq "$runs"); do
        local load0; load0=$(cut -d' ' -f1 /proc/loadavg)
        /usr/bin/time -f '%e %U %S' -o "$out/time" java -Dcepheus.featureCache=off -jar "$jar" "$@" >"$out/log" 2>&1 \
            || { echo "$name failed:"; tail -5 "$out/log"; exit 1; }
        local rows; rows=$(($(wc -l <"$out/out.csv") - 1))
        read -r wall user sys <"$out/time"
        awk -v n="$name" -v rows="$rows" -v w="$wall" -v u="$user" -v s="$sys" -v l0="$load0" -v l1="$(cut -d' ' -f1 /proc/loadavg)" \
            'BEGIN { c = u + s; printf "%-9s %6d stars  wall %7.1f s = %6.1f stars/s  CPU %7.1f s = %6.1f stars per CPU second  (load average %s -> %s)\n", n, rows, w, rows / w, c, rows / c, l0, l1 }'
    done
}

measure features features "$catalog" "$@" "${preset[@]}" --out "$out/out.csv"
measure classify classify "$model" "$catalog" "$@" --out "$out/out.csv"
