/* A C translation unit: no templates, no std::, no classes. C has its own float-to-int
   conversions, static buffers, malloc and free. No crash, no error.
   RUN: %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c11 > %t.out 2>&1
   RUN: FileCheck %s --input-file=%t.out --allow-empty --implicit-check-not='error:' --implicit-check-not='Stack dump'
*/

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct memory_resource {
  void *(*allocate)(size_t bytes, size_t alignment);
  void (*deallocate)(void *p);
};

static void *plain_allocate(size_t bytes, size_t alignment) {
  (void)alignment;
  return malloc(bytes);
}

int cents(double amount) { return (int)(amount * 100.0); }

long rounded(float value) {
  long result = value;
  result += lround(value);
  return result;
}

#define MAP_SIZE 64
static const char *keys[MAP_SIZE];

int find_key(const char *key) {
  for (int i = 0; i < MAP_SIZE; ++i)
    if (keys[i] && strcmp(keys[i], key) == 0)
      return i;
  return -1;
}

int classify(double x) {
  return _Generic(x, double: (int)x, float: 1, default: 0) + (int)sqrt(x);
}

struct memory_resource make_resource(void) {
  struct memory_resource r = {plain_allocate, free};
  return r;
}
