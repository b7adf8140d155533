// Boost.StringAlgo and Abseil are not installed: mocks of their shape.
#include <locale>
#include <string>
#include <string_view>

namespace boost {
namespace algorithm {
std::string to_lower_copy(const std::string &s, const std::locale &loc = std::locale());
std::string to_upper_copy(const std::string &s, const std::locale &loc = std::locale());
#ifndef NO_PREDICATES
bool iequals(const std::string &a, const std::string &b, const std::locale &loc = std::locale());
bool icontains(const std::string &a, const std::string &b, const std::locale &loc = std::locale());
bool istarts_with(const std::string &a, const std::string &b, const std::locale &loc = std::locale());
#endif
} // namespace algorithm
using algorithm::to_lower_copy;
using algorithm::to_upper_copy;
} // namespace boost

namespace absl {
inline namespace lts_20230802 {
std::string AsciiStrToLower(std::string_view s);
std::string AsciiStrToUpper(std::string_view s);
#ifndef NO_PREDICATES
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StrContainsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view a, std::string_view b);
#endif
} // namespace lts_20230802
} // namespace absl
