/* Shared by the fuzz targets: the advice catalogue and the template story,
 * loaded once per process from the source tree. */
#ifndef BTS_FUZZ_COMMON_H
#define BTS_FUZZ_COMMON_H
#include <stdio.h>
#include <stdlib.h>

#include "catalog.h"
#include "diag.h"
#include "story.h"

static inline const Catalog *fuzz_catalog(void) {
  static Catalog *c;
  if (!c) {
    Diag d;
    diag_init(&d);
    c = catalog_load(BTS_SOURCE_DIR "/assets/advice.lua", &d);
    if (!c) {
      diag_print(&d, stderr);
      abort();
    }
    diag_free(&d);
  }
  return c;
}

static inline const Story *fuzz_template(void) {
  static Story *s;
  if (!s) {
    Diag d;
    diag_init(&d);
    s = story_load(BTS_SOURCE_DIR "/stories/template", fuzz_catalog(), &d);
    if (!s) {
      diag_print(&d, stderr);
      abort();
    }
    diag_free(&d);
  }
  return s;
}

#endif
