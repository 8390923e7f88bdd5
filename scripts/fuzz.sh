#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan; the fuzz preset) and fuzzes the protocol
# codecs for SECONDS seconds (default 30), starting from the seeds in fuzz/corpus. A crash, a
# sanitizer report or a broken round trip stops it with a non-zero status and leaves the
# input in build/fuzz/artifacts/. For a long run: scripts/fuzz.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
mkdir -p build/fuzz/artifacts
set +e
build/fuzz/bin/fuzz_codecs -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/ "$corpus" fuzz/corpus 2>&1 |
    grep -E '^(#[0-9]+ +DONE|Done|stat::number_of_executed_units|==[0-9]+==|SUMMARY|fuzz_codecs:|.*runtime error)'
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || echo "fuzz: failed (status $status); the input is in build/fuzz/artifacts/" >&2
exit "$status"
