#!/usr/bin/env bash
# The review page's effort on the drafts of the test set of issue 25 (src/bench/draft-split.tsv): for
# each, an estimate of the page's actions (clicks and keys) to turn the draft into its hand-written
# facts, priced as ReviewPageBrowserTest's scripted sessions count them, beside the lines of YAML a hand
# edit changes (src/test/java/org/etkg/review/ReviewEffort.java says how). The first two rows are the
# drafts with a scripted browser session (docs/review.md), to compare the estimate with the count.
#
#   bash src/bench/review-effort.sh        drafts the articles first (src/bench/draft-quality.sh; CoreNLP, minutes)
#   DRAFTED=1 bash src/bench/review-effort.sh   uses the drafts already in target/draft-quality/test
#
# MVN_FLAGS="-o" builds offline. Writes the table to target/review-effort.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${DRAFTED:-}" ]; then
  bash src/bench/draft-quality.sh
else
  mvn -q -B ${MVN_FLAGS:-} -DskipTests package
  mvn -q -B ${MVN_FLAGS:-} test-compile
fi
r=src/test/resources/review
args=("$r/sadiq-corrected" "$r/sadiq-draft" "$r/ians-corrected" "$r/ians-draft")
while IFS=$'\t' read -r set folder _; do
  [ "$set" = test ] && args+=("$folder" "target/draft-quality/test/$(basename "$folder")")
done < src/bench/draft-split.tsv
java -cp target/etkg-draft.jar:target/test-classes org.etkg.review.ReviewEffort "${args[@]}" | tee target/review-effort.txt
