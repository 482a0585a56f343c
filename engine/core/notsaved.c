#include "notsaved.h"

#include "files.h"
#include "util.h"

char *not_saved_words(const I18n *in, const char *lang, StrId what) {
  /* what the system said, in the words a player understands: full, not
   * allowed (a read-only home, a school's locked profile), or refused */
  WriteTrouble t = write_trouble();
  StrId because = t == WRITE_DISK_FULL ? S_DISK_FULL : t == WRITE_NOT_ALLOWED ? S_FOLDER_LOCKED : S_WRITE_REFUSED;
  return xasprintf("%s %s %s", i18n_word(in, lang, what), i18n_word(in, lang, because),
                   i18n_word(in, lang, S_KEEP_PLAYING));
}
