// A project that defines its own strdup (for a platform without one) with
// new[]: that strdup is the project's function, not the C library's, so
// releasing its result with delete[] is right and nothing is reported.
#include <cstddef>

char *strdup(const char *text) {
  std::size_t size = 0;
  while (text[size] != '\0')
    ++size;
  char *copy = new char[size + 1];
  for (std::size_t i = 0; i <= size; ++i)
    copy[i] = text[i];
  return copy;
}

void releaseOwnCopy(const char *text) {
  char *copy = strdup(text);
  delete[] copy;
}
