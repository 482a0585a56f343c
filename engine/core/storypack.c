/* Story packs: one .story file (a zip, through libzip) that a workshop
 * shares. Writing packs exactly the files a clean story ran. Opening unpacks
 * into a new private folder and the story is then loaded like any folder,
 * with the same sandbox; a pack is untrusted, so every entry is checked
 * first: names (no absolute path, no "..", no link, Lua files only), counts
 * and sizes as actually read (a zip bomb's declared sizes lie). */
#define _XOPEN_SOURCE 700 /* nftw, mkdtemp */
#include "storypack.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sandbox.h"
#include "files.h"
#include "util.h"

static bool ends_with_nocase(const char *s, const char *end) {
  size_t n = strlen(s), e = strlen(end);
  return n > e && strcasecmp(s + n - e, end) == 0;
}

bool pack_is_pack(const char *path) {
  /* ".story", ".STORY", a folder zipped by the computer ("my story.zip"),
   * or a zip renamed anything: a zip's first bytes say so */
  if (ends_with_nocase(path, ".story") || ends_with_nocase(path, ".zip")) return true;
  if (!is_file(path)) return false;
  char head[4] = {0};
  FILE *f = fopen(path, "rb");
  size_t n = f ? fread(head, 1, sizeof head, f) : 0;
  if (f) fclose(f);
  return n == 4 && memcmp(head, "PK\3\4", 4) == 0;
}

#ifdef BTS_HAVE_ZIP
#include <zip.h>

#ifdef BTS_SONAME_ZIP
/* libzip is opened at the first pack (lazylib.h): the same calls, through
 * these pointers. */
#include "lazylib.h"
#define ZIP_FUNCTIONS(X)                                                                                        \
  X(zip_open) X(zip_close) X(zip_discard) X(zip_error_fini) X(zip_error_init_with_code) X(zip_error_strerror) \
  X(zip_fclose) X(zip_file_add) X(zip_file_get_external_attributes) X(zip_fopen_index) X(zip_fread)           \
  X(zip_get_name) X(zip_get_num_entries) X(zip_source_file) X(zip_source_free) X(zip_strerror)
static struct {
#define X(f) __typeof__(f) *f;
  ZIP_FUNCTIONS(X)
#undef X
} lz;

static bool zip_ready(const char **why) {
  static int state;
  static const char *const files[] = {BTS_SONAME_ZIP, NULL} /* the library built against (cmake/lazylib.cmake) */;
  static const LazyFn fns[] = {
#define X(f) {#f, (void **)&lz.f},
    ZIP_FUNCTIONS(X)
#undef X
    {NULL, NULL}};
  return lazy_open(&state, files, fns, why);
}
#define zip_open (*lz.zip_open)
#define zip_close (*lz.zip_close)
#define zip_discard (*lz.zip_discard)
#define zip_error_fini (*lz.zip_error_fini)
#define zip_error_init_with_code (*lz.zip_error_init_with_code)
#define zip_error_strerror (*lz.zip_error_strerror)
#define zip_fclose (*lz.zip_fclose)
#define zip_file_add (*lz.zip_file_add)
#define zip_file_get_external_attributes (*lz.zip_file_get_external_attributes)
#define zip_fopen_index (*lz.zip_fopen_index)
#define zip_fread (*lz.zip_fread)
#define zip_get_name (*lz.zip_get_name)
#define zip_get_num_entries (*lz.zip_get_num_entries)
#define zip_source_file (*lz.zip_source_file)
#define zip_source_free (*lz.zip_source_free)
#define zip_strerror (*lz.zip_strerror)
#else
static bool zip_ready(const char **why) { (void)why; return true; }
#endif

#define PACK_MAX_ENTRIES 256
#define PACK_MAX_DEPTH 4
#define PACK_MAX_TOTAL (16u << 20)

/* A pack's file names: a/b/c.lua, each part letters, digits, '-', '_' or
 * '.', never "." or "..", never empty. */
static const char *bad_name(const char *name) {
  size_t n = strlen(name);
  if (n == 0 || n > 200) return "a file name that is empty or too long";
  if (name[0] == '/') return "a file name that starts at the root of the disk";
  int depth = 0;
  const char *part = name;
  for (const char *p = name;; p++) {
    if (*p == '/' || *p == 0) {
      size_t len = (size_t)(p - part);
      if (len == 0) return "a file name with an empty part";
      if ((len == 1 && part[0] == '.') || (len == 2 && part[0] == '.' && part[1] == '.'))
        return "a file name that leads outside the story (\"..\")";
      if (++depth > PACK_MAX_DEPTH) return "folders nested too deep";
      if (!*p) break;
      part = p + 1;
      continue;
    }
    char c = *p;
    /* a space inside a name ("part 2.lua") is what people type, and the
     * story's include takes it: never at a part's ends, where it hides */
    bool inner_space = c == ' ' && p > part && p[1] && p[1] != '/';
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
          c == '.' || inner_space))
      return "a file name with characters other than letters, digits, spaces, '-', '_' and '.'";
  }
  if (n >= 5 && strcasecmp(name + n - 4, ".lua") == 0 && strcmp(name + n - 4, ".lua") != 0)
    return "a name ending in capital letters: write .lua in small letters, as the story's include does";
  if (n < 5 || strcmp(name + n - 4, ".lua") != 0) return "a file that is not a .lua file";
  return NULL;
}

/* A link or another special file (a device, a FIFO). Only the file type
 * bits say so: many zip writers (Python's zipfile, JavaScript libraries)
 * store the permissions alone (0600) with no type, and those are plain
 * files. */
static bool is_link_entry(zip_t *z, zip_uint64_t i) {
  zip_uint8_t opsys;
  zip_uint32_t attr;
  if (zip_file_get_external_attributes(z, i, 0, &opsys, &attr) != 0) return false;
  if (opsys != ZIP_OPSYS_UNIX) return false;
  mode_t type = (mode_t)(attr >> 16) & S_IFMT;
  return type != 0 && type != S_IFREG && type != S_IFDIR;
}

/* What a computer adds by itself when a folder is zipped (macOS' Finder:
 * __MACOSX/ and .DS_Store; Windows' Explorer: Thumbs.db, desktop.ini): never
 * the author's, never unpacked, never a reason to refuse the pack. */
static bool os_junk(const char *name) {
  if (strncmp(name, "__MACOSX/", 9) == 0) return true;
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  return strcmp(base, ".DS_Store") == 0 || strcmp(base, "Thumbs.db") == 0 || strcmp(base, "desktop.ini") == 0;
}

/* A folder zipped whole ("my-story/story.lua", what "Compress" or "Send to
 * compressed folder" makes): the length of "my-story/" when every file is
 * under that one folder and it holds story.lua, else 0. */
static size_t one_top_folder(char *const *names, zip_int64_t n) {
  size_t top = 0;
  const char *first = NULL;
  bool has_story = false;
  for (zip_int64_t i = 0; i < n; i++) {
    const char *name = names[i];
    if (!name || os_junk(name)) continue;
    const char *slash = strchr(name, '/');
    if (!slash) return 0; /* a file at the top */
    if (!first) first = name, top = (size_t)(slash - name) + 1;
    else if ((size_t)(slash - name) + 1 != top || strncmp(name, first, top) != 0) return 0;
    has_story |= strcmp(name + top, "story.lua") == 0;
  }
  bool dots = top == 2 ? first[0] == '.' : top == 3 && first[0] == '.' && first[1] == '.';
  return has_story && !dots ? top : 0;
}

/* Creates the folders of `rel` inside `root` (owner only). */
static bool make_parents(const char *root, const char *rel) {
  char *p = xstrdup(rel);
  bool ok = true;
  for (char *s = p; *s && ok; s++) {
    if (*s != '/') continue;
    *s = 0;
    char *dir = path_join(root, p);
    ok = mkdir(dir, 0700) == 0 || (errno == EEXIST && is_dir(dir));
    free(dir);
    *s = '/';
  }
  free(p);
  return ok;
}

/* Copies one entry out, counting the bytes really read. */
static const char *extract(zip_t *z, zip_uint64_t i, const char *dest, size_t *total) {
  zip_file_t *zf = zip_fopen_index(z, i, 0);
  if (!zf) return "a file in it cannot be read (damaged or encrypted)";
  int fd = open(dest, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
  if (fd < 0) {
    zip_fclose(zf);
    return errno == EEXIST ? "the same file twice" : "a file could not be written in the unpacking folder";
  }
  const char *why = NULL;
  size_t size = 0;
  char chunk[16384];
  for (;;) {
    zip_int64_t n = zip_fread(zf, chunk, sizeof chunk);
    if (n < 0) { why = "a file in it is damaged"; break; }
    if (n == 0) break;
    size += (size_t)n;
    *total += (size_t)n;
    if (size > SANDBOX_FILE_CAP) { why = "a file larger than a story file may be (1 MB)"; break; }
    if (*total > PACK_MAX_TOTAL) { why = "more than 16 MB once unpacked (a zip bomb?)"; break; }
    if (write(fd, chunk, (size_t)n) != n) { why = "the disk is full"; break; }
  }
  if (close(fd) != 0 && !why) why = "the disk is full";
  zip_fclose(zf);
  return why;
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st, (void)ftw;
  return type == FTW_DP ? rmdir(path) : unlink(path);
}

/* Removes the folder pack_open made; links are removed, never followed. */
void pack_remove(const char *dir) {
  if (dir) nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* A private folder for the unpacked story: $XDG_RUNTIME_DIR, else $TMPDIR
 * or /tmp, through mkdtemp (a new folder only its owner can open). */
static char *private_dir(void) {
  const char *base = getenv("XDG_RUNTIME_DIR");
  if (!base || !*base || !is_dir(base)) base = getenv("TMPDIR");
  if (!base || !*base || !is_dir(base)) base = "/tmp";
  char *tmpl = xasprintf("%s/behind-the-screen-pack-XXXXXX", base);
  if (!mkdtemp(tmpl)) {
    free(tmpl);
    return NULL;
  }
  return tmpl;
}

/* The pack's name without folders and ".story", as a safe folder name. */
static char *pack_folder_name(const char *file) {
  const char *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  size_t n = strlen(base);
  if (ends_with_nocase(base, ".story")) n -= 6;
  else if (ends_with_nocase(base, ".zip")) n -= 4;
  char *name = xstrndup(base, n > 60 ? 60 : n);
  for (char *p = name; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
      *p = '-';
  if (!*name) {
    free(name);
    name = xstrdup("story");
  }
  return name;
}

char *pack_open(const char *file, char **tmp, Diag *diag) {
  *tmp = NULL;
  const char *lib;
  if (!zip_ready(&lib)) {
    diag_add(diag, DIAG_ERROR, file, 0, "opening a story pack needs libzip (%s), which is not installed", lib);
    return NULL;
  }
  int err = 0;
  zip_t *z = zip_open(file, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z) {
    /* libzip's words are a programmer's ("Not a zip archive"): the common
     * ones are said for the person holding the file. */
    const char *words = err == ZIP_ER_NOZIP || err == ZIP_ER_EOF
                            ? "it is not a zip file (it may have been cut short while copying, or renamed): make the "
                              "pack again with --pack"
                        : err == ZIP_ER_INCONS ? "it is damaged: make the pack again with --pack"
                        : err == ZIP_ER_EXISTS ? "it has the same file twice: make the pack again with --pack"
                        : err == ZIP_ER_NOENT  ? "there is no such file"
                        : err == ZIP_ER_OPEN || err == ZIP_ER_READ ? "it cannot be read (is it still being copied?)"
                                                                   : NULL;
    if (words) {
      diag_add(diag, DIAG_ERROR, file, 0, "this story pack cannot be opened: %s", words);
    } else {
      zip_error_t ze;
      zip_error_init_with_code(&ze, err);
      diag_add(diag, DIAG_ERROR, file, 0, "this story pack cannot be opened (%s)", zip_error_strerror(&ze));
      zip_error_fini(&ze);
    }
    return NULL;
  }
  char *dir = NULL, *root = NULL;
  const char *why = NULL;
  char *where = NULL; /* the entry at fault, copied: names die with the zip */
  zip_int64_t n = zip_get_num_entries(z, 0);
  if (n <= 0) why = "it is empty";
  else if (n > PACK_MAX_ENTRIES) why = "more than 256 files: a story needs far fewer";
  if (!why && !(dir = private_dir())) why = "no folder could be made to unpack it";
  if (!why) {
    char *name = pack_folder_name(file);
    root = path_join(dir, name);
    free(name);
    if (mkdir(root, 0700) != 0) why = "no folder could be made to unpack it";
  }
  /* The names once, with Windows' separators as '/': a zip made by
   * PowerShell's Compress-Archive says "my-story\\story.lua". */
  char **names = why ? NULL : xcalloc((size_t)n, sizeof *names);
  for (zip_int64_t i = 0; names && i < n; i++) {
    const char *name = zip_get_name(z, (zip_uint64_t)i, ZIP_FL_ENC_GUESS);
    if (!name) continue;
    names[i] = xstrdup(name);
    for (char *c = names[i]; *c; c++)
      if (*c == '\\') *c = '/';
  }
  size_t top = why ? 0 : one_top_folder(names, n);
  /* Every name first, then the bytes: nothing is written for a pack with a
   * bad name anywhere in it. */
  Buf left_out = {0};
  int nleft = 0;
  for (zip_int64_t i = 0; !why && i < n; i++) {
    const char *name = names[i];
    if (!name) { why = "a file in it has no name"; break; }
    size_t len = strlen(name);
    if (len && name[len - 1] == '/') continue; /* folders come with their files */
    if (os_junk(name)) continue;
    if (is_link_entry(z, (zip_uint64_t)i)) why = "a link (packs hold only plain files)";
    else if (!ends_with_nocase(name, ".lua")) {
      /* a drawing, notes, the .bak that --translate keeps, a map: what a
       * story folder gathers. Never unpacked, never run: left out, said once. */
      if (nleft < 3) buf_addf(&left_out, "%s\"%.60s\"", nleft ? ", " : "", name + top);
      nleft++;
    } else why = bad_name(name + top);
    if (why) where = xstrndup(name, strnlen(name, 80));
  }
  size_t total = 0;
  bool has_story = false;
  for (zip_int64_t i = 0; !why && i < n; i++) {
    const char *name = names[i];
    size_t len = strlen(name);
    if ((len && name[len - 1] == '/') || os_junk(name) || !ends_with_nocase(name, ".lua")) continue;
    name += top;
    has_story |= strcmp(name, "story.lua") == 0;
    char *dest = path_join(root, name);
    if (!make_parents(root, name)) why = "a folder could not be made in the unpacking folder";
    else why = extract(z, (zip_uint64_t)i, dest, &total);
    if (why) where = xstrndup(name, strnlen(name, 80));
    free(dest);
  }
  if (!why && !has_story) {
    why = "there is no story.lua at its top";
    for (zip_int64_t i = 0; i < n && !where; i++) { /* "Story.lua", "STORY.LUA": a name Windows would not mind */
      const char *name = names[i];
      const char *base = name ? strrchr(name, '/') : NULL;
      base = base ? base + 1 : name;
      if (base && strcasecmp(base, "story.lua") == 0) {
        why = "there is no story.lua at its top: the first file must be called story.lua, in small letters";
        where = xstrndup(name, strnlen(name, 80));
      }
    }
  }
  zip_discard(z);
  for (zip_int64_t i = 0; names && i < n; i++) free(names[i]);
  free(names);
  if (!why && nleft)
    diag_add(diag, DIAG_WARNING, file, 0, "%d %s in this story pack %s left out, as a story uses only its .lua files: %s%s",
             nleft, nleft == 1 ? "file" : "files", nleft == 1 ? "is" : "are", left_out.s, nleft > 3 ? "..." : "");
  free(left_out.s);
  if (why) {
    if (where) {
      diag_add(diag, DIAG_ERROR, file, 0, "this story pack cannot be opened: %s (\"%s\")", why, where);
      free(where);
    } else {
      diag_add(diag, DIAG_ERROR, file, 0, "this story pack cannot be opened: %s", why);
    }
    pack_remove(dir);
    free(dir);
    free(root);
    return NULL;
  }
  *tmp = dir;
  return root;
}

bool pack_write(const Story *s, const char *out, char **why) {
  const char *lib;
  if (!zip_ready(&lib)) {
    *why = xasprintf("writing a story pack needs libzip (%s), which is not installed", lib);
    return false;
  }
  char *root = is_dir(s->path) ? xstrdup(s->path) : path_dirname(s->path);
  size_t rootlen = strlen(root);
  char *tmp = xasprintf("%s.tmp-XXXXXX", out);
  int fd = mkstemp(tmp);
  bool ok = false;
  zip_t *z = NULL;
  if (fd < 0) {
    *why = xasprintf("%s cannot be written here (%s)", out, file_error_words(errno));
    goto done;
  }
  close(fd);
  int err = 0;
  z = zip_open(tmp, ZIP_TRUNCATE, &err);
  if (!z) {
    *why = xasprintf("%s cannot be written (libzip error %d)", out, err);
    unlink(tmp);
    goto done;
  }
  int nfiles;
  const char *const *files = story_files(s, &nfiles);
  for (int i = 0; i < nfiles; i++) {
    const char *f = files[i];
    const char *rel = strncmp(f, root, rootlen) == 0 && f[rootlen] == '/' ? f + rootlen + 1 : NULL;
    if (!is_dir(s->path)) rel = strcmp(f, s->path) == 0 ? "story.lua" : rel;
    if (!rel || bad_name(rel)) {
      *why = xasprintf("%s cannot go in a pack: packs hold .lua files inside the story's folder, named with letters, "
                       "digits, spaces, '-', '_' and '.'",
                       f);
      zip_discard(z);
      unlink(tmp);
      goto done;
    }
    zip_source_t *src = zip_source_file(z, f, 0, -1);
    if (!src || zip_file_add(z, rel, src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      if (src) zip_source_free(src);
      *why = xasprintf("%s cannot be added to the pack (%s)", f, zip_strerror(z));
      zip_discard(z);
      unlink(tmp);
      goto done;
    }
  }
  if (zip_close(z) != 0) {
    *why = xasprintf("%s cannot be written (%s)", out, zip_strerror(z));
    zip_discard(z);
    unlink(tmp);
    goto done;
  }
  chmod(tmp, 0644); /* a pack is made to be shared */
  if (rename(tmp, out) != 0) {
    *why = xasprintf("%s cannot be written (%s)", out, file_error_words(errno));
    unlink(tmp);
    goto done;
  }
  ok = true;
done:
  free(tmp);
  free(root);
  return ok;
}

#else /* built without libzip: packs are off, folders play as ever */

#define NO_ZIP "this build cannot open or write story packs (libzip was missing when it was built): use the story's folder"

char *pack_open(const char *file, char **tmp, Diag *diag) {
  *tmp = NULL;
  diag_add(diag, DIAG_ERROR, file, 0, NO_ZIP);
  return NULL;
}

void pack_remove(const char *tmp) { (void)tmp; }

bool pack_write(const Story *s, const char *out, char **why) {
  (void)s, (void)out;
  *why = xstrdup(NO_ZIP);
  return false;
}

#endif
