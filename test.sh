#!/usr/bin/env bash
# Builds AllocHunt and runs all its tests (GoogleTest unit tests, the lit suite through both
# front ends, the registry check, the self-lint) through ctest.
#   ./test.sh                    against LLVM 19, in build/
#   LLVM_VERSION=22 ./test.sh    against LLVM 22, in build-22/
set -euo pipefail
cd "$(dirname "$0")"
version=${LLVM_VERSION:-19}
build=build
[[ "$version" == 19 ]] || build="build-$version"
scripts/ensure-deps.sh "$version"
scripts/build.sh "$version" "$build"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
