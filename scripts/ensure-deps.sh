#!/usr/bin/env bash
# Makes sure the Debian packages AllocHunt needs for LLVM major version $1 are installed.
# As root it installs what is missing with apt-get; otherwise it prints the exact install
# line and fails. Used by ./test.sh and ./run.sh.
set -euo pipefail
version=${1:?usage: ensure-deps.sh LLVM_MAJOR_VERSION}
packages=(cmake ninja-build python3 git
          "clang-$version" "clang-tidy-$version" "llvm-$version-dev" "libclang-$version-dev"
          "llvm-$version-tools" libgtest-dev libyaml-cpp-dev
          "clang-tools-$version"  # clang-apply-replacements (scripts/validate, docs/measure.md)
          "libclang-rt-$version-dev"  # AddressSanitizer, for the allocator checks' runtime proofs
          dpkg-dev    # dpkg-shlibdeps, for `cpack -G DEB` (tool/deb-package.test)
          pre-commit  # the documented pre-commit hook, run for real (tool/pre-commit.test)
          valgrind    # DHAT heap profiles (docs/measure.md's walkthrough and its test)
          chromium)  # headless, for the HTML report's test (tool/report-html.test)
missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "AllocHunt needs these packages; install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
