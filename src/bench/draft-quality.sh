#!/usr/bin/env bash
# etkg draft against the hand-written facts: drafts every article of data/ (models loaded once),
# scores each draft (src/test/java/org/etkg/bench/DraftQuality.java says how items are matched),
# and prints precision and recall per article and in all, the time per article, and the model
# loading time. Writes the table to target/draft-quality.txt and the drafts to target/draft-quality/.
#
#   bash src/bench/draft-quality.sh [DATA_FOLDER]      (default: data)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-data}
mvn -q -B -DskipTests package
mvn -q -B test-compile
rm -rf target/draft-quality
{ echo "etkg draft quality, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  java -cp target/etkg-draft.jar:target/test-classes org.etkg.bench.DraftQuality "$data" target/draft-quality
  echo "P/R: precision/recall. Goals (issue \"Draft an article's facts from its text\"): entities recall >= 0.9 and"
  echo "precision >= 0.8; events and statements recall >= 0.7; no quote outside the text; every draft loads;"
  echo "under 5 s an article once the models are loaded (s: drafting, writing and the loader's check)."
} | tee target/draft-quality.txt
