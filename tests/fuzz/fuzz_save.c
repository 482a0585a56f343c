/* Fuzz target: the save parser (rt_from_save) against the template story.
 * A save that is accepted must play on and save again. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "runtime.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const Story *s = fuzz_template();
  char *text = malloc(size + 1);
  memcpy(text, data, size);
  text[size] = 0;
  char *why = NULL;
  Runtime *rt = rt_from_save(s, text, &why);
  if (rt) {
    if (why) abort(); /* accepted with a complaint: inconsistent */
    rt_run(rt);
    char *again = rt_save_text(rt);
    char *why2 = NULL;
    Runtime *back = rt_from_save(s, again, &why2);
    if (!back) abort(); /* a save we wrote must read back */
    rt_free(back);
    free(again);
    free(why2);
    rt_free(rt);
  } else if (!why) {
    abort(); /* refused without a reason */
  }
  free(why);
  free(text);
  return 0;
}
