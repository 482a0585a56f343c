/* Fuzz target: the story builder (the C code that turns a story's tables
 * into a Story) fed random table shapes. The input bytes are a small
 * program that builds story values with the story words and plain tables:
 * lines shared between many places, whens nested deep or built from each
 * other, attempts to make cycles by changing what a word returned (or the
 * tables given to it), odd numbers (NaN, huge, negative), fake items. It is
 * written out as story.lua (every step inside pcall, so one refused step
 * does not end the program), loaded, and when it loads, explored a little
 * and played. Whatever the shape: no crash, no sanitizer report, bounded
 * time and memory. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "fuzz_common.h"
#include "runtime.h"
#include "util.h"

static char dir[64], file[96];

static void cleanup(void) {
  unlink(file);
  rmdir(dir);
}

#define SLOTS 32

static const char *const WEIRD[] = {"0/0", "1e300", "-1e300", "-1", "1/0", "-(1/0)", "1e-300", "2^53", "0.5", "3"};
#define NWEIRD (sizeof WEIRD / sizeof *WEIRD)

typedef struct {
  const uint8_t *p, *end;
} In;

static unsigned next(In *in) { return in->p < in->end ? *in->p++ : 0; }

static void program(In *in, Buf *out) {
  buf_adds(out,
           "local v = {}\n"
           "local x = character \"x\" { name = \"X\" }\n"
           "local function try(f) pcall(f) end\n");
  int ops = 0;
  while (in->p < in->end && ops++ < 200) {
    unsigned op = next(in) % 14, a = next(in) % SLOTS, b = next(in) % SLOTS, k = next(in);
    switch (op) {
      case 0: buf_addf(out, "try(function() v[%u] = narrate \"t%u {n}\" end)\n", a, k); break;
      case 1: buf_addf(out, "try(function() v[%u] = x \"m%u\" end)\n", a, k); break;
      case 2: { /* a when over some slots (sharing) */
        unsigned n = k % 6;
        buf_addf(out, "try(function() v[%u] = when \"n %s %u\" {", a, k & 1 ? ">=" : "<", k % 5);
        for (unsigned i = 0; i < n; i++) buf_addf(out, " v[%u],", next(in) % SLOTS);
        buf_adds(out, " } end)\n");
        break;
      }
      case 3: buf_addf(out, "try(function() v[%u] = { v[%u], kind = \"when\", body = v[%u] } end)\n", a, b, a); break;
      case 4: /* change what a word returned, or a table given to one: cycles */
        buf_addf(out, "try(function() v[%u][%u] = v[%u] end)\n", a, k % 4 + 1, b);
        buf_addf(out, "try(function() v[%u].body = { v[%u], v[%u] } end)\n", a, b, a);
        break;
      case 5: buf_addf(out, "try(function() v[%u] = %s { n = %s } end)\n", a, k & 1 ? "set" : "add", WEIRD[k % NWEIRD]); break;
      case 6: buf_addf(out, "try(function() v[%u] = choice \"c%u\" { go = \"s%u\", when = \"n == %u\" } end)\n", a, k, b % 4, k % 3); break;
      case 7: { /* a scene of some slots */
        unsigned n = k % 7;
        buf_addf(out, "try(function() scene \"s%u\" {", b % 4);
        for (unsigned i = 0; i < n; i++) buf_addf(out, " v[%u],", next(in) % SLOTS);
        buf_addf(out, " %s } end)\n", k & 1 ? "go \"e\"" : "choice \"on\" { go = \"e\" }");
        break;
      }
      case 8: /* deep or wide by sharing */
        buf_addf(out, "try(function() local y = v[%u] or narrate \"d\" for i = 1, %u do y = when \"n == 0\" { y%s } end v[%u] = y end)\n",
                 a, k % 40, k & 1 ? ", y" : "", b);
        break;
      case 9: buf_addf(out, "try(function() v[%u] = go \"s%u\" end)\n", a, k % 5); break;
      case 10: buf_addf(out, "try(function() v[%u] = narrate { \"w\", typing = %s } end)\n", a, WEIRD[k % NWEIRD]); break;
      case 11: buf_addf(out, "try(function() scene \"s%u\" { items = { v[%u] }, choices = v[%u] } end)\n", b % 4, a, b); break;
      case 12: buf_addf(out, "try(function() v[%u] = did(%s) end)\n", a, k & 1 ? "\"talk\"" : "{ \"talk\", \"talk\" }"); break;
      case 13: buf_addf(out, "try(function() v[%u] = when \"n == 0\" (v[%u]) end)\n", a, b); break;
    }
  }
  buf_adds(out,
           "story { id = \"fuzz\", title = \"Fuzz\", start = \"a\", teaches = { \"talk\" }, vars = { n = 0 } }\n"
           "scene \"a\" { choice \"one\" { go = \"s0\" }, choice \"two\" { go = \"e\", did = \"talk\" } }\n"
           "for i = 0, 3 do try(function() scene(\"s\" .. i) { go \"e\" } end) end\n"
           "ending \"e\" { title = \"End\", summary = \"S\" }\n");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/bts-fuzz-build-XXXXXX");
    if (!mkdtemp(dir)) abort();
    snprintf(file, sizeof file, "%s/story.lua", dir);
    setenv("BTS_HOME", dir, 1);
    atexit(cleanup);
  }
  In in = {data, data + size};
  Buf code = {0};
  program(&in, &code);
  FILE *f = fopen(file, "wb");
  if (!f) abort();
  fputs(code.s, f);
  fclose(f);
  free(code.s);
  Diag d;
  diag_init(&d);
  Story *s = story_load(dir, fuzz_catalog(), &d);
  if (s) {
    CheckSummary sum;
    check_explore(s, &d, 300, &sum);
    Runtime *rt = rt_new(s, NULL, "Sam", GENDER_X);
    for (int i = 0; i < 20 && rt_run(rt) == RT_CHOICE; i++) rt_choose(rt, i % rt_choice_count(rt));
    rt_free(rt);
    story_free(s);
  }
  diag_free(&d);
  return 0;
}
