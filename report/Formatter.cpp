//===--- Formatter.cpp - the output formats of allochunt-report -----------===//

#include "report/Formatter.h"

#include <array>
#include <utility>

namespace allochunt::report {

static constexpr std::array<std::pair<std::string_view, FormatFunction>, 7>
    Formats = {{{"text", writeText},
                {"markdown", writeMarkdown},
                {"json", writeJson},
                {"codequality", writeCodeQuality},
                {"sarif", writeSarif},
                {"html", writeHtml},
                {"github", writeGithub}}};

FormatFunction findFormat(std::string_view Name) {
  for (const auto &[FormatName, Function] : Formats)
    if (FormatName == Name)
      return Function;
  return nullptr;
}

std::vector<std::size_t> findingOrder(const ReportContext &Report) {
  if (Report.Profile != nullptr)
    return Report.Profile->Ranking;
  std::vector<std::size_t> Order(Report.Findings.size());
  for (std::size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  return Order;
}

std::string formatNames() {
  std::string Names;
  for (const auto &Format : Formats)
    Names += (Names.empty() ? "" : ", ") + std::string(Format.first);
  return Names;
}

} // namespace allochunt::report
