//===--- YamlDocuments.cpp - a YAML stream split into documents, safely ---===//

#include "report/YamlDocuments.h"

#include "report/InputError.h"

namespace allochunt::report {

namespace {

// Whether Line is the marker Marker ("---" or "..."), alone or followed by a
// space, a tab or nothing.
bool isMarker(const std::string &Line, const char *Marker) {
  if (Line.compare(0, 3, Marker) != 0)
    return false;
  return Line.size() == 3 || Line[3] == ' ' || Line[3] == '\t' || Line[3] == '\r' ||
         Line[3] == '\n';
}

// Whether Line holds only blanks or a comment.
bool isBlankOrComment(const std::string &Line) {
  const std::size_t First = Line.find_first_not_of(" \t\r\n");
  return First == std::string::npos || Line[First] == '#';
}

struct Chunk {
  std::string Text;
  unsigned FirstLine = 0;
  // Only blank, comment and directive lines so far: a "---" continues it.
  bool OnlyPreamble = true;
};

} // namespace

void failAt(const std::string &Name, unsigned FirstLine, const YAML::Node &At,
            const std::string &Message) {
  const YAML::Mark Mark = At.Mark();
  if (Mark.is_null())
    throw InputError(Name, Message);
  throw InputError(Name, FirstLine + static_cast<unsigned>(Mark.line) + 1,
                   static_cast<unsigned>(Mark.column) + 1, Message);
}

std::vector<YamlDocument> loadDocuments(const std::string &Text,
                                        const std::string &Name) {
  std::vector<Chunk> Chunks(1);
  unsigned LineNumber = 0;
  for (std::size_t Start = 0; Start < Text.size(); ++LineNumber) {
    std::size_t End = Text.find('\n', Start);
    End = End == std::string::npos ? Text.size() : End + 1;
    const std::string Line = Text.substr(Start, End - Start);
    Start = End;
    if (isMarker(Line, "...")) {
      if (!isBlankOrComment(Line.substr(3)))
        throw InputError(Name, LineNumber + 1, 5,
                         "invalid YAML: content after the document end marker '...'");
      Chunks.push_back({"", LineNumber + 1, true});
      continue;
    }
    const bool StartsDocument = isMarker(Line, "---");
    if (StartsDocument && !Chunks.back().OnlyPreamble)
      Chunks.push_back({"", LineNumber, true});
    Chunk &Current = Chunks.back();
    if (StartsDocument || (!isBlankOrComment(Line) && Line[0] != '%'))
      Current.OnlyPreamble = false;
    Current.Text += Line;
  }

  std::vector<YamlDocument> Documents;
  for (const Chunk &Part : Chunks) {
    try {
      Documents.push_back({YAML::Load(Part.Text), Part.FirstLine});
    } catch (const YAML::Exception &E) {
      if (E.mark.is_null())
        throw InputError(Name, "invalid YAML: " + E.msg);
      throw InputError(Name, Part.FirstLine + static_cast<unsigned>(E.mark.line) + 1,
                       static_cast<unsigned>(E.mark.column) + 1,
                       "invalid YAML: " + E.msg);
    }
  }
  return Documents;
}

} // namespace allochunt::report
