#!/usr/bin/env bash
# GDELT import and event linking speed: loads a generated GDELT 2.0 event file of N rows in the real
# format (src/test/java/org/etkg/bench/GdeltSample.java) with `etkg load`, reads a cold first timeline
# page of the store it made (beside a cold ASK), and links the events of a
# 10,000-article store (generated corpus) to a generated file of 1 M rows with `etkg link --types event`,
# each RUNS times (default 3), under /usr/bin/time: median, min and max. Writes target/benchmark-gdelt.txt.
#
#   bash src/bench/gdelt.sh [IMPORT_ROWS]      (default: 100000)
#   SKIP_LINK=1 bash src/bench/gdelt.sh        the import and its timeline page alone (no 1 M-row file, no 10,000-article store)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}
runs=${RUNS:-3}
bench=target/bench/gdelt
out=target/benchmark-gdelt.txt
mkdir -p "$bench"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
mvn -q -B -DskipTests package
mvn -q -B test-compile
cp="target/etkg.jar:target/test-classes"
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f, min %.1f, max %.1f", a[int((NR+1)/2)], a[1], a[NR]}'; }
secs() { grep "Elapsed (wall clock)" "$1" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }'; }

[ -f "$bench/import-$rows.export.CSV" ] || java -cp "$cp" org.etkg.bench.GdeltSample "$rows" "$bench/import-$rows.export.CSV" 1 2018-01-01 2920 >/dev/null
if [ -z "${SKIP_LINK:-}" ]; then
  [ -f "$bench/link-1m.export.CSV" ] || java -cp "$cp" org.etkg.bench.GdeltSample 1000000 "$bench/link-1m.export.CSV" 1 2018-01-01 2920 >/dev/null
  if [ ! -f "$bench/store-10k/.done" ]; then
    [ -f target/bench/corpus-10000/.done ] || { rm -rf target/bench/corpus-10000; java -jar target/etkg.jar generate --articles 10000 --seed 1 --out target/bench/corpus-10000 >/dev/null; touch target/bench/corpus-10000/.done; }
    rm -rf "$bench/store-10k"
    ./etkg load --no-resolve --store "$bench/store-10k" target/bench/corpus-10000 >/dev/null
    touch "$bench/store-10k/.done"
  fi
fi

{ echo "etkg GDELT benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -1)"; } | tee "$out"
import=()
for run in $(seq "$runs"); do
  rm -rf "$bench/import-store"
  /usr/bin/time -v ./etkg load --no-resolve --store "$bench/import-store" "$bench/import-$rows.export.CSV" > /dev/null 2> "$bench/import.time"
  s=$(secs "$bench/import.time")
  import+=("$(awk -v n="$rows" -v s="$s" 'BEGIN {print n/s}')")
  echo "import run $run: $rows rows in $s s" | tee -a "$out"
done
printf '%s\n' "${import[@]}" | stats | sed "s/^/import rows\/s over $runs runs: /" | tee -a "$out"; echo | tee -a "$out"
# What the rows' timeline index buys: a cold first page of the whole timeline of the imported
# store, beside a cold `etkg query 'ASK {}'` on it (the JVM and the store opening, nothing read).
page=(); ask=()
for run in $(seq "$runs"); do
  /usr/bin/time -v java -jar target/etkg.jar timeline --store "$bench/import-store" --limit 100 --format csv > /dev/null 2> "$bench/page.time"
  page+=("$(secs "$bench/page.time")")
  /usr/bin/time -v java -jar target/etkg.jar query --store "$bench/import-store" -e 'ASK {}' > /dev/null 2> "$bench/ask.time"
  ask+=("$(secs "$bench/ask.time")")
done
printf '%s\n' "${page[@]}" | stats | sed "s/^/cold first timeline page of 100 of the imported store, seconds over $runs runs: /" | tee -a "$out"; echo | tee -a "$out"
printf '%s\n' "${ask[@]}" | stats | sed "s/^/cold ASK {} on the same store, seconds over $runs runs: /" | tee -a "$out"; echo | tee -a "$out"
# The anchor: Jena's own tdb2.tdbloader on the N-Quads of the store the import wrote (same quads,
# same machine, same run), as rows/s: the most TDB2 writes here, whatever reads the file.
jena=target/bench/apache-jena-5.6.0/bin
if [ -x "$jena/tdb2.tdbloader" ]; then
  java -jar target/etkg.jar export --store "$bench/import-store" --format nquads -o "$bench/import.nq"
  quads=$(wc -l < "$bench/import.nq")
  anchor=()
  for run in $(seq "$runs"); do
    rm -rf "$bench/tdb-import"
    /usr/bin/time -v "$jena/tdb2.tdbloader" --loc "$bench/tdb-import" "$bench/import.nq" > /dev/null 2> "$bench/tdbloader.time"
    s=$(secs "$bench/tdbloader.time")
    anchor+=("$(awk -v n="$rows" -v s="$s" 'BEGIN {print n/s}')")
    echo "tdb2.tdbloader run $run: the same $quads quads in $s s" | tee -a "$out"
  done
  printf '%s\n' "${anchor[@]}" | stats | sed "s/^/tdb2.tdbloader on the same quads, as rows\/s over $runs runs: /" | tee -a "$out"; echo | tee -a "$out"
  rm -f "$bench/import.nq"
else
  echo "(no tdb2.tdbloader under $jena: run src/bench/benchmark.sh once to fetch it, for the anchor)" | tee -a "$out"
fi
echo | tee -a "$out"
if [ -n "${SKIP_LINK:-}" ]; then
  exit 0
fi
link=()
for run in $(seq "$runs"); do
  /usr/bin/time -v ./etkg link --store "$bench/store-10k" --types event --target "$bench/link-1m.export.CSV" --out "$bench/links.csv" > "$bench/link.out" 2> "$bench/link.time"
  s=$(secs "$bench/link.time")
  link+=("$s")
  echo "link run $run: $(head -1 "$bench/link.out" | cut -c1-120) in $s s" | tee -a "$out"
done
printf '%s\n' "${link[@]}" | stats | sed "s/^/link seconds over $runs runs: /" | tee -a "$out"; echo | tee -a "$out"
echo "targets (issue \"Speak the event datasets' language\"): import >= 100,000 rows/s; linking 10k articles' events against 1 M rows < 60 s" | tee -a "$out"
