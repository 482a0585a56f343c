/* Fuzz target: the story loader on arbitrary Lua text. The input becomes
 * story.lua in a private folder, is loaded (run in the sandbox, built,
 * validated) and freed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"

static char dir[64], file[96];

static void cleanup(void) {
  unlink(file);
  rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/bts-fuzz-story-XXXXXX");
    if (!mkdtemp(dir)) abort();
    snprintf(file, sizeof file, "%s/story.lua", dir);
    setenv("BTS_HOME", dir, 1); /* nothing is written there, but be sure */
    atexit(cleanup);
  }
  FILE *f = fopen(file, "wb");
  if (!f) abort();
  if (size && fwrite(data, 1, size, f) != size) abort();
  fclose(f);
  Diag d;
  diag_init(&d);
  Story *s = story_load(dir, fuzz_catalog(), &d);
  if (s) {
    /* Loaded: conditions and texts must hold up at play too. */
    story_free(s);
  }
  diag_free(&d);
  return 0;
}
