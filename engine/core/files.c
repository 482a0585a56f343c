#define _GNU_SOURCE /* renameat2 */
#include "files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "forget.h"
#include "util.h"

static WriteTrouble trouble;

/* Leaves errno as it is: called just before the message that quotes it. */
static void noted(int e) {
  trouble = e == ENOSPC || e == EFBIG
#ifdef EDQUOT
                    || e == EDQUOT
#endif
                ? WRITE_DISK_FULL
            : e == EROFS || e == EACCES || e == EPERM ? WRITE_NOT_ALLOWED
                                                      : WRITE_REFUSED;
}

WriteTrouble write_trouble(void) { return trouble; }

const char *file_error_words(int err) {
  switch (err) {
    case ENOENT: return "its folder does not exist (check the folder's name)";
    case EISDIR: return "a folder has that name: give the name of a file";
    case ENOTDIR: return "a part of that name is a file, not a folder";
    case EACCES:
    case EPERM: return "the game is not allowed to write there: choose another folder, like your Documents";
    case EROFS: return "that disk cannot be written to (read-only): choose another folder";
    case ENOSPC:
    case EFBIG:
#ifdef EDQUOT
    case EDQUOT:
#endif
      return "the disk is full: make room, or choose another disk";
    case ENAMETOOLONG: return "the name is too long: give a shorter one";
    case EEXIST: return "something with that name is already there";
    default: return file_error_words(err);
  }
}

/* atomic_write_new: the last write found a file at its name. */
static bool existed;

bool make_dirs(const char *path, char **why) {
  char *p = xstrdup(path);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = 0;
    if (mkdir(p, 0700) != 0 && errno != EEXIST) break;
    *s = '/';
  }
  bool ok = mkdir(p, 0700) == 0 || (errno == EEXIST && is_dir(p));
  if (!ok) noted(errno);
  if (!ok && why) *why = xasprintf("cannot create the folder %s: %s", p, file_error_words(errno));
  free(p);
  return ok;
}

/* All of data to fd: 0, or the errno (ENOSPC when the disk is full). */
static int write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  size_t done = 0;
  while (done < len) {
    ssize_t n = write(fd, p + done, len - done);
    if (n > 0) done += (size_t)n;
    else if (n < 0 && errno == EINTR) continue;
    else return n < 0 ? errno : ENOSPC;
  }
  return 0;
}

/* For files the user asked for by name (a map, a pack, a sound, a sheet):
 * a new temporary file beside the target, written, flushed and renamed over
 * it, so a full disk or a crash leaves the old file or none, never half a
 * file. Unlike the saves (save.c), the folder may be anyone's the user can
 * write to: the user chose it. */
bool write_file(const char *path, const void *data, size_t len, char **why) {
  char *dir = path_dirname(path);
  const char *slash = strrchr(path, '/');
  char *tmp = xasprintf("%s/.%s.XXXXXX", dir, slash ? slash + 1 : path);
  free(dir);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    noted(errno);
    *why = xasprintf("cannot write %s: %s", path, file_error_words(errno));
    free(tmp);
    return false;
  }
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  int err = write_all(fd, data, len);
  if (!err && fsync(fd) != 0) err = errno;
  if (close(fd) != 0 && !err) err = errno;
  if (!err && rename(tmp, path) != 0) err = errno;
  if (err) {
    noted(err);
    unlink(tmp);
    *why = xasprintf("cannot write %s: %s", path, file_error_words(err));
  }
  free(tmp);
  return !err;
}

#ifndef _WIN32
/* Moves name to dest inside the folder dfd unless dest exists (atomically:
 * a file already there is never replaced, even by a race). */
static int move_no_replace_at(int dfd, const char *name, const char *dest) {
#ifdef RENAME_NOREPLACE
  if (renameat2(dfd, name, dfd, dest, RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
#endif
  /* A file system without renameat2: link() never replaces either. */
  if (linkat(dfd, name, dfd, dest, 0) != 0) return -1;
  return unlinkat(dfd, name, 0);
}
#endif

/* Moves path to dest unless dest exists (atomically: a kept file is never
 * replaced, even by a race). */
static int move_no_replace(const char *path, const char *dest) {
#ifdef _WIN32
  return win_rename_noreplace(path, dest);
#else
  return move_no_replace_at(AT_FDCWD, path, dest);
#endif
}

/* Files that could not be set aside: never written over, never removed
 * (a damaged save is kept, as promised, even when .bad-N cannot be made). */
static char **blocked;
static int nblocked;

bool file_kept(const char *path) {
  for (int i = 0; i < nblocked; i++)
    if (strcmp(blocked[i], path) == 0) return true;
  return false;
}

static void block(const char *path) {
  if (file_kept(path)) return;
  blocked = xrealloc(blocked, (size_t)(nblocked + 1) * sizeof *blocked);
  blocked[nblocked++] = xstrdup(path);
}

/* A folder where the game's own file goes (made by hand, or by an unzip)
 * would make every save fail: it is moved aside as "<path>.bad-N", like a
 * damaged file, never removed nor written into. False when it cannot be. */
static bool folder_moved_aside(const char *path, char **why) {
  if (!is_dir(path)) return true;
  char *aside = set_aside(path);
  if (!aside) {
    trouble = WRITE_REFUSED;
    *why = xasprintf("%s is a folder, not the game's file, and it could not be renamed: it is left as it is", path);
    return false;
  }
  free(aside);
  return true;
}

#ifdef _WIN32
/* Windows: no openat, no owner bits; %APPDATA% is the user's own profile.
 * The same steps through the UTF-8 calls of engine/compat/win32.h: a new
 * temporary file, flushed to disk, then moved over the save (MoveFileEx
 * replaces it in one step). */
static bool write_own(const char *path, const char *data, size_t len, bool replace, char **why) {
  if (file_kept(path)) {
    trouble = WRITE_REFUSED;
    *why = xasprintf("%s is a damaged file that could not be set aside: it is kept, not written over", path);
    return false;
  }
  if (!folder_moved_aside(path, why)) return false;
  char *tmp = xasprintf("%s.tmp", path);
  unlink(tmp); /* a leftover from a crash */
  int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0600);
  bool ok = false;
  if (fd < 0) {
    noted(errno);
    *why = xasprintf("cannot write %s: %s", tmp, file_error_words(errno));
    free(tmp);
    return false;
  }
  int err = write_all(fd, data, len);
  if (err) {
    noted(err);
    *why = xasprintf("cannot write %s: %s", path, file_error_words(err));
    close(fd);
    goto out;
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    noted(errno);
    *why = xasprintf("cannot write %s: %s", path, file_error_words(errno));
    goto out;
  }
  if ((replace ? rename(tmp, path) : move_no_replace(tmp, path)) != 0) {
    existed = errno == EEXIST;
    noted(errno);
    *why = xasprintf("cannot replace %s: %s", path, file_error_words(errno));
    goto out;
  }
  ok = true;
out:
  if (!ok) unlink(tmp);
  free(tmp);
  return ok;
}
#else
/* The folder must be the user's and not writable by everyone: in a folder
 * another user can write to, a file planted at our temporary name could
 * redirect the write. */
static bool own_folder(int dfd, const char *dir, char **why) {
  struct stat st;
  if (fstat(dfd, &st) != 0) {
    noted(errno);
    *why = xasprintf("cannot use the folder %s: %s", dir, file_error_words(errno));
    return false;
  }
  if (st.st_uid != geteuid() || (st.st_mode & S_IWOTH)) {
    trouble = WRITE_NOT_ALLOWED;
    *why = xasprintf("the folder %s belongs to another user or anyone can write to it: nothing is written there", dir);
    return false;
  }
  return true;
}

static bool write_own(const char *path, const char *data, size_t len, bool replace, char **why) {
  if (file_kept(path)) {
    trouble = WRITE_REFUSED;
    *why = xasprintf("%s is a damaged file that could not be set aside: it is kept, not written over", path);
    return false;
  }
  if (!folder_moved_aside(path, why)) return false;
  char *dir = path_dirname(path);
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  char *tmp = xasprintf("%s.tmp", base);
  int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  bool ok = false, made = false;
  int fd = -1;
  if (dfd < 0) {
    noted(errno);
    *why = xasprintf("cannot write %s: %s", path, file_error_words(errno));
    goto out;
  }
  if (!own_folder(dfd, dir, why)) goto out;
  /* A new file, never an existing one nor a link: O_EXCL and O_NOFOLLOW.
   * A leftover from a crash (the folder is ours) is removed once. */
  for (int attempt = 0; attempt < 2 && fd < 0; attempt++) {
    fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST && attempt == 0 && unlinkat(dfd, tmp, 0) == 0) continue;
    if (fd < 0) break;
  }
  if (fd < 0) {
    noted(errno);
    *why = xasprintf("cannot write %s/%s: %s", dir, tmp, file_error_words(errno));
    goto out;
  }
  made = true;
  int err = write_all(fd, data, len);
  if (err) {
    noted(err);
    *why = xasprintf("cannot write %s: %s", path, file_error_words(err));
    goto out;
  }
  int synced = fsync(fd), closed = close(fd);
  fd = -1;
  if (synced != 0 || closed != 0) {
    noted(errno);
    *why = xasprintf("cannot write %s: %s", path, file_error_words(errno));
    goto out;
  }
  if ((replace ? renameat(dfd, tmp, dfd, base) : move_no_replace_at(dfd, tmp, base)) != 0) {
    existed = errno == EEXIST;
    noted(errno);
    *why = xasprintf("cannot replace %s: %s", path, file_error_words(errno));
    goto out;
  }
  /* The rename itself is durable once the folder is synced. */
  fsync(dfd);
  ok = true;
out:
  if (fd >= 0) close(fd);
  if (made && !ok) unlinkat(dfd, tmp, 0); /* our temporary, never another file */
  if (dfd >= 0) close(dfd);
  free(tmp);
  free(dir);
  return ok;
}

#endif

bool atomic_write(const char *path, const char *data, size_t len, char **why) {
  return write_own(path, data, len, true, why);
}

bool atomic_write_new(const char *path, const char *data, size_t len, char **why) {
  existed = false;
  bool ok = write_own(path, data, len, false, why);
  if (!ok && existed) errno = EEXIST;
  return ok;
}

char *set_aside(const char *path) {
  if (trace_is_off()) return xstrdup(path); /* leave no trace: not even a rename */
  for (int n = 1; n <= 100000; n++) {
    char *dest = xasprintf("%s.bad-%d", path, n);
    if (move_no_replace(path, dest) == 0) return dest;
    int err = errno;
    free(dest);
    if (err != EEXIST) break;
  }
  /* Kept where it is: nothing may write over it or remove it now. */
  block(path);
  return NULL;
}

bool own_file_read(const char *path, size_t max_bytes, const char *what, const char *then, OwnParse parse,
                   void *out, bool *found, char **why, char **kept) {
  *why = NULL;
  if (kept) *kept = NULL;
  /* Anything at the path is found: a folder or a device where the game's
   * file should be is refused and set aside like a damaged file, said once
   * with what it is, instead of every later write failing on it. */
  struct stat st;
  *found = path && stat(path, &st) == 0;
  if (!*found) return true;
  ReadError err;
  size_t len;
  char *text = read_file(path, max_bytes, &len, &err);
  char *problem = NULL;
  if (S_ISDIR(st.st_mode)) problem = xstrdup("it is a folder, not a file");
  else if (!text) problem = xstrdup(read_error_text(err));
  else if (strlen(text) != len) problem = xstrdup("it contains binary data");
  else parse(text, out, &problem);
  free(text);
  if (!problem) return true;
  char *aside = set_aside(path);
  if (aside)
    *why = xasprintf("%s %s could not be used (%s); it was kept as %s%s", what, path, problem, aside, then);
  else
    *why = xasprintf("%s %s could not be used (%s); it could not be renamed, so it stays where it is and is not "
                     "written over%s", what, path, problem, then);
  if (kept) *kept = aside;
  else free(aside);
  free(problem);
  return false;
}

