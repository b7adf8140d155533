// The positives of test/lit/checks/mismatched-allocator-family.cpp that
// execute, one per case number (argv[1]): each is a mismatch the check
// reports (TIDY lines, checked by mismatched-allocator-family-asan.test) and
// one AddressSanitizer reports when it runs with alloc_dealloc_mismatch on.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <stdlib.h>

void use(const char *text) { std::printf("%s\n", text); }

void mallocDelete() {
  int *values = static_cast<int *>(std::malloc(4 * sizeof(int)));
  values[0] = 1;
  delete values;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'delete'; use 'free'
}

void callocDeleteArray() {
  char *zeroed = (char *)calloc(8, 1);
  delete[] zeroed;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'calloc' is released with 'delete[]'; use 'free'
}

void strdupDeleteArray(const char *name) {
  char *copy = strdup(name);
  use(copy);
  delete[] copy;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'strdup' is released with 'delete[]'; use 'free'
}

void getlineDeleteArray() {
  char text[] = "one line\n";
  FILE *input = fmemopen(text, sizeof text - 1, "r");
  char *line = nullptr;
  size_t capacity = 0;
  while (getline(&line, &capacity, input) > 0)
    use(line);
  std::fclose(input);
  delete[] line;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'getline' is released with 'delete[]'; use 'free'
}

void asprintfDelete(int value) {
  char *text = nullptr;
  if (asprintf(&text, "%d", value) < 0)
    return;
  delete text;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'asprintf' is released with 'delete'; use 'free'
}

void realpathDelete(const char *path) {
  char *resolved = realpath(path, nullptr);
  delete[] resolved;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'realpath' is released with 'delete[]'; use 'free'
}

void newFree() {
  int *one = new int(1);
  free(one);
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'free'; use 'delete'
}

void newArrayFree() {
  double *many = new double[8];
  std::free(many);
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'free'; use 'delete[]'
}

void newDeleteArray() {
  int *one = new int(2);
  delete[] one;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'delete[]'; use 'delete'
}

void newArrayDelete() {
  int *many = new int[8];
  many[7] = 0;
  delete many;
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]'
}

void operatorNewFree() {
  void *raw = ::operator new(16);
  free(raw);
  // TIDY: positives.cpp:[[@LINE-1]]:3: warning: memory allocated by 'operator new' is released with 'free'; use 'operator delete'
}

void uniqueFromStrdup(const char *name) {
  std::unique_ptr<char> copy(strdup(name));
  // TIDY: positives.cpp:[[@LINE-1]]:30: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::unique_ptr<char>'; pass a deleter that calls 'free'
  use(copy.get());
}

void uniqueScalarFromArray() {
  std::unique_ptr<int> many(new int[4]);
  // TIDY: positives.cpp:[[@LINE-1]]:29: warning: memory allocated by 'new[]' is released with 'delete' by the default deleter of 'std::unique_ptr<int>'; use 'std::unique_ptr<int[]>'
}

void uniqueArrayFromScalar() {
  std::unique_ptr<int[]> one(new int(5));
  // TIDY: positives.cpp:[[@LINE-1]]:30: warning: memory allocated by 'new' is released with 'delete[]' by the default deleter of 'std::unique_ptr<int[]>'; use 'std::unique_ptr<int>'
}

void sharedFromStrdup(const char *name) {
  std::shared_ptr<char> shared(strdup(name));
  // TIDY: positives.cpp:[[@LINE-1]]:32: warning: memory allocated by 'strdup' is released with 'delete' by the default deleter of 'std::shared_ptr<char>'; pass a deleter that calls 'free'
}

class Buffer {
public:
  explicit Buffer(std::size_t size) : data_(static_cast<char *>(std::malloc(size))) {}
  ~Buffer() { delete[] data_; }
  // TIDY: positives.cpp:[[@LINE-1]]:15: warning: memory allocated by 'malloc' is released with 'delete[]'; use 'free'
  char *data() const { return data_; }

private:
  char *data_;
};

int main(int argc, char **argv) {
  switch (argc > 1 ? std::atoi(argv[1]) : 0) {
  case 1: mallocDelete(); break;
  case 2: callocDeleteArray(); break;
  case 3: strdupDeleteArray("name"); break;
  case 4: getlineDeleteArray(); break;
  case 5: asprintfDelete(42); break;
  case 6: realpathDelete("."); break;
  case 7: newFree(); break;
  case 8: newArrayFree(); break;
  case 9: newDeleteArray(); break;
  case 10: newArrayDelete(); break;
  case 11: operatorNewFree(); break;
  case 12: uniqueFromStrdup("name"); break;
  case 13: uniqueScalarFromArray(); break;
  case 14: uniqueArrayFromScalar(); break;
  case 15: sharedFromStrdup("name"); break;
  case 16: { Buffer buffer(8); buffer.data()[0] = 0; break; }
  default: std::puts("no case"); break;
  }
  return 0;
}
