#!/usr/bin/env bash
# Fuzzes etkg's inputs with Jazzer for a chosen time per target, then prints what was run
# and found. The targets are the @FuzzTest methods of src/test/java/org/etkg/fuzz; `mvn test`
# runs them on their seeds only (regression mode).
#
#   bash src/bench/fuzz.sh [SECONDS_PER_TARGET] [Class#method ...]
#   bash src/bench/fuzz.sh 600          # ten minutes for each of the seven targets
#
# The corpus Jazzer grows is kept in .cifuzz-corpus/ (ignored by git), so a later run goes on
# from there. An input that breaks the invariant is written beside the seeds, in
# src/test/resources/org/etkg/fuzz/<Class>Inputs/<method>/crash-*: from then on `mvn test`
# runs it as a regression test, which fails until the bug is fixed. Logs: target/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(LoadInputsFuzzTest#facts LoadInputsFuzzTest#outsideFacts LoadInputsFuzzTest#dataset
           DecisionsFuzzTest#decisions ServeParametersFuzzTest#parameters
           UploadFuzzTest#upload UploadFuzzTest#loadParameters)
fi
mkdir -p target/fuzz
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz/classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/fuzz/classpath.txt)"

printf '%-40s %8s %9s %8s %7s %8s\n' target seconds runs exec/s cov findings
for t in "${targets[@]}"; do
  class=${t%%#*}; method=${t##*#}
  inputs="src/test/resources/org/etkg/fuzz/${class}Inputs/${method}"
  before=$(ls "$inputs" | grep -c '^crash-' || true)
  log="target/fuzz/${class}.${method}.log"
  start=$(date +%s)
  # Jazzer exits non-zero on a finding; the summary below says so.
  java -XX:-OmitStackTraceInFastThrow -Detkg.fuzz.hang=5 -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class="org.etkg.fuzz.${class}" --target_method="${method}" \
    -max_total_time="$seconds" >"$log" 2>&1 || true
  took=$(( $(date +%s) - start ))
  after=$(ls "$inputs" | grep -c '^crash-' || true)
  last=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
  runs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")
  execs=$(grep -oE 'exec/s: [0-9]+' <<<"$last" | awk '{print $2}')
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | awk '{print $2}')
  printf '%-40s %8s %9s %8s %7s %8s\n' "$t" "$took" "${runs:-?}" "${execs:-?}" "${cov:-?}" "$(( after - before ))"
done
