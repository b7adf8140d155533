#!/usr/bin/env bash
# Fuzzes allochunt-report's readers (export-fixes, baseline, allocation profile) with libFuzzer,
# for a bounded time, then keeps any input that found a bug as a regression test.
#   scripts/fuzz-report.sh [SECONDS] [LLVM_VERSION]     (defaults: 300 s, LLVM 19)
# The target (test/fuzz/ReportReaderFuzzer.cpp) is built with clang's -fsanitize=fuzzer,address,
# undefined in build-fuzz/; it first replays test/fuzz/regressions/, then fuzzes from those and
# the test inputs. A crash, leak, timeout or sanitizer report is copied to
# test/fuzz/regressions/ (which the lit test tool/report-fuzz-regressions.test replays through
# allochunt-report on every ./test.sh) and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
version=${2:-19}
build=build-fuzz
packages=("clang-$version" "libclang-rt-$version-dev" libyaml-cpp-dev)
missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "fuzz-report: install ${missing[*]} first (apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

mkdir -p "$build/corpus" "$build/artifacts"
fuzzer="$build/report-reader-fuzzer"
echo "fuzz-report: building $fuzzer" >&2
"clang++-$version" -std=c++17 -g -O1 -fno-omit-frame-pointer \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -DALLOCHUNT_VERSION='"fuzz"' -I. test/fuzz/ReportReaderFuzzer.cpp report/*.cpp \
  -lyaml-cpp -o "$fuzzer"

regressions=test/fuzz/regressions
mapfile -t replay < <(find "$regressions" -type f ! -name README.md | sort)
if [[ ${#replay[@]} -gt 0 ]]; then
  echo "fuzz-report: replaying ${#replay[@]} regression inputs" >&2
  "$fuzzer" -rss_limit_mb=2048 -timeout=10 "${replay[@]}"
fi

mapfile -t seeds < <(find test/lit/tool/Inputs/report test/unit/report -type f \
  \( -name '*.yaml' -o -path '*/profile/*.json' -o -path '*/profile/*.txt' -o -name 'dhat-*.json' \) | sort)
cp "${seeds[@]}" "$build/corpus/"
echo "fuzz-report: fuzzing for ${seconds}s" >&2
status=0
"$fuzzer" "$build/corpus" "$regressions" -dict=test/fuzz/export-fixes.dict \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -print_final_stats=1 -artifact_prefix="$build/artifacts/" || status=$?

found=0
for artifact in "$build"/artifacts/*; do
  [[ -f "$artifact" ]] || continue
  name="$(basename "$artifact")"
  cp "$artifact" "$regressions/$name"
  echo "fuzz-report: kept $regressions/$name" >&2
  rm "$artifact"
  found=1
done
if [[ $status -ne 0 || $found -ne 0 ]]; then
  echo "fuzz-report: FAILED: fix the bug, keep the input in $regressions/" >&2
  exit 1
fi
echo "fuzz-report: no failures in ${seconds}s" >&2
