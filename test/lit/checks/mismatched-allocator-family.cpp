// RUN: %check_allochunt %s allochunt-mismatched-allocator-family %t -- -header-filter='.*header.h' -- -I %S/Inputs/mismatched-allocator-family -isystem %S/Inputs/mismatched-allocator-family/system
// RUN: %check_allochunt -check-suffix=TABLE %s allochunt-mismatched-allocator-family %t -- -config="{CheckOptions: {allochunt-mismatched-allocator-family.LibraryFamilies: 'pool_alloc=pool_free;::g_malloc,g_strdup=g_free'}}" -- -DTABLE_ONLY -isystem %S/Inputs/mismatched-allocator-family/system
// RUN: %check_allochunt -check-suffix=NOTES %s allochunt-mismatched-allocator-family %t -- -- -DNOTES_ONLY -isystem %S/Inputs/mismatched-allocator-family/system
// RUN: %check_allochunt %S/Inputs/mismatched-allocator-family/own-strdup.cpp allochunt-mismatched-allocator-family %t-own
// RUN: %check_allochunt -check-suffix=BAD -expect-clang-tidy-error %s allochunt-mismatched-allocator-family %t -- -config="{CheckOptions: {allochunt-mismatched-allocator-family.LibraryFamilies: 'pool_alloc;a b=c'}}" -- -DTABLE_ONLY -isystem %S/Inputs/mismatched-allocator-family/system

// CHECK-NOTES-BAD: error: invalid entry 'pool_alloc' in option 'allochunt-mismatched-allocator-family.LibraryFamilies': expected allocation functions, '=', and the functions that release their memory, such as 'g_malloc,g_strdup=g_free', separated by ';' [clang-tidy-config]

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <stdlib.h>

#include "alloclibs.h"

void use(const char *text);
void fill(char *buffer, std::size_t size);
void reassign(char *&pointer);
bool condition();

#if defined(NOTES_ONLY)
//===--- Notes: where the memory was allocated -----------------------------===//

// A note shows the allocation when it is not in the release itself.
void noteForLocal(const char *name) {
  char *copy = strdup(name);
  use(copy);
  delete copy;
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' is released with 'delete'; use 'free' [allochunt-mismatched-allocator-family]
  // CHECK-NOTES-NOTES: :[[@LINE-4]]:16: note: the memory is allocated by 'strdup' here
}

void noteForOwner(const char *name) {
  char *raw = strdup(name);
  std::unique_ptr<char> owner(raw);
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:31: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
  // CHECK-NOTES-NOTES: :[[@LINE-3]]:15: note: the memory is allocated by 'strdup' here
}

class NoteForMember {
public:
  NoteForMember() : data_(new int[4]) {}
  ~NoteForMember() { delete data_; }
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:22: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
  // CHECK-NOTES-NOTES: :[[@LINE-3]]:27: note: the memory is allocated by 'new[]' here

private:
  int *data_;
};

// No note when the allocation is the released expression itself.
void noNoteInPlace() {
  free(new int(3));
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'free'; use 'delete' [allochunt-mismatched-allocator-family]
}

#elif defined(TABLE_ONLY)
//===--- The table replaced: only the configured families ----------------===//

void tablePool() {
  void *block = pool_alloc(8);
  std::free(block);
  // CHECK-MESSAGES-TABLE: :[[@LINE-1]]:3: warning: memory allocated by 'pool_alloc' is released with 'free'; use 'pool_free' [allochunt-mismatched-allocator-family]
}

void tableGlib() {
  char *copy = g_strdup("x");
  delete[] copy;
  // CHECK-MESSAGES-TABLE: :[[@LINE-1]]:3: warning: memory allocated by 'g_strdup' is released with 'delete[]'; use 'g_free' [allochunt-mismatched-allocator-family]
}

// Not in the configured table any more: SQLite's allocator is unknown.
void tableSqlite() {
  void *block = sqlite3_malloc(8);
  std::free(block);
}

#else
// The header's mismatch is reported in the header (checked at the end:
// clang-tidy lists diagnostics by file).
#include "header.h"

//===--- Positive: the C heap released by C++ -----------------------------===//

void mallocDelete() {
  int *values = static_cast<int *>(std::malloc(4 * sizeof(int)));
  values[0] = 1;
  delete values;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'delete'; use 'free' [allochunt-mismatched-allocator-family]
}

void callocDeleteArray() {
  char *zeroed = (char *)calloc(8, 1);
  delete[] zeroed;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'calloc' is released with 'delete[]'; use 'free' [allochunt-mismatched-allocator-family]
}

void reallocDelete() {
  char *grown = (char *)std::malloc(4);
  grown = (char *)std::realloc(grown, 8);
  delete grown;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'delete'; use 'free' [allochunt-mismatched-allocator-family]
}

void strdupDeleteArray(const char *name) {
  char *copy = strdup(name);
  use(copy);
  std::memset(copy, 'x', strlen(copy));
  delete[] copy;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' is released with 'delete[]'; use 'free' [allochunt-mismatched-allocator-family]
}

void strndupDelete(const char *name) {
  char *prefix = strndup(name, 3);
  if (prefix != nullptr && prefix[0] == 'x')
    std::printf("%s\n", prefix);
  delete prefix;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'strndup' is released with 'delete'; use 'free' [allochunt-mismatched-allocator-family]
}

void getlineDeleteArray(FILE *input) {
  char *line = nullptr;
  size_t capacity = 0;
  while (getline(&line, &capacity, input) > 0)
    use(line);
  delete[] line;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'getline' is released with 'delete[]'; use 'free' [allochunt-mismatched-allocator-family]
}

void asprintfDelete(int value) {
  char *text = nullptr;
  if (asprintf(&text, "%d", value) < 0)
    return;
  delete text;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'asprintf' is released with 'delete'; use 'free' [allochunt-mismatched-allocator-family]
}

void realpathDelete(const char *path) {
  char *resolved = realpath(path, nullptr);
  delete[] resolved;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'realpath' is released with 'delete[]'; use 'free' [allochunt-mismatched-allocator-family]
}

// Null on one path, malloc's memory on the other: every path that releases
// memory releases malloc's.
void conditionalAllocation() {
  char *maybe = nullptr;
  if (condition())
    maybe = static_cast<char *>(std::malloc(8));
  delete[] maybe;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'delete[]'; use 'free' [allochunt-mismatched-allocator-family]
}

//===--- Positive: C++'s heap released by free, new against delete[] ------===//

void newFree() {
  int *one = new int(1);
  free(one);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'free'; use 'delete' [allochunt-mismatched-allocator-family]
}

void newArrayFree() {
  double *many = new double[8];
  std::free(many);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'free'; use 'delete[]' [allochunt-mismatched-allocator-family]
}

void newDeleteArray() {
  int *one = new int(2);
  delete[] one;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'delete[]'; use 'delete' [allochunt-mismatched-allocator-family]
}

void newArrayDelete() {
  int *many = new int[8];
  many[7] = 0;
  delete many;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
  // CHECK-FIXES: {{^}}  delete[] many;{{$}}
}

void newArrayGlobalDelete() {
  char *bytes = new (std::nothrow) char[8];
  ::delete bytes;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
  // CHECK-FIXES: {{^}}  ::delete[] bytes;{{$}}
}

void releasedInPlace() {
  free(new int(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'free'; use 'delete' [allochunt-mismatched-allocator-family]
}

void operatorNewFree() {
  void *raw = ::operator new(16);
  free(raw);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'operator new' is released with 'free'; use 'operator delete' [allochunt-mismatched-allocator-family]
}

void inLambda() {
  auto release = [] {
    int *many = new int[2];
    delete many;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
    // CHECK-FIXES: {{^}}    delete[] many;{{$}}
  };
  release();
}

// Released on two paths, each with the wrong function (the shape of iccDEV
// pull request #94): both are reported.
bool releasedOnTwoPaths(const char *text, int size, double *out) {
  char *buffer = (char *)new char[size];
  std::strncpy(buffer, text, size);
  if (buffer[0] == 0) {
    free(buffer);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: memory allocated by 'new[]' is released with 'free'; use 'delete[]' [allochunt-mismatched-allocator-family]
    return false;
  }
  *out = std::atof(buffer);
  free(buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'free'; use 'delete[]' [allochunt-mismatched-allocator-family]
  return true;
}

//===--- Positive: smart pointers with the default deleter ----------------===//

void uniqueFromStrdup(const char *name) {
  std::unique_ptr<char> copy(strdup(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
  // CHECK-FIXES: {{^}}  std::unique_ptr<char, decltype(&std::free)> copy(strdup(name), &std::free);{{$}}
  use(copy.get());
}

void uniqueFromMallocBraces() {
  std::unique_ptr<int> counter{static_cast<int *>(std::malloc(sizeof(int)))};
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: memory allocated by 'malloc' is released with 'delete' by the default deleter of 'std::unique_ptr<int>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
  // CHECK-FIXES: {{^}}  std::unique_ptr<int, decltype(&std::free)> counter{static_cast<int *>(std::malloc(sizeof(int))), &std::free};{{$}}
  if (counter)
    *counter = 0;
}

void uniqueScalarFromArray() {
  std::unique_ptr<int> many(new int[4]);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: memory allocated by 'new[]' is released with 'delete' by the default deleter of 'std::unique_ptr<int>'; use 'std::unique_ptr<int[]>' [allochunt-mismatched-allocator-family]
}

void uniqueArrayFromScalar() {
  std::unique_ptr<int[]> one(new int(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: memory allocated by 'new' is released with 'delete[]' by the default deleter of 'std::unique_ptr<int[]>'; use 'std::unique_ptr<int>' [allochunt-mismatched-allocator-family]
}

void sharedFromStrdup(const char *name) {
  std::shared_ptr<char> shared(strdup(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::shared_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
}

void sharedScalarFromArray() {
  std::shared_ptr<int> many(new int[4]);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: memory allocated by 'new[]' is released with 'delete' by the default deleter of 'std::shared_ptr<int>'; use 'std::shared_ptr<int[]>' [allochunt-mismatched-allocator-family]
}

void resetFromStrdup(std::unique_ptr<char> &owner, const char *name) {
  owner.reset(strdup(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
}

std::unique_ptr<char> temporaryFromMalloc() {
  return std::unique_ptr<char>(static_cast<char *>(std::malloc(1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: memory allocated by 'malloc' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
}

// Warned, not fixed: the allocation is in another statement (a note shows
// it), the pointer is returned as a std::unique_ptr<char>, the type is an
// alias.
void uniqueFromVariable(const char *name) {
  char *raw = strdup(name);
  std::unique_ptr<char> owner(raw);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
}

std::unique_ptr<char> uniqueReturned(const char *name) {
  std::unique_ptr<char> owner(strdup(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
  return owner;
}

using CharOwner = std::unique_ptr<char>;
void uniqueThroughAlias(const char *name) {
  CharOwner owner(strdup(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
}

//===--- Positive: a member allocated in the constructor ------------------===//

class Buffer {
public:
  explicit Buffer(std::size_t size) : data_(static_cast<char *>(std::malloc(size))) {}
  ~Buffer() { delete[] data_; }
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: memory allocated by 'malloc' is released with 'delete[]'; use 'free' [allochunt-mismatched-allocator-family]
  char *data() const { return data_; }

private:
  char *data_;
};

class Table {
public:
  Table() { rows_ = new int[16]; }
  Table(const Table &) = delete;
  Table &operator=(const Table &) = delete;
  ~Table() { std::free(rows_); }
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: memory allocated by 'new[]' is released with 'free'; use 'delete[]' [allochunt-mismatched-allocator-family]
  void clear() { rows_[0] = 0; }

private:
  int *rows_ = nullptr;
};

//===--- Positive: library families ---------------------------------------===//

void glibFree() {
  void *block = g_malloc(32);
  std::free(block);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'g_malloc' is released with 'free'; use 'g_free' [allochunt-mismatched-allocator-family]
}

void mallocGlibFree() {
  char *text = static_cast<char *>(std::malloc(4));
  g_free(text);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'g_free'; use 'free' [allochunt-mismatched-allocator-family]
}

void libxmlFree(const xmlChar *name) {
  xmlChar *copy = xmlStrdup(name);
  free(copy);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'xmlStrdup' is released with 'free'; use 'xmlFree' [allochunt-mismatched-allocator-family]
}

void sqliteDelete() {
  char *sql = sqlite3_mprintf("select %d", 1);
  delete[] sql;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'sqlite3_mprintf' is released with 'delete[]'; use 'sqlite3_free' [allochunt-mismatched-allocator-family]
}

void curlFree(void *curl) {
  char *escaped = curl_easy_escape(curl, "a b", 3);
  free(escaped);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'curl_easy_escape' is released with 'free'; use 'curl_free' [allochunt-mismatched-allocator-family]
}

void opensslFree() {
  void *secret = OPENSSL_malloc(32);
  free(secret);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'CRYPTO_malloc' is released with 'free'; use 'CRYPTO_free' [allochunt-mismatched-allocator-family]
}

void mimallocAcrossLibraries() {
  void *block = mi_malloc(64);
  g_free(block);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'mi_malloc' is released with 'g_free'; use 'mi_free' [allochunt-mismatched-allocator-family]
}

//===--- Negative: each family released by its own function ---------------===//

void correctPairs(const char *name, FILE *input) {
  char *a = static_cast<char *>(std::malloc(8));
  std::free(a);
  int *b = new int(1);
  delete b;
  int *c = new int[4];
  delete[] c;
  char *d = strdup(name);
  free(d);
  char *line = nullptr;
  size_t capacity = 0;
  getline(&line, &capacity, input);
  free(line);
  void *e = ::operator new(8);
  ::operator delete(e);
  char *f = (char *)std::malloc(4);
  f = (char *)std::realloc(f, 8);
  std::free(f);
}

void correctLibraryPairs(const xmlChar *name, void *curl) {
  g_free(g_strdup("x"));
  xmlFree(xmlStrdup(name));
  sqlite3_free(sqlite3_mprintf("%d", 2));
  curl_free(curl_easy_escape(curl, "a", 1));
  OPENSSL_free(OPENSSL_malloc(4));
  mi_free(mi_malloc(4));
}

// realpath with a buffer returns the buffer, which is not heap memory: not
// an allocation (deleting it is another bug, not this one).
void realpathWithBuffer(const char *path, char *buffer) {
  char *resolved = realpath(path, buffer);
  delete[] resolved;
}

//===--- Negative: the pointer may hold other memory, or change hands -----===//

// Reassigned from another family in between: each release matches.
void reassignedBetween() {
  char *p = static_cast<char *>(std::malloc(8));
  std::free(p);
  p = new char[8];
  delete[] p;
}

// Conditionally reassigned from another family: the paths disagree.
void conditionallyReassigned() {
  char *p = static_cast<char *>(std::malloc(8));
  if (condition())
    p = new char[8];
  delete[] p;
}

void takeOwnership(char *owned);
// Passed to a function that may free it or keep it.
void passedToUnknownFunction(const char *name) {
  char *copy = strdup(name);
  takeOwnership(copy);
  delete copy;
}

// Filled by a function that takes a 'char *': it could free it as well.
void filledByUnknownFunction(const char *name) {
  char *copy = strdup(name);
  fill(copy, strlen(copy));
  delete[] copy;
}

// Copied into another variable, stored, or written through a reference.
struct Holder { char *held; };
void copiedOrStored(Holder &holder, const char *name) {
  char *a = strdup(name);
  char *alias = a;
  delete alias;
  delete a;
  char *b = strdup(name);
  holder.held = b;
  delete b;
  char *c = strdup(name);
  reassign(c);
  delete c;
  char *d = strdup(name);
  char **address = &d;
  delete *address;
  delete d;
}

// Captured by reference: the lambda may write it.
void capturedByReference(const char *name) {
  char *p = strdup(name);
  auto replace = [&] { p = new char[2]; };
  replace();
  delete[] p;
}

// A parameter or a global: written elsewhere.
char *Global;
void releaseParameter(char *given) { delete given; }
void releaseGlobal() { delete Global; }

// The project's own wrappers belong to no family.
char *xstrdup(const char *text);
void *xmalloc(std::size_t size);
void xfree(void *pointer);
void ownWrappers(const char *name) {
  char *copy = xstrdup(name);
  xfree(copy);
  void *block = xmalloc(8);
  free(block);
  char *other = xstrdup(name);
  delete[] other;
}

// A family matched through a typedef.
typedef char *CString;
void throughTypedef(const char *name) {
  CString copy = strdup(name);
  free(copy);
}

// Class-specific operators and placement new are not one of the families.
struct Pooled {
  static void *operator new(std::size_t size);
  static void operator delete(void *pointer);
  int value;
};
struct Plain { int value; };
void classSpecific() {
  Pooled *pooled = new Pooled;
  std::free(pooled);
  Pooled *raw = static_cast<Pooled *>(std::malloc(sizeof(Pooled)));
  delete raw;
  std::unique_ptr<Pooled> owned(static_cast<Pooled *>(std::malloc(sizeof(Pooled))));
  void *storage = std::malloc(sizeof(Plain));
  Plain *placed = new (storage) Plain{1};
  placed->value = 2;
  std::free(storage);
}

// operator new's memory with a delete-expression: the same heap.
void operatorNewWithDelete() {
  void *raw = ::operator new(sizeof(int));
  delete static_cast<int *>(raw);
}

// Allocated in one function and released in another (the shape of finufft
// pull request #207): out of scope, the check sees one function at a time.
struct Plan { double *weights; };
void makePlan(Plan &plan, int size) { plan.weights = new double[size]; }
void destroyPlan(Plan &plan) { std::free(plan.weights); }

//===--- Negative: smart pointers with a matching or custom deleter -------===//

struct FreeDeleter {
  void operator()(void *pointer) const { std::free(pointer); }
};
using FreeOwner = std::unique_ptr<char, decltype(&std::free)>;
void matchingOwners(const char *name) {
  std::unique_ptr<char, decltype(&std::free)> a(strdup(name), &std::free);
  std::unique_ptr<char, FreeDeleter> b(strdup(name));
  FreeOwner c(strdup(name), &std::free);
  std::shared_ptr<char> d(strdup(name), std::free);
  std::unique_ptr<int[]> e(new int[4]);
  std::unique_ptr<int> f(new int(1));
  std::shared_ptr<int> g(new int(2));
  std::unique_ptr<int> h(std::move(f));
  std::unique_ptr<char> i(nullptr);
  f.reset(new int(3));
}

//===--- Negative: members that other code can write ----------------------===//

// Public: any code can assign it.
class PublicMember {
public:
  PublicMember() : data(static_cast<char *>(std::malloc(8))) {}
  ~PublicMember() { delete[] data; }
  char *data;
};

// A member function defined in another file may reassign it.
class DefinedElsewhere {
public:
  DefinedElsewhere() : data_(static_cast<char *>(std::malloc(8))) {}
  ~DefinedElsewhere() { delete[] data_; }
  void grow(std::size_t size);

private:
  char *data_;
};

// Reassigned from another family in a member function.
class Resized {
public:
  Resized() : data_(static_cast<char *>(std::malloc(8))) {}
  ~Resized() { delete[] data_; }
  void resize(std::size_t size) {
    delete[] data_;
    data_ = new char[size];
  }

private:
  char *data_;
};

// A friend may write it.
class WithFriend {
  friend void poke(WithFriend &object);

public:
  WithFriend() : data_(static_cast<char *>(std::malloc(8))) {}
  ~WithFriend() { delete[] data_; }

private:
  char *data_;
};

// Released correctly, and moved with the same member of another object.
class Correct {
public:
  Correct() : data_(static_cast<char *>(std::malloc(8))) {}
  Correct(Correct &&other) noexcept : data_(other.data_) { other.data_ = nullptr; }
  ~Correct() { std::free(data_); }

private:
  char *data_;
};

//===--- Templates ---------------------------------------------------------===//

// Dependent: the operators depend on T, the forms do not: new[] against
// delete is judged (and fixed) in the template, reported once.
template <typename T> void dependentMismatch() {
  T *many = new T[4];
  delete many;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
  // CHECK-FIXES: {{^}}  delete[] many;{{$}}
}

// The heap of a dependent new-expression is not known (T may have its own
// operator new): judged only in each instantiation.
template <typename T> void dependentNewFree() {
  T *one = new T();
  std::free(one);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'free'; use 'delete' [allochunt-mismatched-allocator-family]
}

// Not dependent: judged, and fixed, in the template itself.
template <typename T> void independentMismatch(T) {
  char *bytes = new char[4];
  delete bytes;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
  // CHECK-FIXES: {{^}}  delete[] bytes;{{$}}
}

template <typename T> void dependentCorrect() {
  T *many = new T[4];
  delete[] many;
  T *one = new T();
  delete one;
}

// A class-specific operator delete in one instantiation, none in the other.
template <typename T> void dependentOwner() {
  std::unique_ptr<T> owner(static_cast<T *>(std::malloc(sizeof(T))));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: memory allocated by 'malloc' is released with 'delete' by the default deleter of 'std::unique_ptr<int>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
}

// Never instantiated: the forms alone are judged, in the template.
template <typename T> void neverInstantiated() {
  T *many = new T[4];
  delete many;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
  // CHECK-FIXES: {{^}}  delete[] many;{{$}}
}
template <typename T> void neverInstantiatedFree() {
  T *one = new T();
  std::free(one);
}

// A class template allocating T[] in its constructor and deleting it as one
// object in its destructor (the shape of cmix issue #53).
template <typename F> class Weights {
public:
  explicit Weights(int n) { values_ = new F[n]; }
  ~Weights() { delete values_; }
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
  F get(int i) const { return values_[i]; }

private:
  F *values_;
};
Weights<double> SharedWeights(4);

template <typename F> class WeightsDoneRight {
public:
  explicit WeightsDoneRight(int n) : values_(new F[n]) {}
  ~WeightsDoneRight() { delete[] values_; }

private:
  F *values_;
};
WeightsDoneRight<float> OtherWeights(4);

void instantiate() {
  dependentMismatch<int>();
  dependentMismatch<double>();
  independentMismatch(1);
  independentMismatch(2.0);
  dependentCorrect<int>();
  dependentNewFree<int>();
  dependentNewFree<Pooled>();
  dependentOwner<int>();
  dependentOwner<Pooled>();
}

//===--- Macros: warned, never fixed ---------------------------------------===//

#define RELEASE(pointer) delete pointer
#define DUPLICATE(text) strdup(text)

void releasedInMacro() {
  int *many = new int[4];
  RELEASE(many);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [allochunt-mismatched-allocator-family]
}

void allocatedInMacro(const char *name) {
  std::unique_ptr<char> copy(DUPLICATE(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free' [allochunt-mismatched-allocator-family]
}

#define CORRECT_RELEASE(pointer) std::free(pointer)
void correctInMacro() {
  char *bytes = static_cast<char *>(std::malloc(4));
  CORRECT_RELEASE(bytes);
}

//===--- NOLINT ------------------------------------------------------------===//

void suppressed() {
  int *many = new int[4];
  delete many; // NOLINT(allochunt-mismatched-allocator-family)
  char *copy = strdup("x");
  // NOLINTNEXTLINE(allochunt-mismatched-allocator-family)
  delete copy;
}

// CHECK-MESSAGES: header.h:9:3: warning: memory allocated by 'malloc' is released with 'delete'; use 'free' [allochunt-mismatched-allocator-family]
#endif
