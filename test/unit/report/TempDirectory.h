//===--- TempDirectory.h - a scratch directory for report unit tests ------===//
//
// Creates a fresh directory under the system's temporary directory, writes
// files into it, and removes it again when the test ends.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_TEST_UNIT_REPORT_TEMPDIRECTORY_H
#define ALLOCHUNT_TEST_UNIT_REPORT_TEMPDIRECTORY_H

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace allochunt::report::test {

/// A directory that exists for the lifetime of the object.
class TempDirectory {
public:
  TempDirectory() {
    static int Counter = 0;
    Path = std::filesystem::temp_directory_path() /
           ("allochunt-report-test-" + std::to_string(getpid()) + "-" +
            std::to_string(++Counter));
    std::filesystem::remove_all(Path);
    std::filesystem::create_directories(Path);
  }
  ~TempDirectory() {
    std::error_code Ignored;
    std::filesystem::remove_all(Path, Ignored);
  }
  TempDirectory(const TempDirectory &) = delete;
  TempDirectory &operator=(const TempDirectory &) = delete;

  /// Writes \p Contents to \p Name (creating parent directories) and returns
  /// its path.
  std::string write(const std::string &Name, const std::string &Contents) const {
    const std::filesystem::path File = Path / Name;
    std::filesystem::create_directories(File.parent_path());
    std::ofstream(File, std::ios::binary) << Contents;
    return File.string();
  }

  std::string path() const { return Path.string(); }

private:
  std::filesystem::path Path;
};

} // namespace allochunt::report::test

#endif // ALLOCHUNT_TEST_UNIT_REPORT_TEMPDIRECTORY_H
