//===--- HtmlFormatter.cpp - one self-contained page to look at -----------===//
//
// A single HTML file with no external resources and no script (its Content
// Security Policy forbids scripts, so even a bug in escaping could not run
// one): the totals, bar charts of findings per check and per directory as
// inline SVG, a file index, then every finding with its surrounding source
// lines (the flagged range marked), its notes and its fix as a diff. Every
// piece of text from the inputs goes through escapeHtml. With an allocation
// profile, a table ranks the findings by the run's allocations, each with a
// bar; its column headers sort it without a script: the table is written once
// per order and radio buttons (the headers are their labels) choose which one
// CSS shows.
//
//===----------------------------------------------------------------------===//

#include "report/FixPreview.h"
#include "report/Formatter.h"
#include "report/Summary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>
#include <tuple>

namespace allochunt::report {

namespace {

/// Source lines shown above and below a flagged line.
constexpr unsigned ContextLines = 2;
/// Bars per chart; the rest are summed into one "others" bar.
constexpr std::size_t MaxBars = 12;

std::string escapeHtml(const std::string &Text) {
  std::string Result;
  Result.reserve(Text.size());
  for (const char C : Text) {
    switch (C) {
    case '&':
      Result += "&amp;";
      break;
    case '<':
      Result += "&lt;";
      break;
    case '>':
      Result += "&gt;";
      break;
    case '"':
      Result += "&quot;";
      break;
    case '\'':
      Result += "&#39;";
      break;
    default:
      Result += C;
    }
  }
  return Result;
}

/// Chart labels longer than this are cut from the front (the full one is the bar's tooltip).
constexpr std::size_t MaxLabelChars = 64;
/// Room for one character of a chart label (13px system-ui), so no label runs into its bar.
constexpr unsigned LabelCharWidth = 8;

std::string shorten(const std::string &Label, std::size_t Limit) {
  if (Label.size() <= Limit)
    return Label;
  return "…" + Label.substr(Label.size() - (Limit - 1));
}

constexpr const char *Style = R"css(
:root { --fg:#1f2328; --muted:#59636e; --bg:#ffffff; --panel:#f6f8fa; --line:#d1d9e0;
  --accent:#0969da; --bar:#54aeff; --barnew:#0969da; --mark:#fff8c5; --del:#ffebe9;
  --add:#dafbe1; --badge:#cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6edf3; --muted:#9198a1; --bg:#0d1117;
  --panel:#151b23; --line:#3d444d; --accent:#4493f8; --bar:#1f6feb; --barnew:#4493f8;
  --mark:#4d3e00; --del:#5d1a1e; --add:#143d22; --badge:#f85149; } }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;
  color:var(--fg); background:var(--bg); }
.page { max-width:1100px; margin:0 auto; padding:24px; }
h1 { margin:0 0 4px; font-size:26px; }
h2 { font-size:18px; margin:32px 0 12px; padding-bottom:6px; border-bottom:1px solid var(--line); }
.totals { color:var(--muted); margin:0 0 24px; }
.totals strong { color:var(--fg); }
.charts { display:grid; grid-template-columns:repeat(auto-fit,minmax(420px,1fr)); gap:16px; }
figure { margin:0; padding:16px; background:var(--panel); border:1px solid var(--line); border-radius:8px; }
figcaption { font-weight:600; margin-bottom:8px; }
svg text { font:13px system-ui,sans-serif; fill:var(--fg); }
svg .count { fill:var(--muted); }
.bar { fill:var(--bar); } .bar-new { fill:var(--barnew); }
.legend { color:var(--muted); font-size:13px; }
table.files { border-collapse:collapse; width:100%; }
table.files td { padding:4px 8px; border-bottom:1px solid var(--line); }
table.files td.n { text-align:right; width:6em; color:var(--muted); }
a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
.finding { border:1px solid var(--line); border-radius:8px; margin:12px 0; overflow:hidden; }
.finding > .head { padding:8px 12px; background:var(--panel); border-bottom:1px solid var(--line);
  display:flex; flex-wrap:wrap; gap:8px; align-items:baseline; }
.loc { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:13px; }
.check { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:13px;
  padding:1px 6px; border:1px solid var(--line); border-radius:12px; }
.badge { font-size:12px; font-weight:600; color:#fff; background:var(--badge);
  border-radius:12px; padding:1px 8px; }
.badge.old { background:var(--muted); }
.message { padding:8px 12px; margin:0; font-weight:500; }
pre { margin:0; padding:8px 0; overflow-x:auto; font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace; }
pre .l { display:block; padding:0 12px; white-space:pre; }
pre .n { display:inline-block; width:4em; color:var(--muted); user-select:none; }
pre .hl { background:var(--mark); }
pre mark { background:transparent; text-decoration:underline wavy var(--badge); color:inherit; }
pre .del { background:var(--del); } pre .add { background:var(--add); }
.section-title { padding:6px 12px 0; font-size:12px; font-weight:600; color:var(--muted);
  text-transform:uppercase; letter-spacing:.04em; border-top:1px solid var(--line); }
ul.notes { margin:0; padding:4px 12px 8px 32px; color:var(--muted); }
footer { margin-top:40px; color:var(--muted); font-size:13px; }
)css";

/// The allocation ranking's rules, only on a page that has one.
constexpr const char *ProfileStyle = R"css(section.ranking { margin-bottom:24px; }
input.sort { position:absolute; opacity:0; pointer-events:none; }
table.costs { display:none; border-collapse:collapse; width:100%; }
#sort-allocations:checked ~ .by-allocations, #sort-bytes:checked ~ .by-bytes,
#sort-check:checked ~ .by-check, #sort-location:checked ~ .by-location { display:table; }
table.costs th { text-align:left; padding:4px 8px; border-bottom:2px solid var(--line); }
table.costs th label { cursor:pointer; color:var(--accent); }
table.costs th.sorted label { color:var(--fg); }
table.costs td { padding:4px 8px; border-bottom:1px solid var(--line); }
table.costs td.n, table.costs th.n { text-align:right; white-space:nowrap; }
table.costs tbody.cold td { color:var(--muted); }
table.costs tr.group td { font-weight:600; padding-top:12px; }
.cost { color:var(--muted); font-size:13px; }
)css";

/// The orders the cost table can be shown in: id, header, numeric column.
struct SortOrder {
  const char *Id;
  const char *Header;
};
constexpr std::array<SortOrder, 4> SortOrders = {{{"allocations", "Allocations"},
                                                  {"bytes", "Bytes"},
                                                  {"check", "Check"},
                                                  {"location", "Location"}}};
/// The width of the bar of the finding with the most allocations.
constexpr unsigned CostBarWidth = 120;

class HtmlWriter {
public:
  HtmlWriter(ReportContext &Report, std::ostream &Out) : Report(Report), Out(Out) {}

  void write() {
    const Summary Totals = summarise(Report.Findings);
    Out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
           "'none'; style-src 'unsafe-inline'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>AllocHunt report: " << Totals.Findings
        << (Totals.Findings == 1 ? " finding" : " findings") << "</title>\n"
        << "<style>" << Style << (Report.Profile != nullptr ? ProfileStyle : "")
        << "</style>\n</head>\n<body>\n<div class=\"page\">\n"
        << "<h1>AllocHunt report</h1>\n<p class=\"totals\"><strong>"
        << Totals.Findings << "</strong>"
        << (Totals.Findings == 1 ? " finding" : " findings") << " in <strong>"
        << Totals.Files << "</strong>" << (Totals.Files == 1 ? " file" : " files")
        << " from <strong>" << Totals.ByCheck.size() << "</strong>"
        << (Totals.ByCheck.size() == 1 ? " check" : " checks");
    if (Report.HasBaseline)
      Out << " · <strong>" << Totals.New << "</strong> new, "
          << Totals.Findings - Totals.New << " accepted by the baseline";
    Out << " · source root <span class=\"loc\">" << escapeHtml(Report.SourceRoot)
        << "</span></p>\n";
    if (Totals.Findings != 0) {
      if (Report.Profile != nullptr)
        writeProfile(*Report.Profile);
      Out << "<section class=\"charts\">\n";
      writeChart("Findings per check", Totals.ByCheck, true);
      writeChart("Findings per directory", Totals.ByDirectory, false);
      Out << "</section>\n";
      writeFileIndex();
      writeFindings();
    } else {
      Out << "<p>No findings.</p>\n";
    }
    Out << "<footer>Generated by allochunt-report " << escapeHtml(Report.ToolVersion)
        << ".</footer>\n</div>\n</body>\n</html>\n";
  }

private:
  // The findings in the order of column \p Order, reached ones first.
  std::vector<std::size_t> sortedBy(const ProfileAttribution &Profile,
                                    std::string_view Order) const {
    std::vector<std::size_t> Indices = Profile.Ranking;
    if (Order == "allocations")
      return Indices;
    std::vector<std::size_t> RankOf(Indices.size());
    for (std::size_t Position = 0; Position < Indices.size(); ++Position)
      RankOf[Indices[Position]] = Position;
    const auto Key = [&](std::size_t I) {
      const FindingCost &Cost = Profile.Costs[I];
      const std::uint64_t Bytes = Order == "bytes" ? Cost.Bytes : 0;
      const std::string_view Check =
          Order == "check" ? std::string_view(Report.Findings[I].Check) : std::string_view();
      const std::size_t Location = Order == "location" ? I : 0;
      // Ties keep the ranking's order.
      return std::tuple(!Cost.reached(), std::numeric_limits<std::uint64_t>::max() - Bytes,
                        Check, Location, RankOf[I]);
    };
    std::sort(Indices.begin(), Indices.end(),
              [&](std::size_t A, std::size_t B) { return Key(A) < Key(B); });
    return Indices;
  }

  void writeCostRow(const ProfileAttribution &Profile, std::size_t I, std::uint64_t Largest) {
    const Finding &F = Report.Findings[I];
    const FindingCost &Cost = Profile.Costs[I];
    const double Ratio = Largest == 0 ? 0.0
                                      : static_cast<double>(Cost.Allocations) /
                                            static_cast<double>(Largest);
    // fmin and fmax with finite bounds turn NaN into a bound (clamp would keep it).
    const auto Width =
        static_cast<unsigned>(std::fmin(std::fmax(Ratio, 0.0), 1.0) * CostBarWidth);
    Out << R"(<tr><td class="n" title=")" << Cost.Allocations << "\">"
        << compactCount(Cost.Allocations) << R"(</td><td class="n" title=")" << Cost.Bytes
        << "\">" << compactCount(Cost.Bytes) << "</td><td class=\"n\">"
        << escapeHtml(percentText(Cost.Share)) << "</td><td><svg width=\"" << CostBarWidth
        << R"(" height="12" role="img" aria-label=")" << escapeHtml(percentText(Cost.Share))
        << R"("><rect class="bar" x="0" y="1" height="10" rx="2" width=")"
        << std::max(Cost.reached() ? 2U : 0U, Width) << R"("/></svg></td><td class="loc">)"
        << escapeHtml(F.Check) << R"(</td><td><a class="loc" href="#finding-)" << I + 1
        << "\">" << escapeHtml(F.DisplayPath.empty() ? "(no file)" : F.DisplayPath);
    if (F.Position.isResolved())
      Out << ":" << F.Position.Line << ":" << F.Position.Column;
    Out << "</a></td></tr>\n";
  }

  void writeCostTable(const ProfileAttribution &Profile, const SortOrder &Order,
                      std::uint64_t Largest) {
    Out << "<table class=\"costs by-" << Order.Id << "\">\n<thead><tr>";
    for (const SortOrder &Column : SortOrders) {
      const bool Numeric = Column.Id != std::string_view("check") &&
                           Column.Id != std::string_view("location");
      const std::string Class = std::string(Numeric ? "n" : "") +
                                (Numeric && Column.Id == Order.Id ? " " : "") +
                                (Column.Id == Order.Id ? "sorted" : "");
      Out << "<th" << (Class.empty() ? "" : " class=\"" + Class + "\"") << "><label for=\"sort-"
          << Column.Id
          << "\">" << Column.Header << (Column.Id == Order.Id ? " ▾" : "") << "</label></th>";
      if (Column.Id == std::string_view("bytes"))
        Out << R"(<th class="n"><label for="sort-allocations">Share</label></th><th></th>)";
    }
    Out << "</tr></thead>\n<tbody>\n";
    bool Cold = false;
    for (const std::size_t I : sortedBy(Profile, Order.Id)) {
      if (!Profile.Costs[I].reached() && !Cold) {
        Cold = true;
        Out << "</tbody>\n<tbody class=\"cold\">\n<tr class=\"group\"><td "
               "colspan=\"6\">Not reached in this run</td></tr>\n";
      }
      writeCostRow(Profile, I, Largest);
    }
    Out << "</tbody>\n</table>\n";
  }

  void writeProfile(const ProfileAttribution &Profile) {
    Out << "<h2>Allocations in this run</h2>\n<p class=\"totals\">"
        << escapeHtml(profileSummary(Profile)) << " · profile <span class=\"loc\">"
        << escapeHtml(Profile.File) << "</span></p>\n<section class=\"ranking\">\n";
    for (const SortOrder &Order : SortOrders)
      Out << R"(<input type="radio" name="sort" class="sort" id="sort-)" << Order.Id << "\""
          << (Order.Id == SortOrders.front().Id ? " checked" : "") << ">\n";
    const std::uint64_t Largest =
        Profile.Ranking.empty() ? 0 : Profile.Costs[Profile.Ranking.front()].Allocations;
    for (const SortOrder &Order : SortOrders)
      writeCostTable(Profile, Order, Largest);
    Out << "</section>\n";
  }

  void writeChart(const std::string &Title, std::vector<Count> Counts,
                  bool LinkChecks) {
    if (Counts.size() > MaxBars) {
      Count Others{"(" + std::to_string(Counts.size() - MaxBars + 1) + " others)"};
      for (std::size_t I = MaxBars - 1; I < Counts.size(); ++I) {
        Others.All += Counts[I].All;
        Others.New += Counts[I].New;
      }
      Counts.resize(MaxBars - 1);
      Counts.push_back(Others);
    }
    // The label column is as wide as the longest label shown, whole up to MaxLabelChars.
    std::size_t LongestLabel = 0;
    for (const Count &C : Counts)
      LongestLabel = std::max(LongestLabel, std::min(C.Label.size(), MaxLabelChars));
    const unsigned LabelWidth = (static_cast<unsigned>(LongestLabel) * LabelCharWidth) + 16;
    constexpr unsigned BarSpace = 200;
    constexpr unsigned RowHeight = 26;
    const std::size_t Largest = Counts.empty() ? 1 : Counts.front().All;
    const auto Height = (static_cast<unsigned>(Counts.size()) * RowHeight) + 4;
    Out << "<figure>\n<figcaption>" << escapeHtml(Title) << "</figcaption>\n"
        << R"(<svg role="img" width="100%" viewBox="0 0 )" << LabelWidth + BarSpace + 60
        << " " << Height << "\" aria-label=\"" << escapeHtml(Title) << "\">\n";
    for (std::size_t I = 0; I < Counts.size(); ++I) {
      const Count &C = Counts[I];
      const auto Y = static_cast<unsigned>(I) * RowHeight;
      const auto Width = static_cast<unsigned>(
          std::max<std::size_t>(2, C.All * BarSpace / std::max<std::size_t>(Largest, 1)));
      const auto NewWidth = static_cast<unsigned>(C.New * BarSpace / std::max<std::size_t>(Largest, 1));
      const std::string Uri = LinkChecks ? Report.Docs.helpUri(C.Label) : "";
      Out << "<g><title>" << escapeHtml(C.Label) << ": " << C.All;
      if (Report.HasBaseline)
        Out << " (" << C.New << " new)";
      Out << "</title>";
      if (!Uri.empty())
        Out << "<a href=\"" << escapeHtml(Uri) << "\">";
      Out << "<text x=\"" << LabelWidth - 8 << "\" y=\"" << Y + 18
          << R"(" text-anchor="end">)" << escapeHtml(shorten(C.Label, MaxLabelChars)) << "</text>";
      if (!Uri.empty())
        Out << "</a>";
      Out << R"(<rect class="bar" x=")" << LabelWidth << "\" y=\"" << Y + 5
          << "\" width=\"" << Width << R"(" height="17" rx="3"/>)";
      if (Report.HasBaseline && NewWidth > 0)
        Out << R"(<rect class="bar-new" x=")" << LabelWidth << "\" y=\"" << Y + 5
            << "\" width=\"" << NewWidth << R"(" height="17" rx="3"/>)";
      Out << R"(<text class="count" x=")" << LabelWidth + Width + 6 << "\" y=\""
          << Y + 18 << "\">" << C.All << "</text></g>\n";
    }
    Out << "</svg>\n";
    if (Report.HasBaseline)
      Out << "<div class=\"legend\">Darker: new findings; lighter: accepted by the "
             "baseline.</div>\n";
    Out << "</figure>\n";
  }

  void writeFileIndex() {
    Out << "<h2>Files</h2>\n<table class=\"files\">\n";
    std::size_t Index = 0;
    for (std::size_t I = 0; I < Report.Findings.size(); ++I) {
      const std::string &Path = Report.Findings[I].DisplayPath;
      if (I != 0 && Report.Findings[I - 1].DisplayPath == Path)
        continue;
      std::size_t Count = 0;
      for (std::size_t J = I; J < Report.Findings.size() &&
                              Report.Findings[J].DisplayPath == Path;
           ++J)
        ++Count;
      Out << R"(<tr><td><a class="loc" href="#file-)" << ++Index << "\">"
          << escapeHtml(Path.empty() ? "(no file)" : Path) << "</a></td><td class=\"n\">"
          << Count << "</td></tr>\n";
    }
    Out << "</table>\n";
  }

  // The flagged line, with the flagged range (if on this line) marked.
  void writeFlaggedLine(const Finding &F, const std::string &Line) {
    const std::size_t Start = std::min<std::size_t>(F.Position.Column - 1, Line.size());
    std::size_t Length = F.RangeLength == 0 ? 0 : F.RangeLength;
    Length = std::min<std::size_t>(Length, Line.size() - Start);
    if (Length == 0) {
      Out << escapeHtml(Line);
      return;
    }
    Out << escapeHtml(Line.substr(0, Start)) << "<mark>"
        << escapeHtml(Line.substr(Start, Length)) << "</mark>"
        << escapeHtml(Line.substr(Start + Length));
  }

  void writeSource(const Finding &F) {
    if (!F.Position.isResolved())
      return;
    const unsigned First = F.Position.Line > ContextLines ? F.Position.Line - ContextLines : 1;
    const std::vector<std::string> Lines =
        Report.Sources.lines(F.Position.FilePath, First, F.Position.Line + ContextLines);
    if (Lines.empty())
      return;
    Out << "<pre class=\"source\">";
    for (std::size_t I = 0; I < Lines.size(); ++I) {
      const unsigned Number = First + static_cast<unsigned>(I);
      const bool Flagged = Number == F.Position.Line;
      Out << "<span class=\"l" << (Flagged ? " hl" : "") << R"("><span class="n">)"
          << Number << "</span>";
      if (Flagged)
        writeFlaggedLine(F, Lines[I]);
      else
        Out << escapeHtml(Lines[I]);
      Out << "</span>";
    }
    Out << "</pre>\n";
  }

  void writeFix(const Finding &F) {
    if (F.Replacements.empty())
      return;
    const std::vector<FileDiff> Diffs = previewFix(F.Replacements, Report.Sources);
    Out << "<div class=\"section-title\">Proposed fix</div>\n<pre class=\"diff\">";
    for (const FileDiff &Diff : Diffs) {
      unsigned Number = Diff.FirstLine;
      for (const std::string &Line : Diff.Before)
        Out << R"(<span class="l del"><span class="n">)" << Number++
            << "</span>- " << escapeHtml(Line) << "</span>";
      Number = Diff.FirstLine;
      for (const std::string &Line : Diff.After)
        Out << R"(<span class="l add"><span class="n">)" << Number++
            << "</span>+ " << escapeHtml(Line) << "</span>";
    }
    if (Diffs.empty())
      for (const Replacement &R : F.Replacements)
        Out << "<span class=\"l add\">" << escapeHtml(R.DisplayPath) << " @" << R.Offset
            << " (" << R.Length << " bytes) → " << escapeHtml(R.Text) << "</span>";
    Out << "</pre>\n";
  }

  void writeFinding(const Finding &F, std::size_t Index) {
    const std::string Uri = Report.Docs.helpUri(F.Check);
    Out << R"(<article class="finding" id="finding-)" << Index << "\">\n"
        << R"(<div class="head"><a class="loc" href="#finding-)" << Index << "\">"
        << escapeHtml(F.DisplayPath.empty() ? "(no file)" : F.DisplayPath);
    if (F.Position.isResolved())
      Out << ":" << F.Position.Line << ":" << F.Position.Column;
    Out << "</a> ";
    if (Uri.empty())
      Out << "<span class=\"check\">" << escapeHtml(F.Check) << "</span>";
    else
      Out << R"(<a class="check" href=")" << escapeHtml(Uri) << "\">"
          << escapeHtml(F.Check) << "</a>";
    if (levelName(F.Level) != "warning")
      Out << " <span class=\"badge old\">" << escapeHtml(levelName(F.Level)) << "</span>";
    if (Report.HasBaseline)
      Out << (F.IsNew ? " <span class=\"badge\">new</span>"
                      : " <span class=\"badge old\">baseline</span>");
    if (Report.Profile != nullptr)
      Out << " <span class=\"cost\">" << escapeHtml(costText(*Report.Profile, Index - 1))
          << "</span>";
    Out << "</div>\n<p class=\"message\">" << escapeHtml(F.Message) << "</p>\n";
    writeSource(F);
    if (!F.Notes.empty()) {
      Out << "<ul class=\"notes\">\n";
      for (const Note &N : F.Notes) {
        Out << "<li>" << escapeHtml(N.Message);
        if (N.Position.isResolved())
          Out << " <span class=\"loc\">" << escapeHtml(N.DisplayPath) << ":"
              << N.Position.Line << ":" << N.Position.Column << "</span>";
        Out << "</li>\n";
      }
      Out << "</ul>\n";
    }
    writeFix(F);
    Out << "</article>\n";
  }

  void writeFindings() {
    std::size_t FileIndex = 0;
    for (std::size_t I = 0; I < Report.Findings.size(); ++I) {
      const Finding &F = Report.Findings[I];
      if (I == 0 || Report.Findings[I - 1].DisplayPath != F.DisplayPath) {
        if (I != 0)
          Out << "</section>\n";
        Out << "<section id=\"file-" << ++FileIndex << "\">\n<h2 class=\"loc\">"
            << escapeHtml(F.DisplayPath.empty() ? "(no file)" : F.DisplayPath)
            << "</h2>\n";
      }
      writeFinding(F, I + 1);
    }
    Out << "</section>\n";
  }

  ReportContext &Report;
  std::ostream &Out;
};

} // namespace

void writeHtml(ReportContext &Report, std::ostream &Out) {
  HtmlWriter(Report, Out).write();
}

} // namespace allochunt::report
