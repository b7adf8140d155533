#include <map>
#include <string>

int route(std::map<std::string, int> &Table, const char *Key) {
  return Table[std::string(Key)];
}

std::string label(int Id) {
  return "route-" + std::to_string(Id);
}

void configure(std::map<std::string, int> &Table) {
  Table.emplace(std::string("default"), 0);
}
