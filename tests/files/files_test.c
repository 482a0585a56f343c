/* Files that go wrong: saves and settings that are truncated, garbage,
 * empty, binary, from a future version or another story; a folder that
 * cannot be written; a full disk; the process killed in the middle of a
 * write. In every case: a clear message, the previous good file kept (or
 * set aside as <file>.bad-N, never overwritten), and a game that starts. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "catalog.h"
#include "paths.h"
#include "util.h"
#include "runtime.h"
#include "save.h"
#include "settings.h"
#include "story.h"

#include "temp_home.h"

static Catalog *cat;
static Story *story;

/* ---- helpers ---- */

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *p = malloc((size_t)n + 1);
  size_t got = fread(p, 1, (size_t)n, f);
  fclose(f);
  p[got] = 0;
  if (len) *len = got;
  return p;
}

static void spit(const char *path, const void *data, size_t len) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, len, f), len);
  fclose(f);
}


/* A save a few choices in. */
static char *good_save_text(void) {
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  rt_choose(rt, 0);
  rt_run(rt);
  char *t = rt_save_text(rt);
  rt_free(rt);
  return t;
}

static char *path_in_home(const char *rel) {
  char *p;
  if (asprintf(&p, "%s/%s", temp_home, rel) < 0) abort();
  return p;
}

/* ---- saves ---- */

static void test_no_save(void **state) {
  (void)state;
  char *why = (char *)1;
  assert_null(save_resume(story, &why));
  assert_null(why);
}

static void test_save_round_trip(void **state) {
  (void)state;
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  rt_choose(rt, 0);
  rt_run(rt);
  char *why = NULL;
  assert_true(save_write(rt, &why));
  Runtime *back = save_resume(story, &why);
  assert_non_null(back);
  assert_null(why);
  assert_int_equal(rt_choices_made(back), rt_choices_made(rt));
  rt_free(back);
  rt_free(rt);
}

/* Writes `bad` as the save, resumes: must refuse with a message and set it
 * aside byte for byte; a second bad save goes to .bad-2, never over .bad-1. */
static void check_refused(const char *bad, size_t len, const char *must_say) {
  char *dir = path_in_home("saves");
  char *why = NULL;
  assert_true(make_dirs(dir, &why));
  char *path = save_path(story);
  for (int round = 1; round <= 2; round++) {
    spit(path, bad, len);
    Runtime *rt = save_resume(story, &why);
    if (rt) fprintf(stderr, "resumed from a bad save: \"%.*s\"\n", (int)len, bad);
    assert_null(rt);
    assert_non_null(why);
    if (must_say && !strstr(why, must_say)) fail_msg("\"%s\" does not say \"%s\"", why, must_say);
    assert_non_null(strstr(why, ".bad-"));
    free(why);
    why = NULL;
    assert_int_equal(access(path, F_OK), -1); /* moved away */
    char *aside;
    if (asprintf(&aside, "%s.bad-%d", path, round) < 0) abort();
    size_t alen;
    char *kept = slurp(aside, &alen);
    assert_non_null(kept);
    assert_int_equal(alen, len);
    assert_memory_equal(kept, bad, len);
    free(kept);
    free(aside);
  }
  /* The game still starts: a new runtime, and a new save can be written. */
  Runtime *rt = rt_new(story, "en", "Sam", GENDER_X);
  assert_int_equal(rt_run(rt), RT_CHOICE);
  assert_true(save_write(rt, &why));
  rt_free(rt);
  free(path);
  free(dir);
}

static void test_save_garbage(void **state) {
  (void)state;
  const char g[] = "hello, this is not a save\nat all\n";
  check_refused(g, sizeof g - 1, "not a Behind the Screen save");
}

static void test_save_empty(void **state) {
  (void)state;
  check_refused("", 0, NULL);
}

static void test_save_binary(void **state) {
  (void)state;
  unsigned char b[512];
  srand(7);
  for (size_t i = 0; i < sizeof b; i++) b[i] = (unsigned char)rand();
  b[3] = 0;
  check_refused((const char *)b, sizeof b, NULL);
}

static void test_save_binary_after_header(void **state) {
  (void)state;
  char *good = good_save_text();
  size_t n = strlen(good);
  good[n / 2] = 0; /* a NUL in the middle: the rest would be ignored */
  check_refused(good, n, "binary");
  free(good);
}

static void test_save_truncated(void **state) {
  (void)state;
  char *good = good_save_text();
  size_t n = strlen(good);
  /* Every cut short of the whole file: refused, never half-resumed. */
  for (size_t cut = 1; cut < n - 1; cut += 3) {
    char *sub = strndup(good, cut);
    check_refused(sub, cut, NULL);
    free(sub);
    temp_home_teardown(NULL);
    temp_home_setup(NULL);
  }
  free(good);
}

static void test_save_future_version(void **state) {
  (void)state;
  char *good = good_save_text();
  char *future;
  if (asprintf(&future, "behind-the-screen save 999\n%s", strchr(good, '\n') + 1) < 0) abort();
  check_refused(future, strlen(future), "newer version");
  free(future);
  free(good);
}

static void test_save_other_story(void **state) {
  (void)state;
  char *good = good_save_text();
  char *p = strstr(good, "story template");
  assert_non_null(p);
  char *other;
  if (asprintf(&other, "%.*sstory skype%s", (int)(p - good), good, p + strlen("story template")) < 0) abort();
  check_refused(other, strlen(other), "another story");
  free(other);
  free(good);
}

static void test_save_changed_story(void **state) {
  (void)state;
  char *good = good_save_text();
  char *p = strstr(good, "path");
  assert_non_null(p);
  char *bad;
  if (asprintf(&bad, "%.*spath 0 3 3 3 3 3 3 3 3 3\nend\n", (int)(p - good), good) < 0) abort();
  check_refused(bad, strlen(bad), NULL);
  free(bad);
  free(good);
}

static void test_save_too_large(void **state) {
  (void)state;
  size_t n = 3u << 20;
  char *big = malloc(n);
  memset(big, 'x', n);
  memcpy(big, "behind-the-screen save 1\n", 25);
  check_refused(big, n, NULL);
  free(big);
}

static void test_save_is_a_folder(void **state) {
  (void)state;
  /* A folder (or a FIFO) where the save should be: no hang, no crash. */
  char *path = save_path(story);
  char *why = NULL;
  char *dir = path_in_home("saves");
  assert_true(make_dirs(dir, &why));
  assert_int_equal(mkfifo(path, 0600), 0);
  alarm(10);
  Runtime *rt = save_resume(story, &why);
  alarm(0);
  assert_null(rt);
  free(why);
  free(dir);
  free(path);
}

/* A real folder where the save goes (made by hand, or an unzip): said once
 * as a folder, kept aside whole, and the game saves again. Without it,
 * every choice failed with "Is a directory". */
static void test_save_folder_in_the_way(void **state) {
  (void)state;
  char *path = save_path(story);
  char *why = NULL;
  assert_true(make_dirs(path, &why));
  char *inside = xasprintf("%s/mine.txt", path);
  spit(inside, "kept", 4);
  assert_true(save_exists(story)); /* the menu offers it: resuming says what it is */
  Runtime *rt = save_resume(story, &why);
  assert_null(rt);
  assert_non_null(why);
  assert_non_null(strstr(why, "a folder, not a file"));
  assert_non_null(strstr(why, ".bad-1"));
  free(why);
  why = NULL;
  char *kept = xasprintf("%s.bad-1/mine.txt", path);
  assert_true(is_file(kept)); /* nothing the user had is lost */
  rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  assert_true(save_write(rt, &why));
  assert_true(is_file(path));
  /* the ended save, never read before it is written: moved aside too */
  char *ended = xasprintf("%s", path);
  ended[strlen(ended) - strlen(".save")] = 0;
  char *ended_path = xasprintf("%s.ended.save", ended);
  assert_true(make_dirs(ended_path, &why));
  assert_true(save_ended(rt, &why));
  assert_true(is_file(ended_path));
  char *ended_kept = xasprintf("%s.bad-1", ended_path);
  assert_true(is_dir(ended_kept));
  rt_free(rt);
  free(ended_kept);
  free(ended_path);
  free(ended);
  free(kept);
  free(inside);
  free(path);
}

/* ---- writing that fails ---- */

static void test_cannot_write_keeps_old(void **state) {
  (void)state;
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  char *why = NULL;
  assert_true(save_write(rt, &why));
  char *path = save_path(story);
  size_t before_len;
  char *before = slurp(path, &before_len);
  /* A folder in the way of the temporary file: fails even for root. */
  char *tmp;
  if (asprintf(&tmp, "%s.tmp", path) < 0) abort();
  assert_int_equal(mkdir(tmp, 0700), 0);
  rt_choose(rt, 0);
  rt_run(rt);
  assert_false(save_write(rt, &why));
  assert_non_null(why);
  assert_non_null(strstr(why, "cannot write"));
  free(why);
  why = NULL;
  size_t after_len;
  char *after = slurp(path, &after_len);
  assert_int_equal(after_len, before_len);
  assert_memory_equal(after, before, before_len);
  free(after);
  free(before);
  rmdir(tmp);
  free(tmp);
  free(path);
  rt_free(rt);
}

static void test_read_only_folder(void **state) {
  (void)state;
  if (geteuid() == 0) skip(); /* root writes anywhere: covered by the test above */
  char *dir = path_in_home("saves");
  char *why = NULL;
  assert_true(make_dirs(dir, &why));
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  assert_true(save_write(rt, &why));
  chmod(dir, 0500);
  rt_choose(rt, 0);
  rt_run(rt);
  assert_false(save_write(rt, &why));
  assert_non_null(why);
  free(why);
  why = NULL;
  Runtime *back = save_resume(story, &why); /* the old one still works */
  assert_non_null(back);
  assert_int_equal(rt_choices_made(back), 0);
  rt_free(back);
  chmod(dir, 0700);
  rt_free(rt);
  free(dir);
}

static void test_home_is_a_file(void **state) {
  (void)state;
  char *f = path_in_home("file");
  spit(f, "x", 1);
  setenv("BTS_HOME", f, 1);
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  char *why = NULL;
  assert_false(save_write(rt, &why));
  assert_non_null(why);
  free(why);
  Settings st;
  settings_defaults(&st);
  why = NULL;
  assert_false(settings_save(&st, &why));
  assert_non_null(why);
  free(why);
  rt_free(rt);
  setenv("BTS_HOME", temp_home, 1);
  free(f);
}

/* The disk fills up: a file size limit (RLIMIT_FSIZE), in a child so the
 * limit does not stay. SIGXFSZ ignored: write() then fails with EFBIG. */
static void test_disk_full(void **state) {
  (void)state;
  char *path = path_in_home("data");
  char *why = NULL;
  const char *old = "the old, complete content\n";
  assert_true(atomic_write(path, old, strlen(old), &why));
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = {4096, 4096};
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(3);
    size_t n = 100000;
    char *big = malloc(n);
    memset(big, 'n', n);
    char *w = NULL;
    bool ok = atomic_write(path, big, n, &w);
    if (ok) _exit(1);
    if (!w || !strstr(w, "cannot write")) _exit(2);
    fprintf(stderr, "disk full says: %s\n", w);
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  size_t len;
  char *now = slurp(path, &len);
  assert_string_equal(now, old);
  free(now);
  char *tmp;
  if (asprintf(&tmp, "%s.tmp", path) < 0) abort();
  assert_int_equal(access(tmp, F_OK), -1); /* no half file left */
  free(tmp);
  free(path);
}

/* Killed in the middle of writing: a child loops atomic_write with two
 * contents of different sizes; SIGKILL at random moments. The file must
 * always be one of them, complete. */
static void test_killed_while_writing(void **state) {
  (void)state;
  char *path = path_in_home("killed");
  size_t na = 200000, nb = 333333;
  char *a = malloc(na), *b = malloc(nb);
  memset(a, 'a', na);
  memset(b, 'b', nb);
  a[na - 1] = '\n';
  b[nb - 1] = '\n';
  char *why = NULL;
  assert_true(atomic_write(path, a, na, &why));
  srand((unsigned)time(NULL));
  int rounds = 40, seen_a = 0, seen_b = 0;
  for (int r = 0; r < rounds; r++) {
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
      for (int i = 0;; i++) {
        char *w = NULL;
        if (!atomic_write(path, i % 2 ? a : b, i % 2 ? na : nb, &w)) _exit(2);
      }
    }
    struct timespec ts = {0, (long)(rand() % 30000) * 1000L};
    nanosleep(&ts, NULL);
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFSIGNALED(status));
    size_t len = 0; /* gcc -O2 cannot see slurp always sets it */
    char *got = slurp(path, &len);
    assert_non_null(got);
    if (len == na && memcmp(got, a, na) == 0) seen_a++;
    else if (len == nb && memcmp(got, b, nb) == 0) seen_b++;
    else fail_msg("round %d: the file is neither old nor new (%zu bytes)", r, len);
    free(got);
  }
  fprintf(stderr, "killed %d writers: file complete every time (%d old, %d new)\n", rounds, seen_a, seen_b);
  free(a);
  free(b);
  free(path);
}


/* ---- hostile saves (issue 17, class 5) ---- */

static void write_good_save(void) {
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  rt_choose(rt, 0);
  rt_run(rt);
  char *why = NULL;
  assert_true(save_write(rt, &why));
  rt_free(rt);
}

/* Another user planted a link at the temporary file's name: the write
 * must not follow it (the target stays as it was). */
static void test_save_tmp_link_not_followed(void **state) {
  (void)state;
  char *victim = path_in_home("victim.txt");
  spit(victim, "precious\n", 9);
  char *dir = path_in_home("saves");
  char *why = NULL;
  assert_true(make_dirs(dir, &why));
  char *path = save_path(story);
  char *tmp;
  if (asprintf(&tmp, "%s.tmp", path) < 0) abort();
  assert_int_equal(symlink(victim, tmp), 0);
  write_good_save();
  size_t n;
  char *kept = slurp(victim, &n);
  assert_string_equal(kept, "precious\n");
  struct stat st;
  assert_int_equal(lstat(path, &st), 0);
  assert_true(S_ISREG(st.st_mode));
  assert_int_equal(st.st_mode & 0777, 0600);
  free(kept);
  free(tmp);
  free(path);
  free(dir);
  free(victim);
}

/* A folder anyone can write to is refused (a file could be planted there). */
static void test_save_world_writable_folder(void **state) {
  (void)state;
  char *dir = path_in_home("saves");
  char *why = NULL;
  assert_true(make_dirs(dir, &why));
  assert_int_equal(chmod(dir, 0777), 0);
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  assert_false(save_write(rt, &why));
  assert_non_null(strstr(why, "anyone can write"));
  free(why);
  rt_free(rt);
  free(dir);
}

/* HOME unset and no other folder: never /tmp; a clear refusal. */
static void test_no_home_no_tmp(void **state) {
  (void)state;
  char *saved_home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
  unsetenv("BTS_HOME");
  unsetenv("HOME");
  unsetenv("XDG_DATA_HOME");
  setenv("XDG_RUNTIME_DIR", "/tmp", 1); /* world-writable: not private, refused */
  assert_null(paths_user());
  Runtime *rt = rt_new(story, "en", "Alex", GENDER_F);
  rt_run(rt);
  char *why = NULL;
  assert_false(save_write(rt, &why));
  assert_non_null(strstr(why, "HOME is not set"));
  free(why);
  Settings st;
  settings_defaults(&st);
  assert_false(settings_save(&st, &why));
  free(why);
  assert_true(settings_load(&st, &why));
  rt_free(rt);
  /* A private runtime folder is used. */
  setenv("XDG_RUNTIME_DIR", temp_home, 1);
  char *user = paths_user();
  assert_non_null(user);
  assert_int_equal(strncmp(user, temp_home, strlen(temp_home)), 0);
  free(user);
  unsetenv("XDG_RUNTIME_DIR");
  if (saved_home) setenv("HOME", saved_home, 1);
  free(saved_home);
  setenv("BTS_HOME", temp_home, 1);
}

/* .bad-1 to .bad-999 already there: the next is .bad-1000; none replaced. */
static void test_bad_files_never_replaced(void **state) {
  (void)state;
  write_good_save();
  char *path = save_path(story);
  for (int i = 1; i <= 999; i++) {
    char *b;
    if (asprintf(&b, "%s.bad-%d", path, i) < 0) abort();
    spit(b, "kept\n", 5);
    free(b);
  }
  spit(path, "garbage\n", 8);
  char *why = NULL;
  assert_null(save_resume(story, &why));
  assert_non_null(strstr(why, ".bad-1000"));
  free(why);
  for (int i = 1; i <= 999; i += 97) {
    char *b;
    if (asprintf(&b, "%s.bad-%d", path, i) < 0) abort();
    char *k = slurp(b, NULL);
    assert_string_equal(k, "kept\n");
    free(k);
    free(b);
  }
  char *b;
  if (asprintf(&b, "%s.bad-1000", path) < 0) abort();
  char *k = slurp(b, NULL);
  assert_string_equal(k, "garbage\n");
  free(k);
  free(b);
  free(path);
}

/* A save edited on Windows (CRLF line ends) still resumes. */
static void test_save_crlf(void **state) {
  (void)state;
  char *good = good_save_text();
  Buf b = {0};
  for (const char *p = good; *p; p++) {
    if (*p == '\n') buf_add(&b, "\r", 1);
    buf_add(&b, p, 1);
  }
  write_good_save();
  char *path = save_path(story);
  spit(path, b.s, b.len);
  char *why = NULL;
  Runtime *rt = save_resume(story, &why);
  assert_non_null(rt);
  assert_null(why);
  assert_int_equal(rt_choices_made(rt), 1);
  rt_free(rt);
  free(b.s);
  free(path);
  free(good);
}

/* A save made with other story files (another fingerprint): refused, kept. */
static void test_save_other_fingerprint(void **state) {
  (void)state;
  char *good = good_save_text();
  char *p = strstr(good, "fingerprint ");
  assert_non_null(p);
  p += strlen("fingerprint ");
  p[0] = p[0] == '0' ? '1' : '0';
  check_refused(good, strlen(good), "changed since this save");
  free(good);
}

/* ---- settings ---- */

static void check_settings_refused(const char *bad, size_t len) {
  char *path = path_in_home("settings.conf");
  spit(path, bad, len);
  Settings st;
  char *why = NULL;
  assert_false(settings_load(&st, &why));
  assert_non_null(why);
  assert_non_null(strstr(why, ".bad-1"));
  free(why);
  Settings def;
  settings_defaults(&def);
  assert_string_equal(st.lang, def.lang);
  assert_int_equal(st.text_scale, def.text_scale);
  char *aside = path_in_home("settings.conf.bad-1");
  size_t alen;
  char *kept = slurp(aside, &alen);
  assert_non_null(kept);
  assert_int_equal(alen, len);
  assert_memory_equal(kept, bad, len);
  free(kept);
  free(aside);
  assert_int_equal(access(path, F_OK), -1);
  /* Saving again works and reads back. */
  assert_true(settings_save(&st, &why));
  assert_true(settings_load(&st, &why));
  free(path);
}

static void test_settings_garbage(void **state) {
  (void)state;
  const char g[] = "this is not a settings file\n";
  check_settings_refused(g, sizeof g - 1);
}

static void test_settings_binary(void **state) {
  (void)state;
  const char b[] = "# behind-the-screen settings 1\nlang = en\x00\x01\x02\xff";
  check_settings_refused(b, sizeof b - 1);
}

/* One bad value loses only itself: every good value is used, the note names
 * file:line and the line, the file as it was is kept aside byte for byte
 * and the good values are written back (the next start says nothing). */
static void test_settings_bad_value(void **state) {
  (void)state;
  char *path = path_in_home("settings.conf");
  const char b[] = "# behind-the-screen settings 1\nlang = fr\ntext_scale = 200\nhigh_contrast = true\n"
                   "text_scale = 100000\nreduced_motion = true\n";
  spit(path, b, sizeof b - 1);
  Settings st;
  char *why = NULL;
  assert_false(settings_load(&st, &why));
  assert_non_null(why);
  char *where = xasprintf("%s:5: warning: \"text_scale = 100000\" was left out", path);
  assert_non_null(strstr(why, where));
  free(where);
  assert_non_null(strstr(why, "settings.conf.bad-1"));
  free(why);
  why = NULL;
  assert_string_equal(st.lang, "fr");
  assert_int_equal(st.text_scale, 200);
  assert_true(st.high_contrast);
  assert_true(st.reduced_motion);
  char *aside = path_in_home("settings.conf.bad-1");
  size_t alen;
  char *kept = slurp(aside, &alen);
  assert_non_null(kept);
  assert_int_equal(alen, sizeof b - 1);
  assert_memory_equal(kept, b, alen);
  free(kept);
  /* the next start: the same values, no note, nothing more set aside */
  Settings again;
  assert_true(settings_load(&again, &why));
  assert_null(why);
  assert_int_equal(again.text_scale, 200);
  assert_true(again.high_contrast);
  assert_string_equal(again.lang, "fr");
  char *second = path_in_home("settings.conf.bad-2");
  assert_int_equal(access(second, F_OK), -1);
  free(second);
  free(aside);
  free(path);
}

/* The same with a full disk: the good values cannot be written back, so the
 * file stays where it was, whole (nothing set aside, nothing lost). */
static void test_settings_bad_value_disk_full(void **state) {
  (void)state;
  char *path = path_in_home("settings.conf");
  char b[8192] = "# behind-the-screen settings 1\ntext_scale = 150\nspeed = warp\n";
  size_t n = strlen(b);
  memset(b + n, '#', sizeof b - n - 1); /* a long comment: the rewrite is larger than the limit below */
  b[sizeof b - 2] = '\n';
  n = sizeof b - 1;
  spit(path, b, n);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = {16, 16};
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(3);
    Settings st;
    char *why = NULL;
    if (settings_load(&st, &why)) _exit(1);
    if (st.text_scale != 150) _exit(2);
    if (!why || !strstr(why, ":3: warning:") || strstr(why, ".bad-")) _exit(4);
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  size_t len;
  char *now = slurp(path, &len);
  assert_non_null(now);
  assert_int_equal(len, n);
  assert_memory_equal(now, b, n);
  free(now);
  char *aside = path_in_home("settings.conf.bad-1");
  assert_int_equal(access(aside, F_OK), -1);
  free(aside);
  free(path);
}

static void test_settings_empty(void **state) {
  (void)state;
  check_settings_refused("", 0);
}

static void test_settings_too_large(void **state) {
  (void)state;
  size_t n = 200000;
  char *big = malloc(n);
  memset(big, '#', n);
  check_settings_refused(big, n);
  free(big);
}

static void test_settings_future_and_truncated(void **state) {
  (void)state;
  /* A newer version's file: unknown keys are ignored, known ones kept. */
  char *path = path_in_home("settings.conf");
  const char future[] = "# behind-the-screen settings 2\nlang = fr\nwarp_drive = on\ntext_scale = 150\n";
  spit(path, future, sizeof future - 1);
  Settings st;
  char *why = NULL;
  assert_true(settings_load(&st, &why));
  assert_string_equal(st.lang, "fr");
  assert_int_equal(st.text_scale, 150);
  /* Cut short after a whole line: the lines there are kept. */
  const char cut[] = "# behind-the-screen settings 1\nlang = it\ntext_sc";
  spit(path, cut, sizeof cut - 1);
  bool ok = settings_load(&st, &why);
  if (ok) assert_string_equal(st.lang, "it");
  else free(why);
  free(path);
}

static void test_settings_name_injection(void **state) {
  (void)state;
  /* A name with a newline must not add a line to the file. */
  Settings st;
  settings_defaults(&st);
  snprintf(st.name, sizeof st.name, "Eve\ntext_scale = 999\n\x1b[2J");
  char *why = NULL;
  assert_true(settings_save(&st, &why));
  Settings back;
  assert_true(settings_load(&back, &why));
  assert_int_equal(back.text_scale, 100);
  assert_null(strchr(back.name, '\x1b'));
}

int main(void) {
  Diag d;
  diag_init(&d);
  cat = catalog_load(BTS_SOURCE_DIR "/assets/advice.lua", &d);
  story = cat ? story_load(BTS_SOURCE_DIR "/stories/template", cat, &d) : NULL;
  if (!story) {
    diag_print(&d, stderr);
    return 1;
  }
  diag_free(&d);
#define T(f) cmocka_unit_test_setup_teardown(f, temp_home_setup, temp_home_teardown)
  const struct CMUnitTest tests[] = {
      T(test_no_save),          T(test_save_round_trip),       T(test_save_garbage),
      T(test_save_empty),       T(test_save_binary),           T(test_save_binary_after_header),
      T(test_save_truncated),   T(test_save_future_version),   T(test_save_other_story),
      T(test_save_changed_story), T(test_save_too_large),      T(test_save_is_a_folder),
      T(test_save_folder_in_the_way),
      T(test_cannot_write_keeps_old), T(test_read_only_folder), T(test_home_is_a_file),
      T(test_disk_full),        T(test_killed_while_writing),  T(test_settings_garbage),
      T(test_settings_binary),  T(test_settings_bad_value), T(test_settings_bad_value_disk_full),    T(test_settings_empty),
      T(test_settings_too_large), T(test_settings_future_and_truncated),
      T(test_settings_name_injection), T(test_save_tmp_link_not_followed),
      T(test_save_world_writable_folder), T(test_no_home_no_tmp), T(test_bad_files_never_replaced),
      T(test_save_crlf), T(test_save_other_fingerprint),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  story_free(story);
  catalog_free(cat);
  return rc;
}
