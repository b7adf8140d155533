//===--- CommandLine.cpp - allochunt-report's options ---------------------===//

#include "report/CommandLine.h"

#include "report/Formatter.h"
#include "report/InputError.h"

#include <cstddef>
#include <string_view>

namespace allochunt::report {

static const char *const Program = "allochunt-report";

std::string usage() {
  return "usage: allochunt-report [OPTIONS] INPUT...\n"
         "\n"
         "Merges clang-tidy --export-fixes YAML files (INPUT: a file, or a "
         "directory\nof them as run-clang-tidy -export-fixes DIR/ writes), "
         "drops duplicate findings\nand writes one report.\n"
         "\n"
         "Options:\n"
         "  --format=FORMAT        " + formatNames() + " (default: text)\n"
         "  -o, --output=FILE      write the report to FILE (default: standard output)\n"
         "  --source-root=DIR      show paths relative to DIR (default: current directory)\n"
         "  --baseline=FILE        count only findings that FILE does not accept\n"
         "  --write-baseline=FILE  write a baseline accepting every finding to FILE\n"
         "  --allocation-profile=FILE\n"
         "                         rank findings by the allocations that FILE, a heap\n"
         "                         profile of one run, made at their lines: valgrind\n"
         "                         --tool=dhat --dhat-out-file=FILE output, or text lines\n"
         "                         FILE:LINE COUNT BYTES\n"
         "  --docs-base-url=URL    link allochunt checks to URL/checks/<name>.md\n"
         "                         (default: a file: link into the installed docs)\n"
         "  --docs-dir=DIR         read check summaries from DIR/checks/<name>.md\n"
         "  --progress=WHEN        auto (large inputs, on a terminal), always, never\n"
         "  --help, --version\n"
         "\n"
         "Exit status: 0 no new findings, 1 new findings (every finding is new\n"
         "without --baseline; 0 whenever --write-baseline is given), 2 bad input.\n";
}

namespace {

[[noreturn]] void usageError(const std::string &Message) {
  throw InputError(Program, Message + " (see --help)");
}

// Matches `--name=value` or `--name value` (also for each alias), advancing
// Index past a separate value.
bool takeValue(const std::vector<std::string> &Arguments, std::size_t &Index,
               std::initializer_list<std::string_view> Names, std::string &Value) {
  const std::string &Argument = Arguments[Index];
  for (const std::string_view Name : Names) {
    if (Argument == Name) {
      if (Index + 1 >= Arguments.size())
        usageError("option '" + std::string(Name) + "' needs a value");
      Value = Arguments[++Index];
      return true;
    }
    if (Argument.size() > Name.size() && Argument.compare(0, Name.size(), Name) == 0 &&
        Argument[Name.size()] == '=') {
      Value = Argument.substr(Name.size() + 1);
      return true;
    }
  }
  return false;
}

ProgressMode progressMode(const std::string &Value) {
  if (Value == "auto")
    return ProgressMode::Auto;
  if (Value == "always")
    return ProgressMode::Always;
  if (Value == "never")
    return ProgressMode::Never;
  usageError("--progress must be auto, always or never, not '" + Value + "'");
}

} // namespace

ReportOptions parseCommandLine(const std::vector<std::string> &Arguments) {
  ReportOptions Options;
  bool OnlyInputs = false;
  std::string Value;
  for (std::size_t I = 0; I < Arguments.size(); ++I) {
    const std::string &Argument = Arguments[I];
    Value.clear();
    if (OnlyInputs || Argument == "-" || Argument.empty() || Argument[0] != '-') {
      Options.Inputs.push_back(Argument);
    } else if (Argument == "--") {
      OnlyInputs = true;
    } else if (Argument == "--help" || Argument == "-h") {
      Options.ShowHelp = true;
    } else if (Argument == "--version") {
      Options.ShowVersion = true;
    } else if (takeValue(Arguments, I, {"--format"}, Value)) {
      if (findFormat(Value) == nullptr)
        usageError("unknown format '" + Value + "'; use one of " + formatNames());
      Options.Format = Value;
    } else if (takeValue(Arguments, I, {"--output", "-o"}, Options.Output) ||
               takeValue(Arguments, I, {"--source-root"}, Options.SourceRoot) ||
               takeValue(Arguments, I, {"--baseline"}, Options.Baseline) ||
               takeValue(Arguments, I, {"--write-baseline"}, Options.WriteBaseline) ||
               takeValue(Arguments, I, {"--allocation-profile"}, Options.AllocationProfile) ||
               takeValue(Arguments, I, {"--docs-base-url"}, Options.DocsBaseUrl) ||
               takeValue(Arguments, I, {"--docs-dir"}, Options.DocsDirectory)) {
      continue;
    } else if (takeValue(Arguments, I, {"--progress"}, Value)) {
      Options.Progress = progressMode(Value);
    } else {
      usageError("unknown option '" + Argument + "'");
    }
  }
  if (Options.Inputs.empty() && !Options.ShowHelp && !Options.ShowVersion)
    usageError("no input files");
  return Options;
}

} // namespace allochunt::report
