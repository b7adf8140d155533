# lit configuration for AllocHunt.
#
# `--param frontend=plugin` (default) runs every test against the plugin loaded
# into the matching clang-tidy; `--param frontend=standalone` against
# allochunt-tidy. Tests name the front end only through substitutions:
#   %allochunt_tidy     the clang-tidy command of the selected front end
#   %check_allochunt    the check-test runner (check_allochunt.py) bound to it
import os
import shutil

import lit.formats

frontend = lit_config.params.get("frontend", "plugin")
if frontend not in ("plugin", "standalone"):
    lit_config.fatal("unknown frontend %r (expected plugin or standalone)" % frontend)

config.name = "AllocHunt-" + frontend
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test", ".c", ".mm"]
config.excludes = ["Inputs", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.allochunt_obj_root, "test", "lit-out", frontend)

plugin = os.path.join(config.allochunt_obj_root, "lib", "libAllocHunt.so")
standalone = os.path.join(config.allochunt_obj_root, "bin", "allochunt-tidy")
if frontend == "plugin":
    tidy = "%s -load=%s" % (config.host_clang_tidy, plugin)
else:
    tidy = standalone

runner = os.path.join(config.test_source_root, "check_allochunt.py")
config.substitutions.append(
    ("%check_allochunt",
     "%s %s --clang-tidy='%s'" % (config.python_executable, runner, tidy)))
config.substitutions.append(("%allochunt_tidy", tidy))
config.substitutions.append(("%allochunt_plugin", plugin))
config.substitutions.append(
    ("%allochunt_clangd", os.path.join(config.allochunt_obj_root, "bin", "allochunt-clangd")))
config.substitutions.append(
    ("%allochunt_report", os.path.join(config.allochunt_obj_root, "bin", "allochunt-report")))
config.substitutions.append(("%host_clang_tidy", config.host_clang_tidy))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%src_root", config.allochunt_src_root))
config.substitutions.append(("%obj_root", config.allochunt_obj_root))
config.substitutions.append(("%llvm_major", config.llvm_major))

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# For tests that put another directory first: `env PATH=DIR:%{env_path} ...`.
config.substitutions.append(("%{env_path}", config.environment["PATH"]))
config.available_features.add("frontend-" + frontend)
config.available_features.add("llvm-" + config.llvm_major)

# Headless Chromium, for the report's HTML page (scripts/ensure-deps.sh installs it).
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if chromium:
    config.substitutions.append(("%chromium", chromium))
    config.available_features.add("chromium")

# cpack's Debian generator and the tools to read its package (dpkg-dev; ensure-deps.sh).
if shutil.which("cpack") and shutil.which("dpkg-deb") and shutil.which("dpkg-shlibdeps"):
    config.available_features.add("dpkg")

# Valgrind, for DHAT heap profiles (docs/measure.md's walkthrough; ensure-deps.sh installs it).
if shutil.which("valgrind"):
    config.available_features.add("valgrind")

# The pre-commit tool, for the documented hook (test/lit/tool/pre-commit.test).
if shutil.which("pre-commit"):
    config.available_features.add("pre-commit")

# Another installed clang-tidy, for the version-mismatch test of the plugin.
for other in ("22", "19", "21", "20", "18"):
    if other == config.llvm_major:
        continue
    candidate = "/usr/lib/llvm-%s/bin/clang-tidy" % other
    if os.path.exists(candidate):
        config.substitutions.append(("%other_clang_tidy", candidate))
        config.available_features.add("other-clang-tidy")
        break

# AddressSanitizer's runtime (Debian: libclang-rt-N-dev), for the tests that run a program under
# ASan (the runtime proof of allochunt-global-allocator-contract).
import glob
if glob.glob(os.path.join(config.llvm_prefix, "lib", "clang", "*", "lib", "*", "libclang_rt.asan*")):
    config.available_features.add("asan-runtime")

# This build is the one README.md's commands use (build/ for LLVM 19, build-N/ for LLVM N), so a
# test can run ./run.sh as written.
default_build = os.path.join(config.allochunt_src_root,
                             "build" if config.llvm_major == "19" else "build-" + config.llvm_major)
if os.path.realpath(default_build) == os.path.realpath(config.allochunt_obj_root):
    config.available_features.add("default-build-dir")
