#!/usr/bin/env bash
# Configures (once) and builds AllocHunt for LLVM major version $1 in build directory $2.
set -euo pipefail
version=${1:?usage: build.sh LLVM_MAJOR_VERSION BUILD_DIR}
build=${2:?usage: build.sh LLVM_MAJOR_VERSION BUILD_DIR}
cd "$(dirname "$0")/.."
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S . -B "$build" -G Ninja -DLLVM_VERSION="$version" \
    -DCMAKE_CXX_COMPILER="clang++-$version" -DCMAKE_BUILD_TYPE=Release \
    -DALLOCHUNT_WERROR=ON >&2
fi
cmake --build "$build" >&2
