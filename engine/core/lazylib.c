#include "lazylib.h"

#include <dlfcn.h>
#include <stddef.h>

bool lazy_open(int *state, const char *const *files, const LazyFn *fns, const char **why) {
  if (*state == 0) {
    *state = -1;
    for (const char *const *f = files; *f && *state < 0; f++) {
      void *lib = dlopen(*f, RTLD_NOW | RTLD_LOCAL);
      if (!lib) continue;
      bool all = true;
      for (const LazyFn *fn = fns; fn->name && all; fn++) all = (*fn->fn = dlsym(lib, fn->name)) != NULL;
      /* Kept open for the rest of the run: the functions stay valid. */
      if (all) *state = 1;
      else dlclose(lib);
    }
  }
  if (*state < 0) *why = files[0];
  return *state > 0;
}
