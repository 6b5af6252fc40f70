#!/usr/bin/env bash
# Start-up check for issue #10: starts the real jar on a catalog RUNS times in a row under its own
# Xvfb and counts the launches whose main window appears (found with xdotool by its title) within
# TIMEOUT seconds. Each launch is stopped once its window is up (SIGTERM, SIGKILL after 10 s; a
# launch that ignores SIGTERM is reported, as the deadlocked one did).
# Needs Xvfb and xdotool (apt-get install -y xvfb xdotool); build the jar first:
#   mvn -o -q -B package -DskipTests
# Usage: bench/startup-20.sh CATALOG [RUNS=20] [TIMEOUT_S=90]
set -u
catalog=${1:?usage: bench/startup-20.sh CATALOG [RUNS] [TIMEOUT_S]}
runs=${2:-20}
timeout=${3:-90}
jar=${JAR:-target/cepheus.jar}
display=:${DISPLAY_NUMBER:-$((50 + RANDOM % 400))}
logs=$(mktemp -d /tmp/cepheus-startup.XXXXXX)

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null' EXIT
for _ in $(seq 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

window_up() { DISPLAY=$display xdotool search --onlyvisible --name '^Cepheus' >/dev/null 2>&1; }

shown=0
ignored_term=0
for i in $(seq "$runs"); do
    log="$logs/run-$i.log"
    start=$(date +%s.%N)
    DISPLAY=$display java -jar "$jar" "$catalog" >"$log" 2>&1 &
    pid=$!
    up=0
    deadline=$(( $(date +%s) + timeout ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if window_up; then up=1; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    if [ "$up" = 1 ]; then
        shown=$((shown + 1))
        printf 'run %2d: window after %.1f s\n' "$i" "$secs"
    else
        printf 'run %2d: NO WINDOW after %.1f s (log %s)\n' "$i" "$secs" "$log"
        jstack "$pid" >"$logs/run-$i.jstack" 2>&1 || true
    fi
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
        ignored_term=$((ignored_term + 1))
        echo "run $i: SIGTERM ignored for 10 s, killed"
        kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
done
echo "$shown of $runs launches showed the window; $ignored_term ignored SIGTERM (logs: $logs)"
[ "$shown" = "$runs" ]
