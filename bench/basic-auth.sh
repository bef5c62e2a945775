#!/usr/bin/env bash
# What HTTP Basic authentication costs per API call: the first call of a client (full Argon2id check)
# against later calls (remembered for 5 minutes), and GET /api/me throughput under 16 connections.
# Starts web/target/dimple.jar on 127.0.0.1 with a fresh data directory, stops it by PID at the end.
# Needs: wrk, curl. Usage: bench/basic-auth.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8480}
dir=$(mktemp -d /tmp/dimple-bench-XXXX)
DIMPLE_DEMO=true DIMPLE_BIND_ADDRESS=127.0.0.1 DIMPLE_DATA_DIR="$dir/data" \
  java -Xmx1g -jar web/target/dimple.jar --port "$port" > "$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
start=$(date +%s%N)
until curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null; do
  kill -0 $pid 2>/dev/null || { echo "server died; see $dir/server.log"; exit 1; }
  sleep 0.2
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 5
rss_kib=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "time to ready: ${ready_ms} ms; idle RSS after 5 s: $((rss_kib / 1024)) MiB"

first=$(curl -s -o /dev/null -w '%{time_total}' -u emma:dimple-demo "http://127.0.0.1:$port/api/me")
second=$(curl -s -o /dev/null -w '%{time_total}' -u emma:dimple-demo "http://127.0.0.1:$port/api/me")
wrong=$(curl -s -o /dev/null -w '%{time_total}' -u eli:not-the-password "http://127.0.0.1:$port/api/me")
unknown=$(curl -s -o /dev/null -w '%{time_total}' -u nobody:not-the-password "http://127.0.0.1:$port/api/me")
echo "GET /api/me, first call (full Argon2id check): ${first} s"
echo "GET /api/me, next call (remembered):           ${second} s"
echo "wrong password / unknown user (both full check): ${wrong} s / ${unknown} s"

auth=$(printf 'emma:dimple-demo' | base64)
wrk -t2 -c16 -d15s --latency -H "Authorization: Basic $auth" "http://127.0.0.1:$port/api/me" | sed -n '1,20p'
