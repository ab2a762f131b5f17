#!/usr/bin/env bash
# etkg draft against the hand-written facts.
#
#   bash src/bench/draft-quality.sh            the development and test sets of src/bench/draft-split.tsv side by side
#                                              (issue 25): every article drafted with its publication date
#                                              (models loaded once), scored article by article with the kinds
#                                              of error counted, then both sets' figures next to the goals.
#                                              src/test/java/org/etkg/bench/{DraftQuality,DraftErrors}.java say
#                                              how items are matched and errors counted. Writes the table to
#                                              target/draft-quality.txt and the drafts to target/draft-quality/.
#   bash src/bench/draft-quality.sh FOLDER     every article of one folder (data/), as DraftQualityTest scores
#                                              it: precision and recall per article, time per article.
#
# MVN_FLAGS="-o" builds offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B ${MVN_FLAGS:-} -DskipTests package
mvn -q -B ${MVN_FLAGS:-} test-compile
rm -rf target/draft-quality
cp=target/etkg-draft.jar:target/test-classes
{ echo "etkg draft quality, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  if [ $# -gt 0 ]; then
    java -cp "$cp" org.etkg.bench.DraftQuality "$1" target/draft-quality
    echo "P/R: precision/recall. Goals (issue \"Draft an article's facts from its text\"): entities recall >= 0.9 and"
    echo "precision >= 0.8; events and statements recall >= 0.7; no quote outside the text; every draft loads;"
    echo "under 5 s an article once the models are loaded (s: drafting, writing and the loader's check)."
  else
    java ${DETAIL:+-Ddetail} -cp "$cp" org.etkg.bench.SplitQuality . target/draft-quality
    echo "dev: the articles rules are written against; test: briefs only measured, never read to write a rule."
    echo "ent/ev/part P/R: precision/recall of entities, events (type, and the same words or day and place),"
    echo "participants; evF1: events right in type and all participants; dates: day right/events whose day the"
    echo "text gives with the publication date; modal: modality right/matched events and statements; dup:"
    echo "duplicate events/drafted events; stF1: statements F1. Errors: ddl deadline or bound drafted as a day,"
    echo "plan plan drafted as held, dup duplicate event, miss participants left out. s: seconds to draft and check."
  fi
} | tee target/draft-quality.txt
