//===--- Report.cpp - one run of allochunt-report -------------------------===//

#include "report/Report.h"

#include "report/AllocationProfile.h"
#include "report/Baseline.h"
#include "report/ExportFixesReader.h"
#include "report/FindingResolver.h"
#include "report/Formatter.h"
#include "report/InputError.h"
#include "report/InputFiles.h"
#include "report/Merge.h"
#include "report/ProfileAttribution.h"
#include "report/RuleDocs.h"
#include "report/SourceFiles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#ifndef ALLOCHUNT_VERSION
#define ALLOCHUNT_VERSION "unknown"
#endif

namespace allochunt::report {

static std::vector<Finding> readAll(const ReportOptions &Options,
                                    std::ostream &Err, bool ErrIsTerminal) {
  std::vector<InputFile> Files;
  std::vector<std::string> Paths;
  bool ReadsStandardInput = false;
  for (const std::string &Input : Options.Inputs) {
    if (Input == "-")
      ReadsStandardInput = true;
    else
      Paths.push_back(Input);
  }
  Files = expandInputs(Paths);
  // An empty fixes directory usually means clang-tidy ran without
  // --export-fixes or wrote elsewhere: say so rather than report success.
  if (Files.empty() && !ReadsStandardInput)
    Err << "allochunt-report: warning: no export-fixes file was read (the "
           "input directories hold no .yaml or .yml file)\n";
  std::uintmax_t TotalBytes = 0;
  for (const InputFile &File : Files)
    TotalBytes += File.Size;
  Progress Meter(Err, Options.Progress, ErrIsTerminal, Files.size(), TotalBytes);
  std::vector<Finding> Findings;
  if (ReadsStandardInput) {
    const std::string Text{std::istreambuf_iterator<char>(std::cin),
                           std::istreambuf_iterator<char>()};
    for (Finding &F : parseExportFixes(Text, "<stdin>"))
      Findings.push_back(std::move(F));
  }
  for (const InputFile &File : Files) {
    for (Finding &F : readExportFixes(File.Path))
      Findings.push_back(std::move(F));
    Meter.advance(File.Size, Findings.size());
  }
  Meter.finish();
  return Findings;
}

int runReport(const ReportOptions &Options, std::ostream &Out, std::ostream &Err,
              bool ErrIsTerminal) {
  const FormatFunction Format = findFormat(Options.Format);
  if (Format == nullptr)
    throw InputError("allochunt-report", "unknown format '" + Options.Format + "'");
  // Read the baseline first: a bad one should fail before the slow part.
  std::optional<Baseline> Accepted;
  if (!Options.Baseline.empty())
    Accepted = Baseline::read(Options.Baseline);
  std::optional<AllocationProfile> Profile;
  if (!Options.AllocationProfile.empty())
    Profile = readAllocationProfile(Options.AllocationProfile);

  std::vector<Finding> Findings = readAll(Options, Err, ErrIsTerminal);
  SourceFiles Sources;
  FindingResolver Resolver(Sources, Options.SourceRoot.empty() ? "." : Options.SourceRoot);
  for (Finding &F : Findings)
    Resolver.resolve(F);
  Findings = mergeFindings(std::move(Findings));
  const std::size_t NewCount =
      Accepted ? Accepted->apply(Findings) : Findings.size();

  if (!Options.WriteBaseline.empty()) {
    std::ofstream Stream(Options.WriteBaseline, std::ios::binary);
    Baseline::fromFindings(Findings).write(Stream);
    Stream.close();
    if (!Stream)
      throw InputError(Options.WriteBaseline, "cannot write the baseline");
  }

  RuleDocs Docs(Options.DocsDirectory, Options.DocsBaseUrl);
  ReportContext Context{Findings, Sources, Docs, Accepted.has_value(), NewCount,
                        Resolver.canonical(Options.SourceRoot.empty() ? "." : Options.SourceRoot),
                        ALLOCHUNT_VERSION};
  std::optional<ProfileAttribution> Attribution;
  if (Profile) {
    Attribution = attributeProfile(*Profile, Findings, Context.SourceRoot,
                                   Options.AllocationProfile);
    const bool AnyLine = std::any_of(Findings.begin(), Findings.end(), [](const Finding &F) {
      return F.Position.isResolved();
    });
    if (!Findings.empty() && !AnyLine) {
      Err << "allochunt-report: warning: profile " << Options.AllocationProfile
          << " is not used: the findings' sources are not readable here, so their lines are "
             "unknown (run allochunt-report where the sources are, with --source-root)\n";
    } else if (!Attribution->MatchesSourceFile && !Findings.empty()) {
      Err << "allochunt-report: warning: profile " << Options.AllocationProfile
          << " matches no source file of the findings: is it a profile of another "
             "program?\n";
    } else {
      if (Attribution->AttributedAllocations == 0 && Attribution->TotalAllocations != 0)
        Err << "allochunt-report: warning: profile " << Options.AllocationProfile
            << " attributes none of its allocations to a finding's line; a program built with "
               "DWARF 5 (Clang's default) and profiled with Valgrind before 3.20 has stacks "
               "without its source lines (build with -gdwarf-4)\n";
      if (Attribution->AmbiguousPoints != 0)
        Err << "allochunt-report: warning: " << Attribution->AmbiguousPoints
            << " program point(s) of profile " << Options.AllocationProfile
            << " name a file that several source files of the findings end in and "
               "count for none (valgrind --fullpath-after= writes whole paths)\n";
      Context.Profile = &*Attribution;
    }
  }
  if (Options.Output.empty()) {
    Format(Context, Out);
    Out.flush();
  } else {
    std::ofstream Stream(Options.Output, std::ios::binary);
    if (!Stream)
      throw InputError(Options.Output, "cannot open the output file for writing");
    Format(Context, Stream);
    Stream.close();
    if (!Stream)
      throw InputError(Options.Output, "cannot write the output file");
  }
  if (!Options.WriteBaseline.empty())
    return NoNewFindings;
  return NewCount == 0 ? NoNewFindings : NewFindings;
}

int reportMain(const std::vector<std::string> &Arguments,
               const std::string &DefaultDocsDirectory, std::ostream &Out,
               std::ostream &Err, bool ErrIsTerminal) {
  try {
    ReportOptions Options = parseCommandLine(Arguments);
    if (Options.ShowHelp) {
      Out << usage();
      return NoNewFindings;
    }
    if (Options.ShowVersion) {
      Out << "allochunt-report " << ALLOCHUNT_VERSION << "\n";
      return NoNewFindings;
    }
    if (Options.DocsDirectory.empty())
      Options.DocsDirectory = DefaultDocsDirectory;
    return runReport(Options, Out, Err, ErrIsTerminal);
  } catch (const InputError &E) {
    Err << E.what() << "\n";
    return BadInput;
  }
}

} // namespace allochunt::report
