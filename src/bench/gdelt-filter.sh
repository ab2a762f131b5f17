#!/usr/bin/env bash
# GDELT filtered import (issue 28): generates DAYS days of 15-minute GDELT 2.0 event files (96 a day,
# zipped as GDELT publishes them, ROWS rows each, about 2 % about Afghanistan and Pakistan:
# src/test/java/org/etkg/bench/GdeltMonth.java), then, RUNS times (default 3), in the same run:
#   - the anchor: `zcat | awk` over the same files, counting the rows and those with AFG/PAK actors or an AF/PK place;
#   - `etkg load --no-resolve --gdelt-country AFG,PAK FOLDER` into a new store;
#   - the same with a filter that keeps no row (--gdelt-country NZL): reading and filtering alone;
#   - the same load again into that store (every file passed over: the cost of the daily cron's check).
# Each with its wall and CPU (user + system) time: on a shared machine the CPU time is the steadier.
# Prints rows read per second of each (median, min, max) and writes target/benchmark-gdelt-filter.txt.
#
#   bash src/bench/gdelt-filter.sh [DAYS [ROWS]]     (default: 2 days of 1,000-row files: 192 files, 192,000 rows)
#   bash src/bench/gdelt-filter.sh 30 1000           a month: 2,880 files, 2.88 M rows
#   BEFORE_JAR=old/etkg.jar bash src/bench/gdelt-filter.sh   also the same load by an earlier build, in the same runs
set -euo pipefail
cd "$(dirname "$0")/../.."
days=${1:-2}
rows=${2:-1000}
runs=${RUNS:-3}
bench=target/bench/gdelt-filter
files="$bench/files-$days-$rows"
out=target/benchmark-gdelt-filter.txt
mkdir -p "$bench"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
[ -n "${SKIP_BUILD:-}" ] || { mvn -q -B -o -DskipTests package; mvn -q -B -o test-compile; }
cp="target/etkg.jar:target/test-classes"
jar=${ETKG_JAR:-target/etkg.jar}  # ETKG_JAR: a copy of the jar, so that a build during the run does not change it
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.0f, min %.0f, max %.0f", a[int((NR+1)/2)], a[1], a[NR]}'; }
secs() { grep "Elapsed (wall clock)" "$1" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }

[ -f "$files/.done" ] || { rm -rf "$files"; java -cp "$cp" org.etkg.bench.GdeltMonth "$files" "$days" "$rows" 1; touch "$files/.done"; }
total=$((days * 96 * rows))
{ echo "etkg GDELT filtered-import benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -1)";
  echo "$((days * 96)) zipped files, $total rows, filter --gdelt-country AFG,PAK"; } | tee "$out"
# Wall and CPU (user + system) seconds of a /usr/bin/time -v file: on a shared machine the CPU time is the steadier figure.
cpu() { awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$1"; }
rate() { awk -v n="$total" -v s="$1" 'BEGIN {printf "%.0f", n/s}'; }
awkr=(); awkc=(); load=(); loadc=(); none=(); nonec=(); again=(); ratio=(); before=(); beforec=()
for run in $(seq "$runs"); do
  /usr/bin/time -v bash -c "zcat $files/*.export.CSV.zip | awk -F'\t' '\$8==\"AFG\"||\$8==\"PAK\"||\$18==\"AFG\"||\$18==\"PAK\"||\$54==\"AF\"||\$54==\"PK\" {k++} END {print NR, k}'" > "$bench/awk.out" 2> "$bench/awk.time"
  s=$(secs "$bench/awk.time"); c=$(cpu "$bench/awk.time"); awks=$s
  awkr+=("$(rate "$s")"); awkc+=("$(rate "$c")")
  echo "zcat | awk run $run: $(cat "$bench/awk.out") (rows, kept) in $s s wall, $c s CPU" | tee -a "$out"
  rm -rf "$bench/store"
  # -Detkg.trace: the load's own account of its phases (reading on the reader thread, grouping rows into events).
  /usr/bin/time -v java -Detkg.trace -jar "$jar" load --no-resolve --store "$bench/store" --gdelt-country AFG,PAK "$files" > "$bench/load.out" 2> "$bench/load.time"
  s=$(secs "$bench/load.time"); c=$(cpu "$bench/load.time")
  load+=("$(rate "$s")"); loadc+=("$(rate "$c")"); ratio+=("$(awk -v a="$s" -v b="$awks" 'BEGIN {printf "%.2f", a/b}')")
  echo "etkg load --gdelt-country AFG,PAK run $run: $(grep 'rows  ' "$bench/load.out" | sed 's/^ *//') in $s s wall ($(awk -v a="$s" -v b="$awks" 'BEGIN {printf "%.2f", a/b}') x zcat | awk), $c s CPU" | tee -a "$out"
  grep 'gdelt  ' "$bench/load.out" | sed 's/^ */  /' | tee -a "$out"
  grep 'GdeltBatch' "$bench/load.time" | sed 's/^.*GdeltBatch - /  trace: /' | tee -a "$out"
  if [ -n "${BEFORE_JAR:-}" ]; then
    # The same load by an earlier build (before/after in the same run).
    rm -rf "$bench/store-before"
    /usr/bin/time -v java -jar "$BEFORE_JAR" load --no-resolve --store "$bench/store-before" --gdelt-country AFG,PAK "$files" > "$bench/before.out" 2> "$bench/before.time"
    s=$(secs "$bench/before.time"); c=$(cpu "$bench/before.time")
    before+=("$(rate "$s")"); beforec+=("$(rate "$c")")
    echo "$BEFORE_JAR load --gdelt-country AFG,PAK run $run: $(grep 'rows  ' "$bench/before.out" | sed 's/^ *//') in $s s wall, $c s CPU" | tee -a "$out"
  fi
  # Reading and filtering alone: a filter that keeps no row (New Zealand is in none of the generated rows).
  rm -rf "$bench/store-none"
  /usr/bin/time -v java -jar "$jar" load --no-resolve --store "$bench/store-none" --gdelt-country NZL "$files" > "$bench/none.out" 2> "$bench/none.time"
  s=$(secs "$bench/none.time"); c=$(cpu "$bench/none.time")
  none+=("$(rate "$s")"); nonec+=("$(rate "$c")")
  echo "etkg load --gdelt-country NZL (keeps nothing) run $run: $(grep 'rows  ' "$bench/none.out" | sed 's/^ *//') in $s s wall, $c s CPU" | tee -a "$out"
  /usr/bin/time -v java -jar "$jar" load --no-resolve --store "$bench/store" --gdelt-country AFG,PAK "$files" > "$bench/again.out" 2> "$bench/again.time"
  s=$(secs "$bench/again.time"); again+=("$s")
  echo "the same load again run $run: $(grep 'passed over' "$bench/again.out" | sed 's/^ *//' | cut -c1-60) in $s s" | tee -a "$out"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
printf '%s\n' "${awkr[@]}" | stats | sed "s/^/zcat | awk, rows read per second of wall time over $runs runs: /" | tee -a "$out"; echo | tee -a "$out"
printf '%s\n' "${awkc[@]}" | stats | sed "s/^/zcat | awk, rows read per second of CPU time: /" | tee -a "$out"; echo | tee -a "$out"
printf '%s\n' "${load[@]}" | stats | sed "s/^/etkg load --gdelt-country AFG,PAK, rows read per second of wall time: /" | tee -a "$out"; echo | tee -a "$out"
printf '%s\n' "${loadc[@]}" | stats | sed "s/^/etkg load --gdelt-country AFG,PAK, rows read per second of CPU time: /" | tee -a "$out"; echo | tee -a "$out"
printf '%s\n' "${ratio[@]}" | sort -n | awk '{a[NR]=$1} END {printf "etkg load --gdelt-country AFG,PAK, wall time over zcat | awk of the same run: median %.2f, min %.2f, max %.2f\n", a[int((NR+1)/2)], a[1], a[NR]}' | tee -a "$out"
if [ -n "${BEFORE_JAR:-}" ]; then
  printf '%s\n' "${before[@]}" | stats | sed "s|^|$BEFORE_JAR load --gdelt-country AFG,PAK, rows read per second of wall time: |" | tee -a "$out"; echo | tee -a "$out"
  printf '%s\n' "${beforec[@]}" | stats | sed "s|^|$BEFORE_JAR load --gdelt-country AFG,PAK, rows read per second of CPU time: |" | tee -a "$out"; echo | tee -a "$out"
fi
printf '%s\n' "${none[@]}" | stats | sed "s/^/etkg load keeping nothing (reading and filtering), rows read per second of wall time: /" | tee -a "$out"; echo | tee -a "$out"
printf '%s\n' "${nonec[@]}" | stats | sed "s/^/etkg load keeping nothing (reading and filtering), rows read per second of CPU time: /" | tee -a "$out"; echo | tee -a "$out"
printf '%s\n' "${again[@]}" | sort -n | awk '{a[NR]=$1} END {printf "the same load again (all passed over), seconds: median %.2f, min %.2f, max %.2f\n", a[int((NR+1)/2)], a[1], a[NR]}' | tee -a "$out"
echo "targets (issue 28): reading and filtering >= 200,000 rows/s; a month with the country filter in < 2 x the zcat | awk time" | tee -a "$out"
