//===--- InputFiles.cpp - the export-fixes files named on the command line ===//

#include "report/InputFiles.h"

#include "report/InputError.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace allochunt::report {

namespace fs = std::filesystem;

static bool isYamlFile(const fs::directory_entry &Entry) {
  std::error_code Error;
  if (!Entry.is_regular_file(Error))
    return false;
  const std::string Extension = Entry.path().extension().string();
  return Extension == ".yaml" || Extension == ".yml";
}

static std::uintmax_t sizeOf(const fs::path &Path) {
  std::error_code Error;
  const std::uintmax_t Size = fs::file_size(Path, Error);
  return Error ? 0 : Size;
}

std::string readInputFile(const std::string &Path) {
  std::ifstream const Stream(Path, std::ios::binary);
  if (!Stream)
    throw InputError(Path, "cannot open the file");
  std::ostringstream Contents;
  Contents << Stream.rdbuf();
  if (Stream.bad())
    throw InputError(Path, "cannot read the file");
  return Contents.str();
}

std::vector<InputFile> expandInputs(const std::vector<std::string> &Arguments) {
  std::vector<InputFile> Files;
  std::vector<InputFile> Found;
  for (const std::string &Argument : Arguments) {
    std::error_code Error;
    const fs::file_status Status = fs::status(Argument, Error);
    if (Error || !fs::exists(Status))
      throw InputError(Argument, "no such file or directory");
    if (!fs::is_directory(Status)) {
      Files.push_back({Argument, sizeOf(Argument)});
      continue;
    }
    Found.clear();
    fs::recursive_directory_iterator It(Argument, Error);
    for (; !Error && It != fs::recursive_directory_iterator(); It.increment(Error))
      if (isYamlFile(*It))
        Found.push_back({It->path().string(), sizeOf(It->path())});
    if (Error)
      throw InputError(Argument, "cannot list the directory: " + Error.message());
    std::sort(Found.begin(), Found.end(),
              [](const InputFile &A, const InputFile &B) { return A.Path < B.Path; });
    Files.insert(Files.end(), Found.begin(), Found.end());
  }
  return Files;
}

} // namespace allochunt::report
