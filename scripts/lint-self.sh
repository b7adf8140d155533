#!/usr/bin/env bash
# Lints AllocHunt's own C++ sources with the project's .clang-tidy, using the given
# clang-tidy (allochunt-tidy, so allochunt-* lints the project too) and the build's
# compile_commands.json. Fails on any warning.
set -euo pipefail
tidy=${1:?usage: lint-self.sh CLANG_TIDY BUILD_DIR}
build=${2:?usage: lint-self.sh CLANG_TIDY BUILD_DIR}
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'checks/*.cpp' 'lib/*.cpp' 'report/*.cpp' 'tool/*.cpp' 'test/unit/*.cpp' 2>/dev/null ||
                       find checks lib report tool test/unit -name '*.cpp')
[[ ${#sources[@]} -gt 0 ]] || { echo "lint-self: no sources"; exit 1; }
printf '%s\n' "${sources[@]}" |
  xargs -P "$(nproc)" -n 1 "$tidy" -p "$build" --quiet 2>&1 |
  grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter' |
  tee "$build/self-lint.log" || true
grep -E '(warning|error):' "$build/self-lint.log" > "$build/self-lint.failing" || true
if [[ -s "$build/self-lint.failing" ]]; then
  echo "self-lint: FAILED (see above)"
  exit 1
fi
echo "self-lint: ${#sources[@]} files clean"
