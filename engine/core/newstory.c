/* --new NAME: a new story folder to start from, copied from the shipped
 * template (which uses every word of the story language, with comments),
 * under its own id. Nothing that exists is ever written over. */
#include "newstory.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "paths.h"
#include "files.h"
#include "scan.h"
#include "util.h"

/* The story id from the folder's name: lowercase letters, digits and '-'. */
char *newstory_id(const char *folder) {
  const char *base = strrchr(folder, '/');
  base = base && base[1] ? base + 1 : folder;
  Buf id = {0};
  for (const unsigned char *p = (const unsigned char *)base; *p && id.len < 40; p++) {
    /* "Été" is "ete", not "t": an accented letter keeps its letter */
    unsigned cp = 0;
    int k = *p >= 0x80 ? utf8_decode((const char *)p, &cp) : 0;
    char plain = k > 0 ? scan_plain_letter(cp) : 0;
    if (k > 1) p += k - 1;
    if (plain) buf_addf(&id, "%c", plain >= 'A' && plain <= 'Z' ? plain - 'A' + 'a' : plain);
    else if (*p >= 'A' && *p <= 'Z' && k == 0) buf_addf(&id, "%c", *p - 'A' + 'a');
    else if (k == 0 && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))) buf_add(&id, (const char *)p, 1);
    else if (id.len && id.s[id.len - 1] != '-') buf_adds(&id, "-");
  }
  while (id.len && id.s[id.len - 1] == '-') id.s[--id.len] = 0;
  /* A name with no letter to keep ("🐉🐉", "日記"): an id of its own from
   * its bytes, never one shared "my-story" (saves are named by id, so two
   * such stories of a class would set each other's place aside). */
  if (!id.len) buf_addf(&id, "story-%06llx", fnv1a(base, strlen(base), 14695981039346656037ULL) & 0xffffffULL);
  return buf_take(&id);
}

static bool copy_one(const char *from, const char *to, const char *id, char **why) {
  size_t len;
  ReadError rwhy;
  char *text = read_file(from, 1u << 20, &len, &rwhy);
  if (!text) {
    *why = xasprintf("cannot read the template %s: %s", from, read_error_text(rwhy));
    return false;
  }
  /* The template's card says id = "template": the new story gets its own. */
  Buf out = {0};
  const char *mark = "id = \"template\"";
  const char *at = strstr(text, mark);
  if (at) {
    buf_add(&out, text, (size_t)(at - text));
    buf_addf(&out, "id = \"%s\"", id);
    buf_adds(&out, at + strlen(mark));
  } else {
    buf_add(&out, text, len);
  }
  free(text);
  bool ok = write_file(to, out.s, out.len, why);
  free(out.s);
  return ok;
}

bool newstory_create(const char *folder, char **why) {
  struct stat st;
  if (lstat(folder, &st) == 0) {
    *why = xasprintf("%s already exists: pick another name (nothing was changed)", folder);
    return false;
  }
  char *stories = paths_stories();
  char *tpl = path_join(stories, "template");
  free(stories);
  char *id = newstory_id(folder);
  char *tr_from = path_join(tpl, "translations");
  char *tr_to = path_join(folder, "translations");
  bool ok = false;
  if (mkdir(folder, 0777) != 0) {
    /* "stories/my-story" typed where there is no stories folder (the game
     * installed, a terminal in the home folder): say what to do */
    char *parent = path_dirname(folder);
    if (errno == ENOENT && parent && strcmp(parent, ".") != 0)
      *why = xasprintf("cannot make the folder %s: there is no folder %s here. Make it first, or give a name "
                       "without a folder: --new %s",
                       folder, parent, id);
    else
      *why = xasprintf("cannot make the folder %s: %s", folder, file_error_words(errno));
    free(parent);
    goto done;
  }
  char *from = path_join(tpl, "story.lua"), *to = path_join(folder, "story.lua");
  ok = copy_one(from, to, id, why);
  free(from);
  free(to);
  if (ok && is_dir(tr_from)) {
    ok = mkdir(tr_to, 0777) == 0;
    if (!ok) *why = xasprintf("cannot make the folder %s: %s", tr_to, file_error_words(errno));
    DIR *d = ok ? opendir(tr_from) : NULL;
    for (struct dirent *e; ok && d && (e = readdir(d));) {
      size_t n = strlen(e->d_name);
      if (e->d_name[0] == '.' || n < 5 || strcmp(e->d_name + n - 4, ".lua") != 0) continue;
      char *f = path_join(tr_from, e->d_name), *t = path_join(tr_to, e->d_name);
      if (is_file(f)) ok = copy_one(f, t, id, why);
      free(f);
      free(t);
    }
    if (d) closedir(d);
  }
done:
  free(tr_from);
  free(tr_to);
  free(id);
  free(tpl);
  return ok;
}
