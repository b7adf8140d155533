#include <map>
#include <string>

std::map<std::string, int> Scores;

// On the main branch already: not a line the pull request changes.
int oldScore(const char *Name) { return Scores.at(std::string(Name) + "-legacy-suffix"); }

bool known(const char *Name) {
  return Scores.count(std::string(Name)) > 0;
}

// Added by the pull request.
int score(const char *Name) {
  auto It = Scores.find(std::string(Name));
  return It == Scores.end() ? 0 : It->second;
}
