//===--- YamlDocuments.h - a YAML stream split into documents, safely -----===//
//
// yaml-cpp 0.7 (Debian bookworm's) loops forever, allocating, when YAML::LoadAll
// meets text after a document end marker (`... ,`), which the fuzzer found in
// seconds. loadDocuments splits the stream at its document markers itself
// (YAML forbids those markers inside scalars, so the split is exact), rejects
// content after `...` as the specification does, and parses each document with
// YAML::Load. Positions are reported for the whole file.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_YAMLDOCUMENTS_H
#define ALLOCHUNT_REPORT_YAMLDOCUMENTS_H

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace allochunt::report {

/// One document of a stream and the 0-based line of the file it starts at.
struct YamlDocument {
  YAML::Node Root;
  unsigned FirstLine = 0;
};

/// The documents of \p Text (empty ones included, as null nodes). Throws
/// InputError naming \p Name and the position on invalid YAML.
std::vector<YamlDocument> loadDocuments(const std::string &Text,
                                        const std::string &Name);

/// Throws InputError at \p At (a node of the document starting at 0-based
/// \p FirstLine), or at no position if the node has none.
[[noreturn]] void failAt(const std::string &Name, unsigned FirstLine,
                         const YAML::Node &At, const std::string &Message);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_YAMLDOCUMENTS_H
