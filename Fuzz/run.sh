#!/usr/bin/env bash
# Fuzz/run.sh NAME SECONDS: builds the libFuzzer target fuzz-NAME (Fuzz/<Name>/, in .build-fuzz, apart from the
# ordinary build) and runs it for SECONDS over Fuzz/Corpus/NAME. New inputs go to a temporary copy of the corpus,
# never into the repository; a crashing input is kept as .build-fuzz/crashes/NAME/crash-* and the script fails.
set -euo pipefail
name=${1:?usage: Fuzz/run.sh NAME SECONDS}
seconds=${2:?usage: Fuzz/run.sh NAME SECONDS}
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
scratch=.build-fuzz
# A debug build (with -Onone, about 100 inputs a second): a release build also builds the OpenAPI generator with
# optimization, which took more than twice as long on a 2-core machine.
config=debug
# Package.swift adds the fuzz targets, and the sanitizer flags, when ORGTUI_FUZZ is set.
ORGTUI_FUZZ=1 "$swift" build --scratch-path "$scratch" --product "fuzz-$name" -c "$config"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp -R "Fuzz/Corpus/$name/." "$corpus/"
crashes="$scratch/crashes/$name"
mkdir -p "$crashes"
# The Swift runtime's caches look like leaks to LeakSanitizer, so leaks are not checked; ASan's other checks are.
# Swift's own backtracer is off: after a trap it reads freed task memory, which ASan reports instead of the trap.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SWIFT_BACKTRACE=enable=no \
  "$scratch/$config/fuzz-$name" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$crashes/" \
  -detect_leaks=0 -timeout=10 -rss_limit_mb=4096 "$corpus"
