#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void out_of_memory(void) {
  fputs("behind-the-screen: out of memory\n", stderr);
  abort();
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) out_of_memory();
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *xvasprintf(const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  if (n < 0) n = 0;
  char *p = xmalloc((size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = xvasprintf(fmt, ap);
  va_end(ap);
  return p;
}

void buf_add(Buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + n + 1) cap *= 2;
    b->s = xrealloc(b->s, cap);
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = 0;
}

void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_addf(Buf *b, const char *fmt, ...) {
  /* Straight into the buffer (no temporary string): the runtime formats
   * numbers into every text it fills. */
  va_list ap;
  va_start(ap, fmt);
  size_t room = b->cap > b->len ? b->cap - b->len : 0;
  int n = vsnprintf(room ? b->s + b->len : NULL, room, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n >= room) {
    buf_add(b, "", 0); /* a buffer to grow, even when empty */
    size_t need = b->len + (size_t)n + 1;
    if (need > b->cap) {
      size_t cap = b->cap;
      while (cap < need) cap *= 2;
      b->s = xrealloc(b->s, cap);
      b->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  b->len += (size_t)n;
}

/* An integer in decimal without printf: a random playthrough formats a
 * number into most texts it fills and a choice into its path, and
 * vsnprintf's general path was a third of it. */
void buf_add_int(Buf *b, long long v) {
  char digits[24];
  int i = (int)sizeof digits;
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  do digits[--i] = (char)('0' + u % 10); while ((u /= 10) != 0);
  if (v < 0) digits[--i] = '-';
  buf_add(b, digits + i, sizeof digits - (size_t)i);
}

void buf_add_line(Buf *b, const char *s) {
  for (const char *p = s; *p; p++)
    if ((unsigned char)*p >= 0x20 && *p != 0x7f) buf_add(b, p, 1);
}

char *buf_take(Buf *b) {
  char *s = b->s ? b->s : xstrdup("");
  b->s = NULL;
  b->len = b->cap = 0;
  return s;
}

const char *read_error_text(ReadError err) {
  switch (err) {
    case READ_OK: return "no error";
    case READ_NOT_FOUND: return "file not found";
    case READ_NOT_REGULAR: return "not a regular file";
    case READ_TOO_LARGE: return "file is too large";
    case READ_DENIED: return "permission denied";
    case READ_FAILED: break;
  }
  return "read error";
}

char *read_file(const char *path, size_t max_bytes, size_t *len, ReadError *err) {
  *err = READ_OK;
  /* Non-blocking open and a regular-file check: a FIFO or a device in a
   * story folder (or at a save's path) would block or never end. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    *err = errno == ENOENT ? READ_NOT_FOUND : errno == EACCES || errno == EPERM ? READ_DENIED : READ_FAILED;
    return NULL;
  }
  struct stat st;
  FILE *f = NULL;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    *err = READ_NOT_REGULAR;
  } else if (!(f = fdopen(fd, "rb"))) {
    *err = READ_FAILED;
  }
  if (!f) {
    close(fd);
    return NULL;
  }
  Buf b = {0};
  char chunk[8192];
  size_t n;
  while (!*err && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b.len + n > max_bytes) *err = READ_TOO_LARGE;
    else buf_add(&b, chunk, n);
  }
  if (!*err && ferror(f)) *err = READ_FAILED;
  fclose(f);
  if (*err) {
    free(b.s);
    return NULL;
  }
  if (len) *len = b.len;
  return buf_take(&b);
}

char *path_join(const char *a, const char *b) {
  size_t la = strlen(a);
  if (la && a[la - 1] == '/') return xasprintf("%s%s", a, b);
  return xasprintf("%s/%s", a, b);
}

char *path_dirname(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return xstrdup(".");
  if (slash == path) return xstrdup("/");
  return xstrndup(path, (size_t)(slash - path));
}

bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int by_bytes(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

char **dir_names(const char *dir, const char *suffix, int *n) {
  *n = 0;
  DIR *d = dir ? opendir(dir) : NULL;
  if (!d) return NULL;
  size_t sl = strlen(suffix);
  char **names = xcalloc(1, sizeof *names);
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (e->d_name[0] == '.' || len <= sl || strcmp(e->d_name + len - sl, suffix) != 0) continue;
    names = xrealloc(names, (size_t)(*n + 2) * sizeof *names);
    names[(*n)++] = xstrdup(e->d_name);
    names[*n] = NULL;
  }
  closedir(d);
  qsort(names, (size_t)*n, sizeof *names, by_bytes);
  return names;
}

void names_free(char **names) {
  for (char **p = names; p && *p; p++) free(*p);
  free(names);
}

unsigned long long fnv1a(const void *data, size_t n, unsigned long long h) {
  const unsigned char *p = data;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

void local_time_text(char *buf, size_t size, const char *fmt) {
  time_t now = time(NULL);
  struct tm tm;
#ifdef _WIN32
  localtime_s(&tm, &now);
#else
  localtime_r(&now, &tm);
#endif
  if (strftime(buf, size, fmt, &tm) == 0 && size) buf[0] = 0;
}

/* ASCII only, whatever the locale (islower() follows it). */
bool lang_code_ok(const char *lang) {
  size_t n = strlen(lang), i = 0;
  while (i < n && lang[i] >= 'a' && lang[i] <= 'z') i++;
  if (i < 2 || i > 3) return false;
  if (i == n) return true;
  if (lang[i] != '-' || n - i - 1 < 2 || n - i - 1 > 4) return false;
  for (i++; i < n; i++)
    if (!((lang[i] >= 'a' && lang[i] <= 'z') || (lang[i] >= 'A' && lang[i] <= 'Z') || (lang[i] >= '0' && lang[i] <= '9')))
      return false;
  return true;
}
