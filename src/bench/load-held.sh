#!/usr/bin/env bash
# Load held: 32 clients ask every competency question and timeline pages of a store served by
# `./etkg serve --update` for 60 s, while 1,000 new articles are bulk loaded into it
# (POST /load) and resolved (POST /resolve). Prints the requests, failures, reads that saw half
# a load, p50/p99 latency and throughput (org.etkg.bench.LoadHeld); RUNS times (default 3).
# The served store starts with data/ and 1,000 generated articles. Writes target/benchmark-load-held.txt.
#
#   bash src/bench/load-held.sh [CLIENTS] [SECONDS] [ARTICLES]     (default: 32 60 1000)
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-32}
seconds=${2:-60}
articles=${3:-1000}
runs=${RUNS:-3}
bench=target/bench/load-held
out=target/benchmark-load-held.txt
mkdir -p "$bench"
mvn -q -B -DskipTests package
mvn -q -B test-compile
cp="target/etkg.jar:target/test-classes"
# Articles 1..2N: the base store takes those outside corpus/001 (N = 1000), the load takes corpus/001.
corpus="$bench/corpus-$((2 * articles))"
[ -f "$corpus/.done" ] || { rm -rf "$corpus"; java -jar target/etkg.jar generate --articles $((2 * articles)) --seed 11 --out "$corpus" >/dev/null; touch "$corpus/.done"; }
base=()
for f in "$corpus"/*/; do [ "$(basename "$f")" = 001 ] || base+=("$f"); done

{ echo "etkg load-held benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "$clients clients for $seconds s against ./etkg serve --update; meanwhile POST /load of $(ls "$corpus/001" | wc -l) new articles and POST /resolve"; } | tee "$out"
for run in $(seq "$runs"); do
  store="$bench/store"
  rm -rf "$store"
  ./etkg load --store "$store" data "${base[@]}" >/dev/null
  # The anchor: the same load with nobody reading, through ./etkg load, on a copy of the same store.
  rm -rf "$bench/store-alone"; cp -r "$store" "$bench/store-alone"
  start=$(date +%s.%N)
  ./etkg load --store "$bench/store-alone" "$corpus/001" >/dev/null
  echo "run $run: the same load with no readers (./etkg load): $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s" | tee -a "$out"
  rm -rf "$bench/store-alone"
  ./etkg serve --store "$store" --port 0 --update --load-root "$corpus" --timeout 60s > "$bench/serve.log" 2>&1 &
  serve=$!
  for _ in $(seq 1 200); do grep -q "Serving" "$bench/serve.log" && break; sleep 0.1; done
  url=$(grep -o 'http://[0-9.]*:[0-9]*/' "$bench/serve.log" | head -1 | sed 's|/$||')
  java -cp "$cp" org.etkg.bench.LoadHeld "$url" "$corpus/001" "$clients" "$seconds" "Mohammad Sadiq" "Amir Khan Muttaqi" \
    | sed "s/^/run $run: /" | tee -a "$out" || true
  kill "$serve"; wait "$serve" 2>/dev/null || true
done
echo "targets (issue \"Proven under fuzzing and load\"): zero failed requests and no read of half a load under 32 clients during a bulk load" | tee -a "$out"
