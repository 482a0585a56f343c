/* Small helpers every core module needs: checked allocation, strings, files. */
#ifndef BTS_UTIL_H
#define BTS_UTIL_H
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* Growable string. */
typedef struct {
  char *s;
  size_t len, cap;
} Buf;
void buf_add(Buf *b, const char *s, size_t n);
void buf_adds(Buf *b, const char *s);
void buf_addf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_add_int(Buf *b, long long v); /* decimal, as "%lld" */
char *buf_take(Buf *b); /* returns the string ("" if empty); b is reset */
/* Adds s without its control bytes (newlines, DEL...): a value written on
 * one line of a "key value" file (a player's name) stays on that line. */
void buf_add_line(Buf *b, const char *s);

typedef enum { READ_OK, READ_NOT_FOUND, READ_NOT_REGULAR, READ_TOO_LARGE, READ_DENIED, READ_FAILED } ReadError;
/* Reads a whole file, refusing files larger than max_bytes and anything
 * but a regular file. Returns NULL and sets *err on failure. */
char *read_file(const char *path, size_t max_bytes, size_t *len, ReadError *err);
/* "file not found", "file is too large"... (writing files: files.h) */
const char *read_error_text(ReadError err);
/* Now, in local time, written with strftime's fmt into buf ("%Y-%m-%d"). */
void local_time_text(char *buf, size_t size, const char *fmt);
char *path_join(const char *a, const char *b);
char *path_dirname(const char *path);
bool is_dir(const char *path);
bool is_file(const char *path);
/* A language code: two or three lowercase letters, optionally -REGION ("fr", "pt-BR"). */
bool lang_code_ok(const char *lang);
/* The names in a folder that end in `suffix` ("" for every name), hidden
 * ones (".x") left out, sorted byte-wise: the same order on every file
 * system, so lists and messages never depend on the disk. NULL-terminated,
 * *n of them; NULL (and *n = 0) when the folder cannot be opened. */
char **dir_names(const char *dir, const char *suffix, int *n);
void names_free(char **names);
/* FNV-1a 64-bit, for content fingerprints (not security). */
unsigned long long fnv1a(const void *data, size_t n, unsigned long long h);
#define FNV_SEED 1469598103934665603ULL

/* "1 error", "2 errors": summaries read right for a beginner. */
#define PLURAL_EN(n, word) ((n) == 1 ? word : word "s")

#endif
