#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct ArenaBlock {
  ArenaBlock *older;
  alignas(max_align_t) unsigned char data[];
};

#define ARENA_FIRST (16u << 10) /* the first block; each next one twice the last, up to ARENA_MOST */
#define ARENA_MOST (1u << 20)

/* align: a power of two; texts need none (1), structures max_align_t's. */
static void *take(Arena *a, size_t n, size_t align) {
  size_t at = (a->used + align - 1) & ~(align - 1);
  if (!a->block || at > a->size || a->size - at < n) {
    size_t size = a->size ? a->size * 2 : ARENA_FIRST;
    if (size > ARENA_MOST) size = ARENA_MOST;
    if (size < n) size = n; /* a large piece gets a block of its own */
    ArenaBlock *b = xmalloc(sizeof *b + size);
    b->older = a->block;
    a->block = b;
    a->size = size;
    a->total += sizeof *b + size;
    at = 0;
  }
  a->used = at + n;
  return a->block->data + at;
}

void *arena_alloc(Arena *a, size_t n) { return take(a, n ? n : 1, alignof(max_align_t)); }

void *arena_zalloc(Arena *a, size_t n) { return memset(arena_alloc(a, n), 0, n ? n : 1); }

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = take(a, n + 1, 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

void arena_free(Arena *a) {
  for (ArenaBlock *b = a->block, *older; b; b = older) {
    older = b->older;
    free(b);
  }
  *a = (Arena){0};
}
