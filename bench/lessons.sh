#!/usr/bin/env bash
# Benchmark (not a test): seeds N lessons into a fresh Dimple and measures the lessons board and search
# with wrk, signed in through the login page (one session), plus the API with HTTP Basic.
# Usage, from the worktree root after `mvn -B -q package -DskipTests`:  bench/lessons.sh [N]
set -euo pipefail
N=${1:-100000}
PORT=${PORT:-8590}
DIR=${DIR:-/tmp/dimple-bench}
DURATION=${DURATION:-20s}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-$ROOT/web/target/dimple.jar}
H2=${H2:-$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar}
BASE=http://127.0.0.1:$PORT
PID=

start() {
  DIMPLE_DEMO=true DIMPLE_DATA_DIR=$DIR/data java -Xmx1g -jar "$JAR" --port "$PORT" > "$DIR/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    sleep 2
    if curl -sf "$BASE/health/ready" > /dev/null; then return 0; fi
  done
  echo "server did not start; see $DIR/server.log" >&2; exit 1
}
stop() { if [ -n "$PID" ]; then kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap stop EXIT

rm -rf "$DIR"; mkdir -p "$DIR/data"
echo "1/4 migrating a fresh database (demo accounts)"; start; stop
echo "2/4 seeding $N lessons with JDBC"
java -cp "$H2:$ROOT/domain/target/classes:$ROOT/infrastructure/target/classes" "$ROOT/bench/SeedLessons.java" \
  "jdbc:h2:file:$DIR/data/dimple" "$N"
echo "3/4 starting the server"; start

echo "4/4 measuring (wrk, 2 threads, 8 connections, $DURATION each)"
JAR_COOKIES=$DIR/cookies.txt
page=$(curl -s -c "$JAR_COOKIES" "$BASE/login.xhtml")
state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null "$BASE/login.xhtml" \
  --data-urlencode "signInForm=signInForm" --data-urlencode "signInForm:username=emma" \
  --data-urlencode "signInForm:password=dimple-demo" --data-urlencode "signInForm:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$state"
SESSION=$(awk '$6=="JSESSIONID"{print $7}' "$JAR_COOKIES" | tail -1)
BASIC=$(printf 'emma:dimple-demo' | base64)

run() { # name, url, header
  out=$(wrk -t2 -c8 -d"$DURATION" --latency -H "$3" "$2")
  rps=$(printf '%s' "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(printf '%s' "$out" | awk '$1=="50%"{print $2}')
  p99=$(printf '%s' "$out" | awk '$1=="99%"{print $2}')
  non2xx=$(printf '%s' "$out" | awk '/Non-2xx/{print $5}')
  printf '| %-40s | %9s | %8s | %8s | %s |\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}
curl -s -o /dev/null -b "JSESSIONID=$SESSION" "$BASE/lesson/board.xhtml"   # warm up
printf '\n%s lessons; %s\n\n' "$N" "$(nproc) cores, load generator on the same machine"
printf '| %-40s | %9s | %8s | %8s | %s |\n' "what" "req/s" "p50" "p99" "non-2xx"
printf '|%s|%s|%s|%s|%s|\n' "------------------------------------------" "-----------" "----------" "----------" "---------"
C="Cookie: JSESSIONID=$SESSION"
run "board page, newest first (page 1)" "$BASE/lesson/board.xhtml" "$C"
run "board page, search 'refunds'" "$BASE/lesson/board.xhtml?q=refunds" "$C"
run "board page, search 'room key wrong'" "$BASE/lesson/board.xhtml?q=room+key+wrong" "$C"
run "board page, tag 'payments'" "$BASE/lesson/board.xhtml?tag=payments" "$C"
A="Authorization: Basic $BASIC"
run "API GET /api/lessons?q=refunds (Basic)" "$BASE/api/lessons?q=refunds" "$A"
run "API GET /api/lessons (Basic)" "$BASE/api/lessons" "$A"
