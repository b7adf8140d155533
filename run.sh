#!/usr/bin/env bash
# Analyzes DIR (a folder with compile_commands.json, or a CMake project it configures out of
# tree; default: examples/) with every allochunt check, in parallel, and prints the findings
# and a per-check summary table. Options are scripts/allochunt_run.py's (-j N, --checks, ...).
#   ./run.sh [DIR] [OPTIONS]                   with LLVM 19, from build/
#   LLVM_VERSION=22 ./run.sh [DIR] [OPTIONS]   with LLVM 22, from build-22/
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
version=${LLVM_VERSION:-19}
build=build
[[ "$version" == 19 ]] || build="build-$version"
"$root/scripts/ensure-deps.sh" "$version"
"$root/scripts/build.sh" "$version" "$build"
exec python3 "$root/scripts/allochunt_run.py" --llvm-version "$version" "$@"
