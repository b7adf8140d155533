// A header included by stringify-to-compare.cpp, outside its -header-filter.
#include <string>
enum class Fruit { Apple, Pear };
inline std::string fruitName(Fruit f) {
  switch (f) {
  case Fruit::Apple:
    return "apple";
  case Fruit::Pear:
    return "pear";
  }
  return "";
}
