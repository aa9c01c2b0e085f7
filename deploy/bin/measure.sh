#!/usr/bin/env bash
# Measures the runnable jar on this machine: boot time to ready, resident memory, and LTI launches per second
# and link checks per second against a no-op endpoint on the same server. Loopback only; stops the server at the end.
# Usage (after ./mvnw -DskipTests package): deploy/bin/measure.sh [threads] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-4}
seconds=${2:-20}
port=18181
work=$(mktemp -d "${TMPDIR:-/tmp}/childsafe-measure.XXXXXX")
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; grep -E "SEVERE|Exception" "$work/server.log" | head -5 || true; rm -rf "$work"' EXIT

start=$(date +%s%N)
java -Djava.io.tmpdir="$work" -Dtool.mode=demo -Dtool.base-url="http://localhost:$port" -Dtool.data-dir="$work/data" \
     -Ddb.url="jdbc:h2:file:$work/data/childsafe;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
     -jar target/childsafe-micro.jar --nocluster --disablephonehome --port "$port" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
    if curl -fsS "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    sleep 0.25
done
ready=$(date +%s%N)
echo "boot to ready: $(( (ready - start) / 1000000 )) ms"
echo "RSS after boot: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
java src/test/java/org/childsafe/deploy/load/LaunchLoadDriver.java "http://localhost:$port" "$threads" "$seconds"
# The URL checker's JSON API against the same no-op endpoint (bundled feeds loaded first: wait for READY).
for _ in $(seq 1 240); do
    if curl -fsS "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"state":"READY"'; then break; fi
    sleep 0.5
done
curl -fsS "http://localhost:$port/health/ready" | grep -o '"urlcheck-feeds"[^}]*}[^}]*}' || true
java src/test/java/org/childsafe/deploy/load/UrlCheckLoadDriver.java "http://localhost:$port" "$threads" "$seconds"
echo "RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
