// RUN: %check_allochunt %s allochunt-regex-result-copy %t
// RUN: %check_allochunt -check-suffix=NOGUARD %s allochunt-regex-result-copy %t -- \
// RUN:   -config="{CheckOptions: {allochunt-regex-result-copy.GuardReplaceWithSearch: false}}" \
// RUN:   -- -DOTHER_RUN -DNOGUARD_RUN
// RUN: %check_allochunt -check-suffix=CXX20 -std=c++20-or-later %s allochunt-regex-result-copy %t -- -- -DOTHER_RUN -DCXX20_RUN
// RUN: %check_allochunt -check-suffix=NOTES %s allochunt-regex-result-copy %t -- -- -DOTHER_RUN -DNOTES_RUN
// RUN: %check_allochunt -check-suffix=HEADER %s allochunt-regex-result-copy %t -- \
// RUN:   -header-filter='regex-result-copy' -- -I%S/Inputs -DOTHER_RUN -DHEADER_RUN
// RUN: %allochunt_tidy %s --checks='-*,allochunt-regex-result-copy' \
// RUN:   -config="{CheckOptions: {allochunt-regex-result-copy.GuardReplaceWithSearch: maybe}}" \
// RUN:   -- -std=c++17 -DOTHER_RUN 2>&1 | FileCheck %s --check-prefix=BAD-OPTION
// BAD-OPTION: warning: invalid configuration value 'maybe' for option 'allochunt-regex-result-copy.GuardReplaceWithSearch'; expected a bool [clang-tidy-config]

#include <iterator>
#include <memory_resource>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A small mock of Boost.Regex 1.74: the overloads and flags the check reads.
// (Boost's own sub_match comparisons copy to a string, so the check leaves
// boost::sub_match alone.)
namespace boost {
namespace regex_constants {
enum _match_flags {
  match_default = 0,
  match_not_bol = 1,
  match_partial = 1 << 10,
  format_perl = 0,
  format_default = 0,
  format_all = 1 << 20,
  format_no_copy = 1 << 21,
  format_first_only = 1 << 22
};
typedef _match_flags match_flag_type;
inline match_flag_type operator|(match_flag_type a, match_flag_type b) {
  return static_cast<match_flag_type>(static_cast<int>(a) | static_cast<int>(b));
}
} // namespace regex_constants
using regex_constants::format_all;
using regex_constants::format_first_only;
using regex_constants::format_no_copy;
using regex_constants::match_default;
using regex_constants::match_flag_type;
using regex_constants::match_not_bol;
template <class charT> struct regex_traits {};
template <class charT, class traits = regex_traits<charT>> class basic_regex {
public:
  explicit basic_regex(const charT *p);
};
typedef basic_regex<char> regex;
template <class BidiIterator>
class sub_match : public std::pair<BidiIterator, BidiIterator> {
public:
  bool matched;
  std::string str() const;
  operator std::string() const;
};
template <class BidiIterator>
bool operator==(const sub_match<BidiIterator> &m, const char *s);
template <class BidiIterator> class match_results {
public:
  const sub_match<BidiIterator> &operator[](int n) const;
  std::string str(int n = 0) const;
};
typedef match_results<std::string::const_iterator> smatch;
template <class traits, class charT, class Formatter>
std::basic_string<charT> regex_replace(const std::basic_string<charT> &s,
                                       const basic_regex<charT, traits> &e,
                                       Formatter fmt,
                                       match_flag_type flags = match_default);
template <class charT, class ST, class SA, class traits>
bool regex_search(const std::basic_string<charT, ST, SA> &s,
                  const basic_regex<charT, traits> &e,
                  match_flag_type flags = match_default);
template <class BidiIterator, class charT, class traits>
bool regex_search(BidiIterator first, BidiIterator last,
                  const basic_regex<charT, traits> &e,
                  match_flag_type flags = match_default);
template <class charT, class traits>
bool regex_search(const charT *str, const basic_regex<charT, traits> &e,
                  match_flag_type flags = match_default);
template <class ST, class SA, class charT, class traits>
bool regex_search(const std::basic_string<charT, ST, SA> &s,
                  match_results<typename std::basic_string<charT, ST, SA>::const_iterator> &m,
                  const basic_regex<charT, traits> &e,
                  match_flag_type flags = match_default);
template <class charT, class traits>
bool regex_match(const charT *str, const basic_regex<charT, traits> &e,
                 match_flag_type flags = match_default);
template <class charT, class ST, class SA, class traits>
bool regex_match(const std::basic_string<charT, ST, SA> &s,
                 const basic_regex<charT, traits> &e,
                 match_flag_type flags = match_default);
} // namespace boost

void use(const std::string &);
std::string makeString();
std::string_view pathOf(int);
const std::regex &nextPattern();

//===----------------------------------------------------------------------===//
// Form 1: s = regex_replace(s, re, fmt). Also checked with
// GuardReplaceWithSearch=false (the NOGUARD run): same warnings, no fix-its.
//===----------------------------------------------------------------------===//
#if !defined(OTHER_RUN) || defined(NOGUARD_RUN)

void redactEach(std::string &line, const std::vector<std::regex> &patterns) {
  for (const std::regex &re : patterns)
    line = std::regex_replace(line, re, "***");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::regex_replace' copies 'line' into a new 'std::string' even when nothing matches; guard the assignment with 'std::regex_search' [allochunt-regex-result-copy]
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:12: warning: 'std::regex_replace' copies 'line' into a new 'std::string' even when nothing matches; if most inputs do not match, guard the assignment with 'std::regex_search' [allochunt-regex-result-copy]
  // CHECK-FIXES: {{^}}    if (std::regex_search(line, re)) line = std::regex_replace(line, re, "***");{{$}}
}

std::string stripDigits(std::string text, const std::regex &digits,
                        const std::string &fmt) {
  text = std::regex_replace(text, digits, fmt);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::regex_replace' copies 'text' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'std::regex_replace' copies 'text' {{.*}}
  // CHECK-FIXES: {{^}}  if (std::regex_search(text, digits)) text = std::regex_replace(text, digits, fmt);{{$}}
  return text;
}

void withFlags(std::string &line, const std::regex &re) {
  // Flags that change what matches go to the search too.
  line = std::regex_replace(line, re, "", std::regex_constants::match_not_bol);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-FIXES: {{^}}  if (std::regex_search(line, re, std::regex_constants::match_not_bol)) line = std::regex_replace(line, re, "", std::regex_constants::match_not_bol);{{$}}
  // Format flags do not.
  line = std::regex_replace(line, re, "#", std::regex_constants::format_first_only);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-FIXES: {{^}}  if (std::regex_search(line, re)) line = std::regex_replace(line, re, "#", std::regex_constants::format_first_only);{{$}}
}

void loopsAndLabels(std::string &line, const std::regex &re, int mode) {
  while (line.size() > 80)
    line = std::regex_replace(line, re, "");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-FIXES: {{^}}    if (std::regex_search(line, re)) line = std::regex_replace(line, re, "");{{$}}
  do
    line = std::regex_replace(line, re, "-");
  while (line.empty());
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-3]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-FIXES: {{^}}    if (std::regex_search(line, re)) line = std::regex_replace(line, re, "-");{{$}}
  switch (mode) {
  case 1:
    line = std::regex_replace(line, re, "1");
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
    // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
    // CHECK-FIXES: {{^}}    if (std::regex_search(line, re)) line = std::regex_replace(line, re, "1");{{$}}
    break;
  default:
    break;
  }
}

struct Rule {
  std::regex pattern;
  std::string replacement;
};

void applyRules(std::string &line, const std::vector<Rule> &rules,
                const std::vector<std::pair<std::regex, std::string>> &pairs) {
  for (const Rule &rule : rules)
    line = std::regex_replace(line, rule.pattern, rule.replacement);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-FIXES: {{^}}    if (std::regex_search(line, rule.pattern)) line = std::regex_replace(line, rule.pattern, rule.replacement);{{$}}
  for (const auto &[re, fmt] : pairs) {
    line = std::regex_replace(line, re, fmt);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
    // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
    // CHECK-FIXES: {{^}}    if (std::regex_search(line, re)) line = std::regex_replace(line, re, fmt);{{$}}
  }
}

// Aliases, typedefs, namespace aliases and using-declarations.
using Text = std::string;
typedef std::regex Pattern;
namespace rx = std;

void spellings(Text &text, const Pattern &pattern, std::pmr::string &pooled) {
  text = rx::regex_replace(text, pattern, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::regex_replace' copies 'text' into a new 'std::string' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'std::regex_replace' copies 'text' {{.*}}
  // CHECK-FIXES: {{^}}  if (rx::regex_search(text, pattern)) text = rx::regex_replace(text, pattern, "x");{{$}}
  using std::regex_replace;
  text = regex_replace(text, pattern, "y");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::regex_replace' copies 'text' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'std::regex_replace' copies 'text' {{.*}}
  // CHECK-FIXES: {{^}}  if (regex_search(text, pattern)) text = regex_replace(text, pattern, "y");{{$}}
  pooled = std::regex_replace(pooled, pattern, "z");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::regex_replace' copies 'pooled' into a new 'std::basic_string' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:12: warning: 'std::regex_replace' copies 'pooled' {{.*}}
  // CHECK-FIXES: {{^}}  if (std::regex_search(pooled, pattern)) pooled = std::regex_replace(pooled, pattern, "z");{{$}}
}

void boostReplace(std::string &line, const boost::regex &re) {
  line = boost::regex_replace(line, re, "***");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'boost::regex_replace' copies 'line' into a new 'std::string' even when nothing matches; guard the assignment with 'boost::regex_search' [allochunt-regex-result-copy]
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'boost::regex_replace' copies 'line' {{.*}}
  // CHECK-FIXES: {{^}}  if (boost::regex_search(line, re)) line = boost::regex_replace(line, re, "***");{{$}}
  line = boost::regex_replace(line, re, "#", boost::match_default | boost::format_all);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'boost::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'boost::regex_replace' copies 'line' {{.*}}
  // CHECK-FIXES: {{^}}  if (boost::regex_search(line, re)) line = boost::regex_replace(line, re, "#", boost::match_default | boost::format_all);{{$}}
}

// Warned, but the guard cannot be added safely: no fix-it.
struct Redactor {
  std::string buffer;
  // A member: another thread or callee may see it between search and replace.
  void run(const std::regex &re) {
    buffer = std::regex_replace(buffer, re, "x");
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'std::regex_replace' copies 'buffer' {{.*}}
    // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:14: warning: 'std::regex_replace' copies 'buffer' {{.*}}
  }
};

void unsafeGuards(std::string &line, const std::regex &re, bool enabled) {
  // The regex expression would be evaluated twice.
  line = std::regex_replace(line, nextPattern(), "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:10: warning: 'std::regex_replace' copies 'line' {{.*}}
  // An `if` inserted here would take the `else`.
  if (enabled)
    line = std::regex_replace(line, re, "x");
  else
    line.clear();
  // CHECK-MESSAGES: :[[@LINE-3]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-4]]:12: warning: 'std::regex_replace' copies 'line' {{.*}}
}

#define REDACT(s, re) s = std::regex_replace(s, re, "***")
void inMacro(std::string &line, const std::regex &re) {
  REDACT(line, re);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::regex_replace' copies 'line' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:3: warning: 'std::regex_replace' copies 'line' {{.*}}
}

// Templates: dependent code is left alone; non-dependent code is reported
// once, however often the template is instantiated.
template <class S> void dependentSubject(S &s, const std::regex &re) {
  s = std::regex_replace(s, re, "x");
}
template <int N> void fixedSubject(std::string &s, const std::regex &re) {
  s = std::regex_replace(s, re, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'std::regex_replace' copies 's' {{.*}}
  // CHECK-MESSAGES-NOGUARD: :[[@LINE-2]]:7: warning: 'std::regex_replace' copies 's' {{.*}}
  // CHECK-FIXES: {{^}}  if (std::regex_search(s, re)) s = std::regex_replace(s, re, "x");{{$}}
}
void instantiateReplacements(std::string &s, std::pmr::string &p,
                             const std::regex &re) {
  dependentSubject(s, re);
  dependentSubject(p, re);
  fixedSubject<1>(s, re);
  fixedSubject<2>(s, re);
}

// Not flagged: the result does not replace its own input, or there is no
// copy to save.
std::string replacementsThatAreNeeded(std::string &line, const std::regex &re,
                                      const char *cstr,
                                      std::regex_constants::match_flag_type flags) {
  std::string out = std::regex_replace(line, re, "x"); // a new variable
  out = std::regex_replace(line, re, "y");             // input and target differ
  use(line);
  std::regex_replace(std::back_inserter(out), line.begin(), line.end(), re, "z");
  // format_no_copy keeps only the replacements: the result is not a copy.
  line = std::regex_replace(line, re, "$1", std::regex_constants::format_no_copy);
  line = std::regex_replace(line, re, "$1", flags); // might hold format_no_copy
  out = std::regex_replace(cstr, re, "w");
  return std::regex_replace(line, re, "v");
}

void alreadyGuarded(std::string &line, const std::vector<std::regex> &patterns) {
  for (const std::regex &re : patterns) {
    if (std::regex_search(line, re))
      line = std::regex_replace(line, re, "***");
  }
  for (const std::regex &re : patterns) {
    std::smatch m;
    if (std::regex_search(line, m, re) && m.size() > 1) {
      use(m[1].str());
      line = std::regex_replace(line, re, "***");
    }
  }
  for (const std::regex &re : patterns) {
    if (!std::regex_search(line, re))
      continue;
    line = std::regex_replace(line, re, "***");
  }
  while (std::regex_search(line, patterns.front()))
    line = std::regex_replace(line, patterns.front(), "",
                              std::regex_constants::format_first_only);
}

void suppressed(std::string &line, const std::regex &re) {
  line = std::regex_replace(line, re, "x"); // NOLINT(allochunt-regex-result-copy)
  // NOLINTNEXTLINE(allochunt-regex-result-copy)
  line = std::regex_replace(line, re, "y");
}

void boostNotFlagged(std::string &line, const boost::regex &re) {
  line = boost::regex_replace(line, re, "", boost::format_no_copy);
  line = boost::regex_replace(line, re, "", boost::regex_constants::match_partial);
}

#endif // form 1

#ifndef OTHER_RUN
//===----------------------------------------------------------------------===//
// Form 2: a sub-match copied into a string only to be compared.
//===----------------------------------------------------------------------===//

bool isGet(const std::smatch &m) {
  return m[1].str() == "GET";
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sub-match copied into a temporary 'std::string' only to be compared; compare the 'std::sub_match' directly [allochunt-regex-result-copy]
  // CHECK-FIXES: {{^}}  return m[1] == "GET";{{$}}
}

bool sameMethod(const std::smatch &m, const std::string &method) {
  return m.str(2) != method;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  return m[2] != method;{{$}}
}

bool conversions(const std::smatch &m, const std::string &x) {
  bool a = std::string(m[1]) == x;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool a = m[1] == x;{{$}}
  bool b = std::string{m[3]} == "x";
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool b = m[3] == "x";{{$}}
  bool c = static_cast<std::string>(m[1]) != x;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool c = m[1] != x;{{$}}
  bool d = (std::string)m[1] < x;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool d = m[1] < x;{{$}}
  return a && b && c && d;
}

bool operandsAndOrder(const std::smatch &m, const std::string &line,
                      const char *name, const char (&buffer)[8]) {
  bool a = "GET" == m[1].str();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool a = "GET" == m[1];{{$}}
  bool b = m.str() == line;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool b = m[0] == line;{{$}}
  bool c = m[1].str() >= name && m[2].str() <= buffer;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: sub-match copied {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:39: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool c = m[1] >= name && m[2] <= buffer;{{$}}
  bool d = m[1].str() == m[2].str();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: sub-match copied {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:31: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool d = m[1] == m[2];{{$}}
  bool e = m[1].str() == m[2];
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool e = m[1] == m[2];{{$}}
  bool f = m[1].str().compare("GET") == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool f = m[1].compare("GET") == 0;{{$}}
  return a && b && c && d && e && f;
}

bool subMatchesAndIterators(const std::string &text, const std::regex &re,
                            const std::smatch &m) {
  const std::ssub_match &method = m[1];
  bool found = method.str() == "GET";
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  bool found = method == "GET";{{$}}
  for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
    found = found || it->str(1) == "x";
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}    found = found || (*it)[1] == "x";{{$}}
  for (std::sregex_token_iterator tok(text.begin(), text.end(), re), end; tok != end; ++tok)
    found = found || tok->str() == "y" || tok->str().compare("z") == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: sub-match copied {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:48: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}    found = found || *tok == "y" || (*tok).compare("z") == 0;{{$}}
  return found;
}

bool otherCharacterTypes(const char *request, const std::wstring &wide) {
  static const std::regex Request("(\\w+) (\\S+)");
  static const std::wregex Wide(L"(\\w+)");
  std::cmatch cm;
  std::wsmatch wm;
  return std::regex_match(request, cm, Request) && cm[1].str() == "GET" &&
         std::regex_match(wide, wm, Wide) && wm[1].str() == L"x";
  // CHECK-MESSAGES: :[[@LINE-2]]:58: warning: sub-match copied into a temporary 'std::string' {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:52: warning: sub-match copied into a temporary 'std::wstring' {{.*}}
  // CHECK-FIXES: {{^}}  return std::regex_match(request, cm, Request) && cm[1] == "GET" &&{{$}}
  // CHECK-FIXES: {{^}}         std::regex_match(wide, wm, Wide) && wm[1] == L"x";{{$}}
}

// A named copy only ever compared: warned, no fix-it (the sub_match refers
// into the searched string, which must outlive every comparison).
int route(const std::string &line) {
  static const std::regex Request("(\\w+) (\\S+)");
  std::smatch m;
  if (!std::regex_match(line, m, Request))
    return -1;
  std::string method = m[1];
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'method' copies a sub-match into a new 'std::string' but is only compared; compare the 'std::sub_match' directly [allochunt-regex-result-copy]
  auto version = m.str(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'version' copies a sub-match {{.*}}
  const std::string &path = m[2].str();
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'path' copies a sub-match {{.*}}
  if (method == "GET" && version != "1.0" && path.compare("/") == 0)
    return 1;
  if ("POST" == method)
    return 2;
  return 0;
}

// Not flagged: the named copy outlives the match or the text it came from.
int namedCopiesThatAreNeeded(std::string line, const std::regex &re) {
  std::smatch m;
  if (!std::regex_search(line, m, re))
    return 0;
  std::string first = m[1];
  int count = 0;
  while (std::regex_search(line, m, re)) { // m moves on
    count += first == "x";
    line = m.suffix().str();
  }
  std::smatch n;
  std::regex_search(line, n, re);
  std::string key = n[1];
  line.clear(); // the searched string changes
  for (std::sregex_iterator it(line.begin(), line.end(), re), end; it != end; ++it) {
    std::string word = it->str(); // an iterator: not traced
    count += word == "w";
  }
  return count + (key == "k");
}

// Compared with a std::string_view: no sub_match comparison takes one, so
// a warning without fix-it (the NOTES run pins the note).
bool viewOperand(const std::smatch &m, std::string_view expected) {
  return m[1].str() == expected;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sub-match copied {{.*}}
}

#define IS_GET(m) ((m)[1].str() == "GET")
#define CHECK_TRUE(cond) ((cond) ? 1 : 0)
int subMatchInMacros(const std::smatch &m) {
  return IS_GET(m) + CHECK_TRUE(m[2].str() == "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: sub-match copied {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:38: warning: sub-match copied {{.*}}
}

template <int N> bool nonDependentCompare(const std::smatch &m) {
  return m[N].str() == "x";
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: sub-match copied {{.*}}
  // CHECK-FIXES: {{^}}  return m[N] == "x";{{$}}
}
template <class Match> bool dependentCompare(const Match &m) {
  return m[1].str() == "x";
}
bool instantiateCompares(const std::smatch &sm, const std::cmatch &cm) {
  auto generic = [](const auto &match) { return match[1].str() == "y"; };
  return nonDependentCompare<1>(sm) && nonDependentCompare<2>(sm) &&
         dependentCompare(sm) && dependentCompare(cm) && generic(sm) && generic(cm);
}

// Not flagged: the string is needed, or the comparison is not one a
// sub_match offers.
struct Token {};
bool operator==(const std::string &, const Token &);
int stoiLike(const std::string &);
std::string stringsThatAreNeeded(const std::smatch &m, const std::cmatch &cm,
                                 const std::string &x, std::vector<std::string> &out,
                                 const Token &token) {
  out.push_back(m[1].str());                // stored
  std::string moved = m[1];
  out.push_back(std::move(moved));          // moved
  std::string kept = m.str(2);
  use(kept);                                // passed on as a string
  bool a = x.compare(m[1].str()) == 0;      // the argument of compare()
  bool b = m[1].str().size() > 3;           // measured, not compared
  bool c = m[1].str() + "/" == x;           // concatenated first
  bool d = stoiLike(m[1].str()) == 3;       // converted first
  bool e = m[1].str().compare(0, 3, "GET") == 0; // a substring compare
  bool f = m[1].str() == token;             // a user-defined comparison
  bool g = m[1].str() == cm[1].str();       // sub_matches of different kinds
  for (std::string part : m)                // a loop variable
    a = a || part == "x";
  if (a && b && c && d && e && f && g)
    return m[3];                            // returned
  std::string returned = m[4];
  return returned;
}

bool boostSubMatches(const std::string &line, const boost::regex &re) {
  boost::smatch m;
  return boost::regex_search(line, m, re) && m[1].str() == "x" && m.str(2) == "y";
}

bool suppressedCompare(const std::smatch &m) {
  return m[1].str() == "x"; // NOLINT(allochunt-regex-result-copy)
}

//===----------------------------------------------------------------------===//
// Form 3: a temporary string built only to be searched or matched.
//===----------------------------------------------------------------------===//

struct Request {
  std::string_view path;
  std::string body;
};

bool temporarySubjects(std::string_view sv, const char *p, const std::string &line,
                       const Request &req, const std::regex &re) {
  bool a = std::regex_search(std::string(sv), re);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: temporary 'std::string' constructed only to be searched by 'std::regex_search'; pass the view's iterators instead [allochunt-regex-result-copy]
  // CHECK-FIXES: {{^}}  bool a = std::regex_search(sv.begin(), sv.end(), re);{{$}}
  bool b = std::regex_match(std::string(p), re);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: temporary 'std::string' constructed only to be matched by 'std::regex_match'; pass the C string instead [allochunt-regex-result-copy]
  // CHECK-FIXES: {{^}}  bool b = std::regex_match(p, re);{{$}}
  bool c = std::regex_match(std::string{sv}, re);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: temporary 'std::string' {{.*}}
  // CHECK-FIXES: {{^}}  bool c = std::regex_match(sv.begin(), sv.end(), re);{{$}}
  bool d = std::regex_search(static_cast<std::string>(req.path), re,
                             std::regex_constants::match_not_bol);
  // CHECK-MESSAGES: :[[@LINE-2]]:30: warning: temporary 'std::string' {{.*}}
  // CHECK-FIXES: {{^}}  bool d = std::regex_search(req.path.begin(), req.path.end(), re,{{$}}
  bool e = std::regex_search(std::string(line), re);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: temporary 'std::string' constructed only to be searched by 'std::regex_search'; pass the original string instead [allochunt-regex-result-copy]
  // CHECK-FIXES: {{^}}  bool e = std::regex_search(line, re);{{$}}
  std::string f = std::regex_replace(std::string(p), re, "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: temporary 'std::string' constructed only to be read by 'std::regex_replace'; pass the C string instead [allochunt-regex-result-copy]
  // CHECK-FIXES: {{^}}  std::string f = std::regex_replace(p, re, "x");{{$}}
  char buffer[16] = "abc";
  bool g = std::regex_match(std::string(buffer), re);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: temporary 'std::string' {{.*}}
  // CHECK-FIXES: {{^}}  bool g = std::regex_match(buffer, re);{{$}}
  bool h = std::regex_search(std::string(pathOf(1)), re);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: temporary 'std::string' {{.*}}
  return a && b && c && d && e && f.empty() && g && h;
}

bool boostTemporarySubjects(std::string_view sv, const char *p, const boost::regex &re) {
  return boost::regex_search(std::string(sv), re) && boost::regex_match(std::string(p), re);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: temporary 'std::string' constructed only to be searched by 'boost::regex_search'; {{.*}}
  // CHECK-MESSAGES: :[[@LINE-2]]:73: warning: temporary 'std::string' constructed only to be matched by 'boost::regex_match'; {{.*}}
  // CHECK-FIXES: {{^}}  return boost::regex_search(sv.begin(), sv.end(), re) && boost::regex_match(p, re);{{$}}
}

#define SEARCH_VIEW(view, re) std::regex_search(std::string(view), re)
bool temporaryInMacro(std::string_view sv, const std::regex &re) {
  return SEARCH_VIEW(sv, re);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: temporary 'std::string' {{.*}}
}

template <class View> bool dependentView(View v, const std::regex &re) {
  return std::regex_search(std::string(v), re);
}
template <int N> bool fixedTemporary(std::string_view v, const std::regex &re) {
  return std::regex_search(std::string(v), re);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: temporary 'std::string' {{.*}}
  // CHECK-FIXES: {{^}}  return std::regex_search(v.begin(), v.end(), re);{{$}}
}
bool instantiateTemporaries(std::string_view v, const std::regex &re) {
  return dependentView(v, re) && dependentView("x", re) &&
         fixedTemporary<1>(v, re) && fixedTemporary<2>(v, re);
}

// Not flagged: no copy, or no overload that takes the source.
bool subjectsThatAreNeeded(std::string_view sv, const char *p, std::size_t n,
                           std::string &line, const std::regex &re, std::smatch &m) {
  bool a = std::regex_search(std::string(makeString()), re); // no copy: elided
  bool b = std::regex_search(std::string(std::move(line)), re); // moved from
  bool c = std::regex_search(line, re);
  bool d = std::regex_search(std::string(p, n), re);        // pointer and length
  bool e = std::regex_search(std::string(3, 'x'), re);
  std::string f = std::regex_replace(std::string(sv), re, "x"); // no view overload
  bool g = std::regex_search(std::string(sv) + "x", re);
  bool h = std::regex_search(m[1].str(), re);
  bool i = std::regex_search(std::string(sv), re); // NOLINT(allochunt-regex-result-copy)
  return a && b && c && d && e && f.empty() && g && h && i;
}

#endif // !OTHER_RUN

//===----------------------------------------------------------------------===//
// C++20: three-way comparison (the CXX20 run).
//===----------------------------------------------------------------------===//
#ifdef CXX20_RUN
bool spaceship(const std::smatch &m, const std::string &x) {
  bool a = (m[1].str() <=> "GET") < 0;
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:18: warning: sub-match copied {{.*}}
  // CHECK-FIXES-CXX20: {{^}}  bool a = (m[1] <=> "GET") < 0;{{$}}
  bool b = m.str(1) > x;
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:14: warning: sub-match copied {{.*}}
  // CHECK-FIXES-CXX20: {{^}}  bool b = m[1] > x;{{$}}
  bool c = x != m[2].str();
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:22: warning: sub-match copied {{.*}}
  // CHECK-FIXES-CXX20: {{^}}  bool c = x != m[2];{{$}}
  return a && b && c;
}
#endif

//===----------------------------------------------------------------------===//
// Notes (the NOTES run): why no fix-it is offered.
//===----------------------------------------------------------------------===//
#ifdef NOTES_RUN
bool notes(const std::smatch &m, std::string_view expected, const std::regex &re) {
  std::string scheme = m[1];
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:15: warning: 'scheme' copies a sub-match {{.*}}
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:15: note: no automatic fix: a 'std::sub_match' refers into the searched string, which must stay unchanged until the last comparison
  bool a = m[2].str() == expected;
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: sub-match copied {{.*}}
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:26: note: 'std::sub_match' has no comparison with 'std::string_view'; compare a view of the matched characters instead
  bool b = std::regex_search(std::string(pathOf(2)), re);
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:30: warning: temporary 'std::string' {{.*}}
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:42: note: store the view in a variable to pass its 'begin()' and 'end()' without evaluating it twice
  return scheme == "https" && a && b;
}
#endif

//===----------------------------------------------------------------------===//
// A header (the HEADER run, with -header-filter): warnings, no fix-its.
//===----------------------------------------------------------------------===//
#ifdef HEADER_RUN
#include "regex-result-copy.h"
// CHECK-MESSAGES-HEADER: regex-result-copy.h:12:15: warning: 'method' copies a sub-match into a new 'std::string' but is only compared; compare the 'std::sub_match' directly [allochunt-regex-result-copy]
// CHECK-MESSAGES-HEADER: regex-result-copy.h:17:15: warning: sub-match copied into a temporary 'std::string' only to be compared; compare the 'std::sub_match' directly [allochunt-regex-result-copy]
bool useHeader(const std::string &line) { return isDeleteRequest(line); }
#endif
