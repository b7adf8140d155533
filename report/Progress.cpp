//===--- Progress.cpp - progress on stderr while reading large inputs -----===//

#include "report/Progress.h"

#include <iomanip>

namespace allochunt::report {

Progress::Progress(std::ostream &Err, ProgressMode Mode, bool Interactive,
                   std::size_t TotalFiles, std::uintmax_t TotalBytes)
    : Err(Err),
      Enabled(Mode == ProgressMode::Always ||
              (Mode == ProgressMode::Auto && Interactive &&
               (TotalBytes >= LargeInputBytes || TotalFiles >= LargeInputFiles))),
      Interactive(Interactive), TotalFiles(TotalFiles), TotalBytes(TotalBytes) {}

void Progress::show(std::size_t Findings) {
  const double MiB = 1024.0 * 1024.0;
  Err << (Interactive ? "\r" : "") << "allochunt-report: read " << FilesDone
      << "/" << TotalFiles << " files (" << std::fixed << std::setprecision(1)
      << static_cast<double>(BytesDone) / MiB << " of "
      << static_cast<double>(TotalBytes) / MiB << " MiB), " << Findings
      << " diagnostics" << (Interactive ? "" : "\n") << std::flush;
  Shown = true;
}

void Progress::advance(std::uintmax_t Bytes, std::size_t Findings) {
  ++FilesDone;
  BytesDone += Bytes;
  if (!Enabled)
    return;
  // Progress by bytes where there are any, else by files.
  const auto Percent = static_cast<unsigned>(
      TotalBytes != 0 ? BytesDone * 100 / TotalBytes
                      : FilesDone * 100 / (TotalFiles == 0 ? 1 : TotalFiles));
  const unsigned Step = Interactive ? 1 : 10;
  if (FilesDone == TotalFiles || Percent >= LastPercent + Step) {
    LastPercent = Percent - (Percent % Step);
    show(Findings);
  }
}

void Progress::finish() {
  if (Enabled && Interactive && Shown)
    Err << "\n";
}

} // namespace allochunt::report
