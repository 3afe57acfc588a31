#!/usr/bin/env bash
# Survey benchmark: JMH (Java) and R survey on the same generated file. See docs/benchmarks.md.
#   bench/survey/run-survey-bench.sh [ROWS]     (default 1000000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rows="${1:-1000000}"
cd "$root"
mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true
cp="bench/target/phare-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
data="${TMPDIR:-/tmp}/phare-survey-bench-$rows.csv"
java -cp "$cp" org.phare.bench.survey.SurveyBenchData "$data" "$rows"
echo "== JMH (Java), $rows respondents"
java -Djmh.ignoreLock=true -Xmx4g -cp "$cp" org.openjdk.jmh.Main SurveyBenchmark \
  -p rows="$rows" -jvmArgs "-Xmx4g -Djmh.ignoreLock=true" 2>&1 | sed -n '/^Benchmark/,$p'
echo "== Java CPU time (1 thread), same data"
java -Xmx4g -cp "$cp" org.phare.bench.survey.SurveyCpuTime "$rows"
echo "== R survey, same file"
Rscript bench/survey/bench_survey.R "$data"
