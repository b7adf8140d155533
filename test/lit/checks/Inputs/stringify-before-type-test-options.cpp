// Run by stringify-before-type-test.cpp with KindAccessors set to
// 'status;::db::Error::category' and StringifyFunctions to 'describe' (OPT),
// and with an invalid KindAccessors (BAD).
#include <string>

enum class Status { Ok, Failed };
struct Response {
  Status status() const;
  int kind() const;
  std::string describe() const;
  std::string toString() const;
};
namespace db {
struct Error {
  int category() const;
  std::string describe() const;
};
struct Other {
  int category() const;
  std::string describe() const;
};
} // namespace db

bool configured(const Response &r, const db::Error &e, const db::Other &o) {
  bool b = r.describe() == "x" && r.status() == Status::Failed;
  // CHECK-NOTES-OPT: :[[@LINE-1]]:12: warning: 'Response::describe' allocates a string from 'r' before 'r' is tested for its type; test it first [allochunt-stringify-before-type-test]
  // CHECK-NOTES-OPT: :[[@LINE-2]]:35: note: 'r' is tested here
  // CHECK-FIXES-OPT: bool b = r.status() == Status::Failed && r.describe() == "x";
  // A qualified accessor matches only that class's method.
  b = b || (e.describe().empty() && e.category() == 2);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:13: warning: 'db::Error::describe' allocates a string from 'e'
  // CHECK-NOTES-OPT: :[[@LINE-2]]:37: note: 'e' is tested here
  // CHECK-FIXES-OPT: b = b || (e.category() == 2 && e.describe().empty());
  b = b || (o.describe().empty() && o.category() == 2);
  // The options replace the defaults: kind() is no accessor, toString() no producer.
  b = b || (r.describe() == "x" && r.kind() == 1);
  b = b || (r.toString() == "x" && r.status() == Status::Ok);
  return b;
}

// CHECK-MESSAGES-BAD: error: invalid name 'kind()' in option 'allochunt-stringify-before-type-test.KindAccessors': expected an identifier, optionally qualified with '::' [clang-tidy-config]
