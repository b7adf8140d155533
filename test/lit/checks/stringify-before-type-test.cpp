// RUN: %check_allochunt %s allochunt-stringify-before-type-test %t -- -header-filter='.*stringify-before-type-test.h' -- -I%S/Inputs
// RUN: %check_allochunt -check-suffixes=OPT %S/Inputs/stringify-before-type-test-options.cpp allochunt-stringify-before-type-test %t-options -- -config="{CheckOptions: {allochunt-stringify-before-type-test.KindAccessors: 'status;::db::Error::category', allochunt-stringify-before-type-test.StringifyFunctions: 'describe'}}"
// RUN: %check_allochunt -expect-clang-tidy-error -check-suffixes=BAD %S/Inputs/stringify-before-type-test-options.cpp allochunt-stringify-before-type-test %t-bad -- -config="{CheckOptions: {allochunt-stringify-before-type-test.KindAccessors: 'kind()'}}"

#include <exception>
#include <string>
#include <typeinfo>
#include <variant>
#include <vector>
#include "stringify-before-type-test.h"

// Boost is not installed: the shape of its case conversion.
namespace boost::algorithm {
std::string to_lower_copy(const std::string &s);
} // namespace boost::algorithm

struct DbError {
  int code;
  std::string message;
};
struct NetError {
  int status;
};
using Error = std::variant<DbError, NetError>;
std::string to_string(const Error &e);

enum class Kind { Db, Net };
struct Failure {
  Kind kind() const;
  std::string describe() const;
  std::string toString() const;
};

struct DbException : std::exception {
  const char *what() const noexcept override;
};

void log(const std::string &s);
bool consume(std::string &s);
bool accept(std::string s);

// ===== 1. Same condition: the string is made before the other operand tests the type.

bool sameCondition(const Error &err, const Failure &f) {
  bool r = to_string(err).find("unique") != std::string::npos &&
           std::holds_alternative<DbError>(err);
  // CHECK-NOTES: :[[@LINE-2]]:12: warning: 'to_string' allocates a string from 'err' before 'err' is tested for its type; test it first [allochunt-stringify-before-type-test]
  // CHECK-NOTES: :[[@LINE-2]]:12: note: 'err' is tested here
  // CHECK-FIXES: bool r = std::holds_alternative<DbError>(err) &&
  // CHECK-FIXES-NEXT: to_string(err).find("unique") != std::string::npos;
  r |= boost::algorithm::to_lower_copy(to_string(err)).find("unique") != std::string::npos && err.index() == 0;
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'boost::algorithm::to_lower_copy' allocates a string from 'err' before 'err' is tested for its type; test it first
  // CHECK-NOTES: :[[@LINE-2]]:95: note: 'err' is tested here
  // CHECK-FIXES: r |= err.index() == 0 && boost::algorithm::to_lower_copy(to_string(err)).find("unique") != std::string::npos;
  r |= f.toString() == "db" || f.kind() == Kind::Db;
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'Failure::toString' allocates a string from 'f'
  // CHECK-NOTES: :[[@LINE-2]]:32: note: 'f' is tested here
  // CHECK-FIXES: r |= f.kind() == Kind::Db || f.toString() == "db";
  r |= to_string(err).size() > 3 && std::get_if<NetError>(&err) != nullptr;
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'to_string' allocates a string from 'err'
  // CHECK-NOTES: :[[@LINE-2]]:37: note: 'err' is tested here
  // CHECK-FIXES: r |= std::get_if<NetError>(&err) != nullptr && to_string(err).size() > 3;
  return r;
}

// Reported, not swapped: consume() may have side effects.
bool sideEffects(const Error &err, std::string &buffer) {
  return to_string(err) == "db" && consume(buffer) && std::holds_alternative<DbError>(err);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'to_string' allocates a string from 'err'
  // CHECK-NOTES: :[[@LINE-2]]:55: note: 'err' is tested here
}

// Reported, not swapped: a failed dynamic_cast to a reference throws.
bool throwingTest(const std::exception &e) {
  return boost::algorithm::to_lower_copy(e.what()) == "x" && dynamic_cast<const DbException &>(e).what()[0] == 'u';
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'boost::algorithm::to_lower_copy' allocates a string from 'e'
  // CHECK-NOTES: :[[@LINE-2]]:62: note: 'e' is tested here
}

// ===== 2. Sequential: made before a test that leaves, used only after it.

bool isUniqueViolation(const Error &err) {
  std::string message = boost::algorithm::to_lower_copy(to_string(err));
  if (!std::holds_alternative<DbError>(err))
    return false;
  return message.find("unique") != std::string::npos;
}
// CHECK-NOTES: :[[@LINE-5]]:15: warning: string 'message' is made from 'err' before 'err' is tested for its type, but used only after that test; every case pays for the allocation [allochunt-stringify-before-type-test]
// CHECK-NOTES: :[[@LINE-5]]:8: note: 'err' is tested here
// CHECK-FIXES: bool isUniqueViolation(const Error &err) {
// CHECK-FIXES-NEXT: {{^}}  if (!std::holds_alternative<DbError>(err))
// CHECK-FIXES-NEXT: {{^}}    return false;
// CHECK-FIXES-NEXT: {{^}}  std::string message = boost::algorithm::to_lower_copy(to_string(err));
// CHECK-FIXES-NEXT: {{^}}  return message.find("unique") != std::string::npos;

std::size_t inLoop(const std::vector<Error> &errors) {
  std::size_t total = 0;
  for (const Error &err : errors) {
    const std::string text = to_string(err);
    if (err.index() != 1) {
      continue;
    }
    total += text.size();
  }
  return total;
}
// CHECK-NOTES: :[[@LINE-8]]:23: warning: string 'text' is made from 'err' before 'err' is tested for its type, but used only after that test
// CHECK-NOTES: :[[@LINE-8]]:9: note: 'err' is tested here
// CHECK-FIXES: for (const Error &err : errors) {
// CHECK-FIXES-NEXT: {{^}}    if (err.index() != 1) {
// CHECK-FIXES-NEXT: {{^}}      continue;
// CHECK-FIXES-NEXT: {{^}}    }
// CHECK-FIXES-NEXT: {{^}}    const std::string text = to_string(err);
// CHECK-FIXES-NEXT: {{^}}    total += text.size();

std::string byKind(const Failure &f) {
  std::string text = f.toString();
  const int unrelated = 3;
  if (f.kind() == Kind::Net) {
    log("net failure");
    return text;
  }
  return std::to_string(unrelated);
}
// CHECK-NOTES: :[[@LINE-8]]:15: warning: string 'text' is made from 'f' before 'f' is tested for its type, but used only inside that test
// CHECK-NOTES: :[[@LINE-7]]:7: note: 'f' is tested here
// CHECK-FIXES: std::string byKind(const Failure &f) {
// CHECK-FIXES-NEXT: {{^}}  const int unrelated = 3;
// CHECK-FIXES-NEXT: {{^}}  if (f.kind() == Kind::Net) {
// CHECK-FIXES-NEXT: {{^}}    std::string text = f.toString();
// CHECK-FIXES-NEXT: {{^}}    log("net failure");

// Reported, not moved: log() may change what f describes.
std::string notMoved(const Failure &f) {
  std::string text = f.toString();
  log("classifying");
  if (f.kind() != Kind::Db)
    return "other";
  return text;
}
// CHECK-NOTES: :[[@LINE-6]]:15: warning: string 'text' is made from 'f'
// CHECK-NOTES: :[[@LINE-5]]:7: note: 'f' is tested here

// Reported, not moved: the if statement has an initializer (C++17).
std::string withInitializer(const Error &err) {
  std::string text = to_string(err);
  if (const bool db = std::holds_alternative<DbError>(err); !db)
    return "other";
  return text;
}
// CHECK-NOTES: :[[@LINE-5]]:15: warning: string 'text' is made from 'err'
// CHECK-NOTES: :[[@LINE-5]]:23: note: 'err' is tested here

// ===== 3. In a catch block: every exception's message, needed for one type.

int classify(const std::exception &e);
int handler() {
  try {
    return 0;
  } catch (const std::exception &e) {
    std::string msg = e.what();
    if (const auto *db = dynamic_cast<const DbException *>(&e)) {
      log(msg);
      return 1;
    }
    return classify(e);
  }
}
// CHECK-NOTES: :[[@LINE-8]]:17: warning: string 'msg' is made from 'e' before 'e' is tested for its type, but used only inside that test
// CHECK-NOTES: :[[@LINE-8]]:26: note: 'e' is tested here
// CHECK-FIXES: } catch (const std::exception &e) {
// CHECK-FIXES-NEXT: {{^}}    if (const auto *db = dynamic_cast<const DbException *>(&e)) {
// CHECK-FIXES-NEXT: {{^}}      std::string msg = e.what();
// CHECK-FIXES-NEXT: {{^}}      log(msg);

int rethrow(const std::exception &e) {
  const std::string msg(e.what());
  if (typeid(e) != typeid(DbException)) {
    throw;
  }
  return static_cast<int>(msg.size());
}
// CHECK-NOTES: :[[@LINE-6]]:21: warning: string 'msg' is made from 'e' before 'e' is tested for its type, but used only after that test
// CHECK-NOTES: :[[@LINE-6]]:7: note: 'e' is tested here
// CHECK-FIXES: int rethrow(const std::exception &e) {
// CHECK-FIXES-NEXT: {{^}}  if (typeid(e) != typeid(DbException)) {
// CHECK-FIXES-NEXT: {{^}}    throw;
// CHECK-FIXES-NEXT: {{^}}  }
// CHECK-FIXES-NEXT: {{^}}  const std::string msg(e.what());

// ===== Negative cases: nothing to report.

struct Holder {
  Error err;
  bool member() const {
    // The test already runs first (a member is a subject too).
    return std::holds_alternative<DbError>(err) && to_string(err) == "x";
  }
};

bool negatives(const Error &err, const Error &other, const Failure &f, int n,
               const std::exception &e) {
  bool r = false;
  // The test is about another value.
  r |= to_string(err) == "x" && std::holds_alternative<DbError>(other);
  // The test already runs first.
  r |= std::get_if<NetError>(&err) != nullptr && to_string(err).empty();
  // No type test, only a comparison of numbers.
  r |= to_string(err) == "x" && n == 3;
  // describe() is not one of KindAccessors.
  r |= f.toString() == "x" && f.describe() == "db";
  // The string is not only read: it is passed on.
  r |= accept(to_string(err)) && std::holds_alternative<DbError>(err);
  // The left operand tests the type already.
  r |= (std::holds_alternative<DbError>(err) || to_string(err) == "x") && err.index() == 1;
  // Built from characters, not made by a producer: allochunt-temporary-lookup-key
  // searches the characters directly instead.
  r |= std::string(e.what()).find("unique") != std::string::npos && typeid(e) == typeid(DbException);
  // One character of the message is not followed back to 'e'.
  r |= std::to_string(e.what()[0]).size() == 1 && dynamic_cast<const DbException *>(&e) != nullptr;
  // typeid not compared with another typeid is no type test.
  r |= to_string(err) == "x" && typeid(err).name()[0] == 'x';
  return r;
}

std::string usedBefore(const Error &err) {
  // Used before the test.
  std::string text = to_string(err);
  log(text);
  if (!std::holds_alternative<DbError>(err))
    return "";
  return text;
}

std::string usedOnBothSides(const Error &err) {
  // Used in the branch and after it.
  std::string text = to_string(err);
  if (std::holds_alternative<DbError>(err)) {
    log(text);
  }
  return text;
}

std::string usedInTest(const Error &err) {
  // Used in the condition itself.
  std::string text = to_string(err);
  if (!std::holds_alternative<DbError>(err) || text.empty())
    return "";
  return text;
}

std::string notLeaving(const Error &err) {
  // The test does not leave, and the string is used after it: needed on every path.
  std::string text = to_string(err);
  if (!std::holds_alternative<DbError>(err))
    log("not a database error");
  return text;
}

std::string withElse(const Error &err) {
  // An else branch: the string is used on both paths.
  std::string text = to_string(err);
  if (std::holds_alternative<DbError>(err)) {
    return text;
  } else {
    return text + "!";
  }
}

std::string tooFar(const Error &err) {
  // More statements between the string and the test than the check looks at.
  std::string text = to_string(err);
  int a = 1; int b = 2; int c = 3; int d = 4; int e = 5; int g = 6; int h = 7; int i = 8;
  if (!std::holds_alternative<DbError>(err))
    return std::to_string(a + b + c + d + e + g + h + i);
  return text;
}

std::string notFromTheSubject(const Error &err, const Failure &f) {
  // Made from another value than the one tested.
  std::string text = f.toString();
  if (!std::holds_alternative<DbError>(err))
    return "";
  return text;
}

std::string suppressed(const Error &err) {
  std::string text = to_string(err); // NOLINT(allochunt-stringify-before-type-test)
  if (!std::holds_alternative<DbError>(err))
    return "";
  return text;
}

// ===== Templates: dependent tests are left alone; others reported once.

template <class V> bool dependent(const V &v) {
  return to_string(v) == "x" && std::holds_alternative<DbError>(v);
}
template <class T> bool independent(T, const Error &err) {
  return to_string(err) == "x" && std::holds_alternative<DbError>(err);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'to_string' allocates a string from 'err'
  // CHECK-NOTES: :[[@LINE-2]]:35: note: 'err' is tested here
  // CHECK-FIXES: return std::holds_alternative<DbError>(err) && to_string(err) == "x";
}
bool instantiate(const Error &err) {
  return dependent(err) && independent(1, err) && independent(2.0, err);
}

// ===== Macros: reported, never fixed.

#define IS_DB(e) std::holds_alternative<DbError>(e)
#define TEXT(e) to_string(e)
bool macros(const Error &err) {
  bool r = TEXT(err) == "x" && IS_DB(err);
  return r;
}
// CHECK-NOTES: :[[@LINE-3]]:12: warning: 'to_string' allocates a string from 'err'
// CHECK-NOTES: :[[@LINE-6]]:17: note: expanded from macro 'TEXT'
// CHECK-NOTES: :[[@LINE-5]]:32: note: 'err' is tested here
// CHECK-NOTES: :[[@LINE-9]]:18: note: expanded from macro 'IS_DB'

std::string macroDeclaration(const Error &err) {
  std::string text = TEXT(err);
  if (!IS_DB(err))
    return "";
  return text;
}
// CHECK-NOTES: :[[@LINE-5]]:15: warning: string 'text' is made from 'err'
// CHECK-NOTES: :[[@LINE-5]]:8: note: 'err' is tested here
// CHECK-NOTES: :[[@LINE-19]]:18: note: expanded from macro 'IS_DB'

// ===== The header's case is reported with -header-filter.
// CHECK-NOTES: stringify-before-type-test.h:9:48: warning: 'Code::toString' allocates a string from 'c'
// CHECK-NOTES: stringify-before-type-test.h:9:82: note: 'c' is tested here
