// Declarations in the shape of the libraries' own headers (included as a
// system header, like the real ones): GLib, libxml2, SQLite, curl, OpenSSL,
// mimalloc.
#pragma once
#include <cstddef>
extern "C" {
void *g_malloc(std::size_t n);
char *g_strdup(const char *s);
void g_free(void *p);

typedef unsigned char xmlChar;
typedef void (*xmlFreeFunc)(void *mem);
extern xmlFreeFunc xmlFree;
xmlChar *xmlStrdup(const xmlChar *cur);

void *sqlite3_malloc(int n);
char *sqlite3_mprintf(const char *format, ...);
void sqlite3_free(void *p);

char *curl_easy_escape(void *curl, const char *s, int length);
void curl_free(void *p);

void *CRYPTO_malloc(std::size_t num, const char *file, int line);
void CRYPTO_free(void *ptr, const char *file, int line);
#define OPENSSL_malloc(num) CRYPTO_malloc(num, __FILE__, __LINE__)
#define OPENSSL_free(addr) CRYPTO_free(addr, __FILE__, __LINE__)

void *mi_malloc(std::size_t size);
void mi_free(void *p);

void *pool_alloc(std::size_t n);
void pool_free(void *p);
}
