#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan; the fuzz preset) and fuzzes the protocol
# codecs, the fast Prometheus reader and the CSV reader of bulk imports for SECONDS seconds each
# (default 30), starting from the seeds in fuzz/corpus, fuzz/corpus-prometheus and
# tests/data/tenants. A crash, a
# sanitizer report or a broken round trip stops it with a non-zero status and leaves the
# input in build/fuzz/artifacts/. For a long run: scripts/fuzz.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

# harness:seed-corpus
harnesses="fuzz_codecs:fuzz/corpus fuzz_prometheus:fuzz/corpus-prometheus fuzz_csv:tests/data/tenants"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p build/fuzz/artifacts
status=0
for entry in $harnesses; do
    name=${entry%%:*}
    seeds=${entry#*:}
    mkdir -p "$scratch/$name"
    echo "fuzz: $name for $seconds s"
    set +e
    build/fuzz/bin/"$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/ "$scratch/$name" "$seeds" 2>&1 |
        grep -E '^(#[0-9]+ +DONE|Done|stat::number_of_executed_units|==[0-9]+==|SUMMARY|fuzz_[a-z]+:|.*runtime error)'
    result=${PIPESTATUS[0]}
    set -e
    if [ "$result" -ne 0 ]; then
        echo "fuzz: $name failed (status $result); the input is in build/fuzz/artifacts/" >&2
        status=$result
    fi
done
exit "$status"
