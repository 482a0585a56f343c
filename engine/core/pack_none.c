/* Story packs in a build without them (Windows, the web page: no libzip
 * there yet). A .story file is still recognised by its name, so the player
 * hears why it does not open instead of "no such story". */
#include <stdlib.h>
#include <string.h>

#include "pack.h"
#include "util.h"

bool pack_write(const Story *s, const char *out, char **why) {
  (void)s;
  (void)out;
  *why = xstrdup("this build of the game cannot write story packs: use the Linux build");
  return false;
}

char *pack_open(const char *file, char **tmp, Diag *diag) {
  *tmp = NULL;
  diag_add(diag, DIAG_ERROR, file, 0, "this build of the game cannot open story packs: unpack it into a folder first");
  return NULL;
}

void pack_remove(const char *tmp) { (void)tmp; }

bool pack_is_pack(const char *path) {
  size_t n = strlen(path);
  return n > 6 && strcmp(path + n - 6, ".story") == 0;
}
