#include "answers.h"

#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "files.h"
#include "forget.h"
#include "i18n.h"
#include "luaread.h"
#include "paths.h"
#include "sandbox.h"
#include "util.h"

static const char WORDS[] =
    "_questions = {}\n"
    "function question(id) return function(t) t.id = id; _questions[#_questions + 1] = t end end\n";

Questions *questions_load(const char *assets_dir, Diag *diag) {
  char *path = path_join(assets_dir, "questions.lua");
  Sandbox *sb = sandbox_data_file(path, WORDS, diag);
  if (!sb) {
    free(path);
    return NULL;
  }
  lua_State *L = sandbox_lua(sb);
  Questions *q = xcalloc(1, sizeof *q);
  sandbox_push_collected(sb);
  lr_field(L, -1, "_questions");
  int list = lua_gettop(L);
  int n = (int)lua_rawlen(L, list);
  if (n > QUESTIONS_MAX) diag_add(diag, DIAG_ERROR, path, 0, "%d questions: keep to %d (they are asked twice)", n, QUESTIONS_MAX);
  for (int i = 1; i <= n && q->count < QUESTIONS_MAX; i++) {
    lua_rawgeti(L, list, i);
    int t = lua_gettop(L);
    Question *one = &q->q[q->count];
    one->id = lr_string(L, t, "id");
    if (!one->id || strlen(one->id) >= sizeof ((AnswerSession *)0)->id[0] || strpbrk(one->id, " \t\n,\"")) {
      diag_add(diag, DIAG_ERROR, path, 0, "question number %d needs a short id without spaces", i);
      free(one->id);
      one->id = NULL;
      lua_pop(L, 1);
      continue;
    }
    /* every key that is a language code holds the question in that language */
    lua_pushnil(L);
    while (lua_next(L, t)) {
      const char *code = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
      if (lua_type(L, -1) == LUA_TSTRING && i18n_is_code(code, strlen(code)) && one->nlang < QUESTION_LANGS) {
        one->lang[one->nlang] = xstrdup(code);
        one->text[one->nlang++] = xstrdup(lua_tostring(L, -1));
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
    q->count++;
  }
  sandbox_free(sb);
  free(path);
  if (diag->errors) {
    questions_free(q);
    return NULL;
  }
  return q;
}

void questions_free(Questions *q) {
  if (!q) return;
  for (int i = 0; i < q->count; i++) {
    free(q->q[i].id);
    for (int k = 0; k < q->q[i].nlang; k++) {
      free(q->q[i].lang[k]);
      free(q->q[i].text[k]);
    }
  }
  free(q);
}

const char *question_text(const Questions *q, int i, const char *lang) {
  const Question *one = &q->q[i];
  for (int k = 0; k < one->nlang; k++)
    if (lang && strcmp(one->lang[k], lang) == 0) return one->text[k];
  for (int k = 0; k < one->nlang; k++)
    if (strcmp(one->lang[k], "en") == 0) return one->text[k];
  return one->nlang ? one->text[0] : one->id;
}

void questions_check_lang(const Questions *q, const char *lang, const char *path, Diag *diag) {
  for (int i = 0; i < q->count; i++) {
    bool found = false;
    for (int k = 0; k < q->q[i].nlang; k++) found |= strcmp(q->q[i].lang[k], lang) == 0;
    if (!found) diag_add(diag, DIAG_ERROR, path, 0, "question \"%s\" has no text in %s", q->q[i].id, lang);
  }
}

void answers_begin(AnswerSession *a, const Questions *q, const char *story_id, bool classroom) {
  memset(a, 0, sizeof *a);
  snprintf(a->story, sizeof a->story, "%s", story_id);
  a->classroom = classroom;
  for (int i = 0; q && i < q->count && i < QUESTIONS_MAX; i++) snprintf(a->id[a->count++], sizeof a->id[0], "%s", q->q[i].id);
  local_time_text(a->stamp, sizeof a->stamp, "%Y%m%d-%H%M%S");
}

void answers_add(AnswerSession *a, AskWhen when, int i, int value, int how_many) {
  if (when < 0 || when >= ASK_WHEN || i < 0 || i >= a->count || value < 1 || value > ANSWER_VALUES) return;
  int *c = &a->counts[when][i][value - 1];
  *c += how_many;
  if (*c < 0) *c = 0;
  if (*c > 9999) *c = 9999; /* a class, not a stadium: a typo stays small */
}

int answers_total(const AnswerSession *a, AskWhen when, int i) {
  int t = 0;
  for (int v = 0; v < ANSWER_VALUES; v++) t += a->counts[when][i][v];
  return t;
}

double answers_mean(const AnswerSession *a, AskWhen when, int i) {
  int t = answers_total(a, when, i);
  if (!t) return 0;
  double sum = 0;
  for (int v = 0; v < ANSWER_VALUES; v++) sum += (v + 1) * a->counts[when][i][v];
  return sum / t;
}

bool answers_any(const AnswerSession *a) {
  for (int w = 0; w < ASK_WHEN; w++)
    for (int i = 0; i < a->count; i++)
      if (answers_total(a, (AskWhen)w, i)) return true;
  return false;
}

static const char *const WHEN_NAMES[ASK_WHEN] = {"before", "after"};

char *answers_format(const AnswerSession *a) {
  Buf b = {0};
  buf_adds(&b, "behind-the-screen answers 1\n");
  buf_adds(&b, "story ");
  buf_add_line(&b, a->story);
  buf_addf(&b, "\nmode %s\n", a->classroom ? "class" : "home");
  for (int w = 0; w < ASK_WHEN; w++)
    for (int i = 0; i < a->count; i++) {
      buf_addf(&b, "%s %s", WHEN_NAMES[w], a->id[i]);
      for (int v = 0; v < ANSWER_VALUES; v++) buf_addf(&b, " %d", a->counts[w][i][v]);
      buf_adds(&b, "\n");
    }
  buf_adds(&b, "end\n");
  return buf_take(&b);
}

bool answers_parse(const char *text, AnswerSession *a) {
  memset(a, 0, sizeof *a);
  if (strncmp(text, "behind-the-screen answers 1\n", 28) != 0) return false;
  bool ended = false;
  for (const char *line = strchr(text, '\n') + 1; *line;) {
    const char *eol = strchr(line, '\n');
    if (!eol) return false; /* cut short */
    char *l = xstrndup(line, (size_t)(eol - line));
    char id[32];
    int c[ANSWER_VALUES];
    bool ok = true;
    if (strncmp(l, "story ", 6) == 0) snprintf(a->story, sizeof a->story, "%s", l + 6);
    else if (strcmp(l, "mode class") == 0) a->classroom = true;
    else if (strcmp(l, "mode home") == 0) a->classroom = false;
    else if (strcmp(l, "end") == 0) ended = true;
    else {
      int w = strncmp(l, "before ", 7) == 0 ? ASK_BEFORE : strncmp(l, "after ", 6) == 0 ? ASK_AFTER : -1;
      ok = w >= 0 && sscanf(l + (w == ASK_BEFORE ? 7 : 6), "%31s %d %d %d %d %d", id, &c[0], &c[1], &c[2], &c[3], &c[4]) == 6;
      int i = 0;
      while (ok && i < a->count && strcmp(a->id[i], id) != 0) i++;
      if (ok && i == a->count) {
        if (a->count == QUESTIONS_MAX) ok = false;
        else snprintf(a->id[a->count++], sizeof a->id[0], "%s", id);
      }
      for (int v = 0; ok && v < ANSWER_VALUES; v++) {
        if (c[v] < 0 || c[v] > 9999) ok = false;
        else a->counts[w][i][v] = c[v];
      }
    }
    free(l);
    if (!ok) return false;
    line = eol + 1;
  }
  return ended && a->story[0];
}

static char *answers_dir(void) { return paths_user_file("answers"); }

bool answers_save(AnswerSession *a, char **why) {
  /* leave no trace: nothing written, and that is no failure */
  if (trace_is_off() || !answers_any(a)) return true;
  char *dir = answers_dir();
  if (!dir) {
    *why = xstrdup(PATHS_NO_HOME);
    return false;
  }
  if (!make_dirs(dir, why)) {
    free(dir);
    return false;
  }
  char *text = answers_format(a);
  bool ok = false;
  if (a->file[0]) {
    /* this session's own file, written over */
    char *path = path_join(dir, a->file);
    ok = atomic_write(path, text, strlen(text), why);
    free(path);
  } else {
    /* the story's id and a time: no name, nothing about the player; a
     * session of the same second (two players, two windows) never takes
     * another's file */
    for (int n = 1; n <= 1000 && !ok; n++) {
      char *name = n == 1 ? xasprintf("%s-%s.answers", a->story, a->stamp)
                          : xasprintf("%s-%s-%d.answers", a->story, a->stamp, n);
      for (char *p = name; *p; p++)
        if (*p == '/' || *p == '\\') *p = '_';
      char *path = path_join(dir, name);
      if (n > 1) {
        free(*why); /* the name was taken: only that */
        *why = NULL;
      }
      ok = atomic_write_new(path, text, strlen(text), why);
      bool taken = !ok && errno == EEXIST;
      if (ok) snprintf(a->file, sizeof a->file, "%s", name);
      free(path);
      free(name);
      if (!ok && !taken) break;
    }
  }
  free(text);
  free(dir);
  return ok;
}

/* "skype-20261130-081500.answers" or "...-081500-2.answers": the stamp,
 * "20261130-081500", or "" when the name has none. */
static void stamp_of(const char *name, char stamp[20]) {
  stamp[0] = 0;
  size_t n = strlen(name);
  if (n < 8) return;
  n -= 8; /* ".answers" */
  for (int pass = 0; pass < 2; pass++) {
    bool ok = n >= 16 && name[n - 16] == '-' && name[n - 7] == '-';
    for (size_t i = n - 15; ok && i < n; i++) ok = i == n - 7 || (name[i] >= '0' && name[i] <= '9');
    if (ok) {
      snprintf(stamp, 20, "%.15s", name + n - 15);
      return;
    }
    /* "-2": a second session of that second */
    size_t d = n;
    while (d > 0 && name[d - 1] >= '0' && name[d - 1] <= '9') d--;
    if (d == n || d == 0 || name[d - 1] != '-') return;
    n = d - 1;
  }
}

AnswerSession *answers_load_all(const char *story, int *n) {
  *n = 0;
  char *dir = answers_dir();
  int count;
  /* the names end in the time they were made: sorted is oldest first per story */
  char **names = dir_names(dir, ".answers", &count);
  if (!names) {
    free(dir);
    return NULL;
  }
  AnswerSession *all = xcalloc((size_t)count + 1, sizeof *all);
  for (int i = 0; i < count; i++) {
    char *p = path_join(dir, names[i]);
    size_t len;
    ReadError err;
    char *text = read_file(p, 64 * 1024, &len, &err);
    /* a damaged file is skipped: counts are never guessed */
    if (text && answers_parse(text, &all[*n]) && (!story || strcmp(all[*n].story, story) == 0)) {
      stamp_of(names[i], all[*n].stamp);
      snprintf(all[*n].file, sizeof all[*n].file, "%s", names[i]);
      (*n)++;
    }
    free(text);
    free(p);
  }
  names_free(names);
  free(dir);
  return all;
}

/* RFC 4180: a field with a comma, quote or line break is quoted; a
 * leading = + - @ is neutralised so a spreadsheet never runs it. */
static void csv_field(Buf *b, const char *s) {
  bool quote = strpbrk(s, ",\"\r\n") || strchr("=+-@", s[0]);
  if (!quote) {
    buf_adds(b, s);
    return;
  }
  buf_adds(b, strchr("=+-@", s[0]) && s[0] ? "\"'" : "\"");
  for (const char *p = s; *p; p++) {
    if (*p == '"') buf_adds(b, "\"\"");
    else buf_add(b, p, 1);
  }
  buf_adds(b, "\"");
}

char *answers_csv(const AnswerSession *all, int n) {
  /* added up per story, question and time: one row each, first seen first */
  typedef struct {
    const char *story, *id;
    int when;
    int counts[ANSWER_VALUES];
    int sessions;
  } Row;
  Row *rows = NULL;
  int nrows = 0;
  for (int s = 0; s < n; s++)
    for (int w = 0; w < ASK_WHEN; w++)
      for (int i = 0; i < all[s].count; i++) {
        if (!answers_total(&all[s], (AskWhen)w, i)) continue;
        int r = 0;
        while (r < nrows && !(rows[r].when == w && strcmp(rows[r].story, all[s].story) == 0 &&
                              strcmp(rows[r].id, all[s].id[i]) == 0))
          r++;
        if (r == nrows) {
          rows = xrealloc(rows, (size_t)(nrows + 1) * sizeof *rows);
          rows[nrows++] = (Row){.story = all[s].story, .id = all[s].id[i], .when = w};
        }
        rows[r].sessions++;
        for (int v = 0; v < ANSWER_VALUES; v++) rows[r].counts[v] += all[s].counts[w][i][v];
      }
  Buf b = {0};
  buf_adds(&b, "story,question,when,sessions,answered_1,answered_2,answered_3,answered_4,answered_5,answers,average\n");
  for (int w = 0; w < ASK_WHEN; w++)
    for (int r = 0; r < nrows; r++) {
      if (rows[r].when != w) continue;
      int total = 0;
      double sum = 0;
      for (int v = 0; v < ANSWER_VALUES; v++) total += rows[r].counts[v], sum += (v + 1) * rows[r].counts[v];
      csv_field(&b, rows[r].story);
      buf_adds(&b, ",");
      csv_field(&b, rows[r].id);
      buf_addf(&b, ",%s,%d", WHEN_NAMES[w], rows[r].sessions);
      for (int v = 0; v < ANSWER_VALUES; v++) buf_addf(&b, ",%d", rows[r].counts[v]);
      buf_addf(&b, ",%d,%.2f\n", total, total ? sum / total : 0.0);
    }
  free(rows);
  return buf_take(&b);
}
