#!/usr/bin/env python3
"""Measures what the allochunt checks add to a clang-tidy run: wall time and peak memory.

  bench/bench.py [-p DIR]... [--sample N] [--repeat 5] [--no-defaults] [--output FILE]
                 [--instructions N] [--clang-tidy CMD] [--llvm-version N]

Translation units: by default the project's own set in bench/tus/ (heavy <string>, <map>,
<unordered_map>, <regex>, <variant>, <memory_resource>, <format> where the library has it, and
large functions full of float conversions and lookups) plus examples/; -p adds any folder with
compile_commands.json (or a CMake project), --sample N takes N of its TUs.

Configurations, all through the same front end, each one clang-tidy process per TU:
  baseline        one trivial upstream check (the parse and AST every clang-tidy run pays),
                  run twice: the second run's ratio to the first is the noise floor
  allochunt-*     baseline + every allochunt check
  <check>         baseline + that one allochunt check (one configuration per check)
  performance-*   baseline + upstream's performance module, the reference
  profile runs    allochunt-* and performance-* again with --enable-check-profile, which
                  times each check (inflated by its own timers, but comparable between checks)
With --instructions N, every configuration but the profile runs also runs once on N of the TUs
under valgrind's callgrind, which counts the instructions executed: the same on every run, so
it resolves per-check costs far below the noise of times on a shared machine.
Runs are interleaved (each repetition visits every TU and runs every configuration on it in a
rotating order, so drift in the machine's load hits all configurations alike) and repeated; the
tables give medians, and ratios pair each run with the baseline run next to it. Wall time, CPU
time and peak memory are each clang-tidy process's own (getrusage of that child). The output is
the Markdown page docs/performance.md holds; the exit status is 1 when a run failed.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import allochunt_run as runner  # noqa: E402

BENCH = Path(__file__).resolve().parent
TARGET_ALL_TIME = 0.05       # all allochunt checks: at most +5% time
TARGET_ALL_MEMORY = 0.05     # and at most +5% peak memory
TARGET_ONE_CHECK = 0.015     # one check: at most +1.5%
AGAIN = "baseline again"     # the baseline measured twice: the noise floor


class Config:
    def __init__(self, name, checks, profile=False):
        self.name, self.checks, self.profile = name, checks, profile


class Unit:
    """A translation unit with the compile database it comes from."""

    def __init__(self, tu, db_dir, root, label):
        self.tu, self.db_dir, self.root, self.label = tu, db_dir, root, label


def bench_units(work):
    """The project's own TUs, with a compile database written for them under work."""
    units = []
    compiler = "clang++"
    for source in sorted((BENCH / "tus").glob("*.cpp")):
        units.append(runner.TranslationUnit(str(source), str(BENCH / "tus"),
                                            [compiler, "-std=c++20", "-c", str(source)]))
    db_dir = Path(work) / "tus"
    runner.write_compile_db(db_dir, units)
    return [Unit(u, str(db_dir), str(BENCH), "bench/" + os.path.relpath(u.file, BENCH))
            for u in units]


def project_units(directory, work, major, size):
    project = runner.open_project(directory, work, major)
    name = Path(project.source_root).name
    return [Unit(u, project.db_dir, project.source_root,
                 name + "/" + runner.display_path(u.file, project.source_root))
            for u in runner.sample(project.units, size)]


def profile_times(folder):
    """check name -> CPU seconds (user + system), summed over the JSON profiles clang-tidy
    stored in folder (CPU rather than wall time: on a busy machine wall time counts waiting)."""
    times = {}
    for path in Path(folder).rglob("*.json"):
        data = json.loads(path.read_text())
        for key, value in data.get("profile", {}).items():
            for kind in (".user", ".sys"):
                if key.startswith("time.clang-tidy.") and key.endswith(kind):
                    check = key[len("time.clang-tidy."):-len(kind)]
                    times[check] = times.get(check, 0.0) + value
    return times


def machine():
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory = next(int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines()
                      if l.startswith("MemTotal")) / 1024 / 1024
        system = next(l.split("=", 1)[1].strip('"')
                      for l in Path("/etc/os-release").read_text().splitlines()
                      if l.startswith("PRETTY_NAME"))
    except (OSError, StopIteration):
        memory, system = 0, platform.platform()
    return "%s, %d cores available, %.0f GiB RAM, %s, load average %.2f at start" % (
        model, runner.default_jobs(), memory, system, os.getloadavg()[0])


def ratio(value, base):
    return value / base if base else float("nan")


def fmt_ratio(value):
    return "%.3f (%+.1f%%)" % (value, (value - 1) * 100)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-p", "--project", action="append", default=[],
                        help="folder with compile_commands.json or a CMake project (repeatable)")
    parser.add_argument("--no-defaults", action="store_true",
                        help="leave out bench/tus/ and examples/")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions (median of them)")
    parser.add_argument("--output", default=None, help="write the Markdown page here too")
    parser.add_argument("--instructions", type=int, default=0, metavar="N",
                        help="also count each configuration's instructions on N of the TUs "
                        "under valgrind's callgrind: deterministic where times are noisy, "
                        "about 50 times slower (default 0: off)")
    runner.add_common_arguments(parser)
    parser.set_defaults(jobs=1)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.instructions < 0:
        parser.error("--instructions must not be negative")
    if args.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind (apt-get install valgrind)")
    try:
        tidy, major = runner.resolve_tools(args)
        checks = runner.registered_checks(tidy)
        work = Path(tempfile.mkdtemp(prefix="allochunt-bench-"))
        build = runner.work_dir(args)
        units = []
        if not args.no_defaults:
            units += bench_units(work)
            units += project_units(runner.PROJECT_ROOT / "examples", build, major, 0)
        for directory in args.project:
            units += project_units(directory, build, major, args.sample)
    except runner.SetupError as error:
        print("bench: %s" % error, file=sys.stderr)
        return 2
    if not units:
        parser.error("no translation units (use -p, or drop --no-defaults)")

    base = "-*," + runner.TRIVIAL_CHECK
    configs = [Config("baseline", base), Config(AGAIN, base)]
    if checks:
        configs.append(Config("allochunt-*", base + ",allochunt-*"))
        configs += [Config(c, base + "," + c) for c in checks]
        configs.append(Config("profile: allochunt-*", base + ",allochunt-*", profile=True))
    configs.append(Config("performance-*", base + ",performance-*"))
    configs.append(Config("profile: performance-*", base + ",performance-*", profile=True))

    started = time.monotonic()
    # samples[config][unit] = [{wall, cpu, kib} per repetition];
    # profiles[config][check] = [CPU seconds per repetition]
    samples = {c.name: {u.label: [] for u in units} for c in configs}
    profiles = {c.name: {} for c in configs if c.profile}
    failures = []
    total_runs = args.repeat * len(units) * len(configs)
    done = 0
    for rep in range(args.repeat):
        rep_profiles = {c.name: {} for c in configs if c.profile}
        for index, unit in enumerate(units):
            shift = (rep + index) % len(configs)
            for config in configs[shift:] + configs[:shift]:
                options = runner.TidyOptions(tidy, config.checks, unit.db_dir, unit.root,
                                             None, "{}", args.timeout)
                extra = []
                folder = None
                if config.profile:
                    folder = tempfile.mkdtemp(dir=work, prefix="profile-")
                    extra = ["--enable-check-profile", "--store-check-profile=" + folder]
                result = runner.run_tidy(options, unit.tu, extra=extra)
                done += 1
                if result.status not in ("ok",):
                    failures.append("%s / %s: %s" % (unit.label, config.name, result.status))
                samples[config.name][unit.label].append(
                    {"wall": result.process.seconds, "cpu": result.process.cpu_seconds,
                     "kib": result.process.max_rss_kib})
                if folder:
                    for check, seconds in profile_times(folder).items():
                        mine = rep_profiles[config.name]
                        mine[check] = mine.get(check, 0.0) + seconds
            print("[%d/%d] repetition %d/%d: %s" % (done, total_runs, rep + 1, args.repeat,
                                                    unit.label), file=sys.stderr, flush=True)
        for name, per_check in rep_profiles.items():
            for check, seconds in per_check.items():
                profiles[name].setdefault(check, []).append(seconds)
    elapsed = time.monotonic() - started
    counted = runner.sample(units, args.instructions) if args.instructions else []
    instructions = count_instructions(args, tidy, configs, counted, failures)

    shutil.rmtree(work, ignore_errors=True)
    page = report(args, argv, tidy, major, checks, units, configs, samples, profiles, failures,
                  elapsed, (counted, instructions))
    sys.stdout.write(page)
    if args.output:
        Path(args.output).write_text(page)
        print("written to %s" % args.output, file=sys.stderr)
    return 1 if failures else 0


def count_instructions(args, tidy, configs, counted, failures):
    """config name -> unit label -> instructions executed by the whole clang-tidy process,
    counted by callgrind (the same every run, so one run per configuration and TU)."""
    counts = {c.name: {} for c in configs if not c.profile}
    items = [(c, u) for c in configs if not c.profile for u in counted]
    callgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]

    def count(item):
        config, unit = item
        options = runner.TidyOptions(callgrind + list(tidy), config.checks, unit.db_dir,
                                     unit.root, None, "{}", args.timeout * 100)
        result = runner.run_tidy(options, unit.tu)
        found = re.search(r"Collected : (\d+)", result.process.output)
        return result.status, int(found.group(1)) if found else None

    results = runner.run_parallel(items, count, runner.default_jobs(),
                                  label=lambda item: "instructions: %s / %s" % (
                                      item[1].label, item[0].name))
    for (config, unit), (status, value) in zip(items, results):
        if status != "ok" or value is None:
            failures.append("%s / %s under callgrind: %s" % (unit.label, config.name, status))
        else:
            counts[config.name][unit.label] = value
    return counts


class Stats:
    """Medians over repetitions of what each configuration cost."""

    def __init__(self, samples, units, repeat):
        self.samples, self.units, self.repeat = samples, units, repeat

    def median(self, config, label, metric):
        return statistics.median(s[metric] for s in self.samples[config][label])

    def total(self, config, metric):
        """Median over repetitions of the sum over TUs."""
        return statistics.median(self.per_repetition(config, metric))

    def per_repetition(self, config, metric):
        return [sum(self.samples[config][u.label][r][metric] for u in self.units)
                for r in range(self.repeat)]

    def peak_kib(self, config):
        return max(self.median(config, u.label, "kib") for u in self.units)

    def ratio(self, config, metric, label=None, against="baseline"):
        """Median over repetitions of config / baseline within the same repetition (pairing
        the runs that were made next to each other cancels slow drift of the machine).
        Without a label: the sum over TUs (time) or the largest TU (memory)."""
        ratios = []
        for r in range(self.repeat):
            if label:
                mine = self.samples[config][label][r][metric]
                base = self.samples[against][label][r][metric]
            else:
                combine = max if metric == "kib" else sum
                mine = combine(self.samples[config][u.label][r][metric] for u in self.units)
                base = combine(self.samples[against][u.label][r][metric] for u in self.units)
            ratios.append(mine / base if base else float("nan"))
        return statistics.median(ratios)


def report(args, argv, tidy, major, checks, units, configs, samples, profiles, failures, elapsed,
           counted_instructions):
    stats = Stats(samples, units, args.repeat)
    timed = [c for c in configs if not c.profile]
    base_wall, base_cpu = stats.total("baseline", "wall"), stats.total("baseline", "cpu")
    base_peak = stats.peak_kib("baseline")
    noise = abs(stats.ratio(AGAIN, "cpu") - 1)
    front_end = " ".join(os.path.basename(t) if i == 0 else t for i, t in enumerate(tidy))
    given = list(argv if argv is not None else sys.argv[1:])
    command = " ".join(["bench/bench.py"] + [shlex.quote(a) for a in given])
    kept = [a for i, a in enumerate(given) if a != "--output" and not a.startswith("--output=")
            and (i == 0 or given[i - 1] != "--output")]
    rerun = " ".join(["bench/bench.py"] + [shlex.quote(a) for a in kept] +
                     ["--output docs/performance.md"])

    lines = ["# Performance", "",
             "What the allochunt checks add to a clang-tidy run, measured by `bench/bench.py`: "
             "every configuration runs the same front end over the same translation units, one "
             "clang-tidy process per TU, interleaved and repeated.", "",
             "- **baseline**: one trivial upstream check (`%s`): the parse and AST build that "
             "any clang-tidy run pays. Every other configuration is the baseline plus its "
             "checks, so its ratio to the baseline is what those checks cost. **%s** runs the "
             "baseline a second time: its ratio is the noise floor of the measurement."
             % (runner.TRIVIAL_CHECK, AGAIN),
             "- **allochunt-\\***: every allochunt check; then each allochunt check alone.",
             "- **performance-\\***: upstream's performance module, the reference.",
             "- **Wall** and **CPU** (user + system) time and **peak RSS** are each clang-tidy "
             "process's own (`getrusage` of that child). Targets are judged on CPU time, which "
             "is what the checks cost; on a shared machine wall time also counts the wait for "
             "a core. Totals sum the TUs; their peak RSS is the largest TU's.",
             "- **Ratios** pair each run with the baseline run made next to it (same repetition, "
             "same TU), then take the median over repetitions.",
             "- **Profiled**: `--enable-check-profile` times each check's matchers and callbacks. "
             "Its timers cost far more than a cheap matcher, so these seconds overstate every "
             "check; they rank checks against each other, and compare the module with "
             "performance-\\* under the same overhead.", "",
             "Targets (issue 6): all allochunt checks together add at most %d%% time and %d%% "
             "peak memory to the baseline; no single check adds more than %.1f%%; the allochunt "
             "module costs less than `performance-*`." % (
                 TARGET_ALL_TIME * 100, TARGET_ALL_MEMORY * 100, TARGET_ONE_CHECK * 100), "",
             "How the checks stay within it: each runs its matchers over the code outside "
             "system headers only (`lib/UserCodeScope.h`; most of a C++ translation unit is "
             "the standard library, which clang-tidy before LLVM 22 visits node by node), and "
             "walks up the AST through a parent map of that code only "
             "(`lib/UserCodeParents.h`), never the translation unit's, which would add a "
             "quarter to peak memory. `docs/contributing.md` has the rules for a new check.",
             "",
             "To re-run (about %d s per repetition on the machine below):" % (
                 elapsed / args.repeat), "",
             "```sh", "scripts/build.sh 19 build", rerun,
             "```", "",
             "## Latest run", "",
             "- Date: %s" % datetime.date.today().isoformat(),
             "- Machine: %s" % machine(),
             "- Front end: `%s` (LLVM %s)" % (front_end, major),
             "- Command: `%s`" % command,
             "- Registered allochunt checks: %s" % (
                 ", ".join("`%s`" % c for c in checks) or
                 "none yet (only the baseline and performance-\\* were measured)"),
             "- %d translation units × %d configurations × %d repetitions in %.0f s; noise "
             "floor (%s against baseline, CPU): %.1f%%" % (
                 len(units), len(configs), args.repeat, elapsed, AGAIN, noise * 100), ""]
    if failures:
        lines += ["**Failed runs** (the benchmark exits 1):", ""]
        lines += ["- " + f for f in failures[:20]] + [""]

    rows = []
    for config in timed:
        rows.append([config.name, "%.2f" % stats.total(config.name, "wall"),
                     fmt_ratio(stats.ratio(config.name, "wall")),
                     "%.2f" % stats.total(config.name, "cpu"),
                     fmt_ratio(stats.ratio(config.name, "cpu")),
                     "%.0f" % (stats.peak_kib(config.name) / 1024),
                     fmt_ratio(stats.ratio(config.name, "kib"))])
    lines += ["### Total over all translation units", "",
              runner.markdown_table(["Configuration", "Wall (s)", "× baseline", "CPU (s)",
                                     "× baseline", "Peak RSS (MiB)", "× baseline"], rows), ""]

    shown = [c.name for c in timed if c.name in ("allochunt-*", "performance-*")]
    header = ["Translation unit", "Wall (s)", "CPU (s)", "RSS (MiB)"]
    for name in shown:
        header += ["%s wall ×" % name, "CPU ×", "RSS ×"]
    rows = []
    for unit in units:
        row = [unit.label] + ["%.3f" % stats.median("baseline", unit.label, "wall"),
                              "%.3f" % stats.median("baseline", unit.label, "cpu"),
                              "%.0f" % (stats.median("baseline", unit.label, "kib") / 1024)]
        for name in shown:
            row += [fmt_ratio(stats.ratio(name, m, unit.label)) for m in ("wall", "cpu", "kib")]
        rows.append(row)
    lines += ["### Per translation unit", "",
              "The baseline's medians, then each configuration's ratio to the baseline.", "",
              runner.markdown_table(header, rows), ""]

    def profiled(config, prefix):
        return sum(statistics.median(v) for k, v in profiles.get(config, {}).items()
                   if k.startswith(prefix))

    perf_profiled = profiled("profile: performance-*", "performance-")
    verdicts = []
    if checks:
        per_check = profiles.get("profile: allochunt-*", {})
        rows = []
        for check in checks:
            cpu = stats.ratio(check, "cpu")
            ok = cpu <= 1 + TARGET_ONE_CHECK
            spent = statistics.median(per_check[check]) if check in per_check else 0.0
            rows.append([check, fmt_ratio(cpu), fmt_ratio(stats.ratio(check, "kib")),
                         "%.3f" % spent, "yes" if ok else "**no**"])
            within_noise = not ok and cpu - 1 - TARGET_ONE_CHECK <= noise
            verdicts.append(("`%s` adds at most %.1f%%: %+.1f%% CPU%s" % (
                check, TARGET_ONE_CHECK * 100, (cpu - 1) * 100,
                " (over by less than the noise floor: see the instructions)"
                if within_noise else ""), ok))
        lines += ["### Per allochunt check", "",
                  "Each check alone over the baseline (CPU time and peak RSS, totals over all "
                  "TUs), and its profiled seconds in a run of all allochunt checks.", "",
                  runner.markdown_table(["Check", "CPU × baseline", "Peak RSS × baseline",
                                         "Profiled (s)", "≤ %.1f%%" % (TARGET_ONE_CHECK * 100)],
                                        rows), ""]
        all_cpu = stats.ratio("allochunt-*", "cpu")
        perf_cpu = stats.ratio("performance-*", "cpu")
        all_peak = stats.ratio("allochunt-*", "kib")
        module_profiled = profiled("profile: allochunt-*", "allochunt-")
        verdicts = [
            ("allochunt-\\* adds at most %d%% time: %+.1f%% CPU (%+.1f%% wall)" % (
                TARGET_ALL_TIME * 100, (all_cpu - 1) * 100,
                (stats.ratio("allochunt-*", "wall") - 1) * 100), all_cpu <= 1 + TARGET_ALL_TIME),
            ("allochunt-\\* adds at most %d%% peak memory: %+.1f%%" % (
                TARGET_ALL_MEMORY * 100, (all_peak - 1) * 100), all_peak <= 1 + TARGET_ALL_MEMORY),
            ("allochunt-\\* costs less than performance-\\*: %+.1f%% vs %+.1f%% CPU; profiled "
             "%.3f s vs %.3f s" % ((all_cpu - 1) * 100, (perf_cpu - 1) * 100,
                                  module_profiled, perf_profiled),
             all_cpu < perf_cpu and module_profiled < perf_profiled)] + verdicts
    counted, instructions = counted_instructions
    if counted:
        def total_instructions(name):
            return sum(instructions[name].get(u.label, 0) for u in counted)
        base_count = total_instructions("baseline")
        rows = [[c.name, "%.3f" % (total_instructions(c.name) / 1e9),
                 fmt_ratio(ratio(total_instructions(c.name), base_count))]
                for c in timed]
        lines += ["### Instructions", "",
                  "Instructions executed by the whole clang-tidy process (valgrind's callgrind), "
                  "summed over %s. Unlike times, they hardly vary between runs (hash "
                  "tables keyed by addresses move them by a few tenths of a percent), so they "
                  "resolve costs far below the noise floor of the times above." % ", ".join(
                      "`%s`" % u.label for u in counted), "",
                  runner.markdown_table(["Configuration", "Instructions (G)", "× baseline"],
                                        rows), ""]
        if checks:
            all_count = ratio(total_instructions("allochunt-*"), base_count)
            verdicts.append(("by instructions, allochunt-\* adds at most %d%%: %+.2f%%" % (
                TARGET_ALL_TIME * 100, (all_count - 1) * 100), all_count <= 1 + TARGET_ALL_TIME))
            for check in checks:
                mine = ratio(total_instructions(check), base_count)
                verdicts.append(("by instructions, `%s` adds at most %.1f%%: %+.2f%%" % (
                    check, TARGET_ONE_CHECK * 100, (mine - 1) * 100),
                    mine <= 1 + TARGET_ONE_CHECK))
    lines += ["### Reference: performance-*", "",
              "Profiled seconds in upstream's performance-\\* checks: %.3f s over all TUs." %
              perf_profiled, ""]
    lines += ["### Targets", "",
              "Judged at the resolution of the noise floor above (%.1f%%)." % (noise * 100), ""]
    if verdicts:
        lines += ["- [%s] %s" % ("x" if ok else " ", text) for text, ok in verdicts]
    else:
        lines.append("- No allochunt check is registered in this build: nothing to judge yet.")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
