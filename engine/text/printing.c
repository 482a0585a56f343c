#include "printing.h"

#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "files.h"
#include "handout.h"
#include "help.h"
#include "helpcard.h"
#include "i18n.h"
#include "paths.h"
#include "runtime.h"
#include "save.h"
#include "settings.h"
#include "settingswords.h"
#include "story.h"
#include "summary.h"
#include "textsafe.h"
#include "util.h"

/* The words' language and the country, as the players settle them. */
typedef struct {
  Settings st;
  const char *lang, *country;
} Settled;

static void settle(const PrintOptions *o, Settled *s) {
  settings_load_said(&s->st, o->i18n, o->lang);
  s->lang = o->lang ? o->lang : s->st.lang;
  s->country = o->country ? o->country : s->st.country;
}

static HelpList *load_help(const char *country, const char *lang) {
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  HelpList *h = help_load(assets, country, lang, &d);
  if (!h) diag_print(&d, stderr);
  diag_free(&d);
  free(assets);
  return h;
}

static Questions *load_questions(void) {
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  Questions *q = questions_load(assets, &d);
  if (!q) diag_print(&d, stderr);
  diag_free(&d);
  free(assets);
  return q;
}

static Story *load_story(const PrintOptions *o, const char *path) {
  Diag d;
  diag_init(&d);
  Story *s = story_load(path, o->catalog, &d);
  diag_print(&d, stderr);
  diag_free(&d);
  return s;
}

/* What the story's pages start from: the settled words and country, the
 * story, the language it is told in (the player's when it has it) and the
 * country's help. False (said on stderr) when the story did not load. */
typedef struct {
  Settled st;
  Story *s;
  const char *story_lang;
  HelpList *help;
} StoryPage;

static bool page_open(const PrintOptions *o, const char *story, StoryPage *p) {
  settle(o, &p->st);
  p->s = load_story(o, story);
  if (!p->s) return false;
  p->story_lang = story_has_lang(p->s, p->st.lang) ? p->st.lang : p->s->language;
  p->help = load_help(p->st.country, p->st.lang);
  return true;
}

static void page_close(StoryPage *p) {
  help_free(p->help);
  story_free(p->s);
}

/* (called with ok computed first: an argument list has no order) */
static int written(const char *out, bool ok, char *why) {
  if (!ok) {
    bts_warn("%s", why);
    free(why);
    return 1;
  }
  ts_fprintf(stdout, "%s\n", out);
  return 0;
}

/* The path "1,2,1" played from the start; NULL with *why. */
static Runtime *replayed(const Story *s, const char *lang, const HelpList *help, const char *path, char **why) {
  Runtime *rt = rt_new(s, lang, NULL, GENDER_X);
  rt_set_help(rt, help);
  int step = 0;
  for (const char *p = path; *p;) {
    char *end;
    long v = strtol(p, &end, 10);
    if (end == p || v < 1 || v > STORY_CHOICES_MAX) {
      *why = xstrdup("--replay takes choice numbers like 1,2,1");
      rt_free(rt);
      return NULL;
    }
    step++;
    if (rt_run(rt) != RT_CHOICE || !rt_choose(rt, (int)v - 1)) {
      *why = xasprintf("%s: choice %d of the path (%ld) is not one the story offers there", s->path, step, v);
      rt_free(rt);
      return NULL;
    }
    p = end;
    while (*p == ',' || *p == ' ') p++;
  }
  if (rt_run(rt) == RT_ERROR) {
    *why = xstrdup(rt_error(rt));
    rt_free(rt);
    return NULL;
  }
  return rt;
}

bool print_session(Runtime *rt, const HelpList *help, const I18n *in, const char *lang,
                   const AnswerSession *answers, const char *out, char **why) {
  Questions *q = answers ? load_questions() : NULL;
  SummaryInput si = {.rt = rt, .help = help, .i18n = in, .lang = lang, .answers = answers, .questions = q};
  bool ok = summary_write(out, &si, why);
  questions_free(q);
  return ok;
}

int print_summary(const PrintOptions *o, const char *story, const char *replay, const char *out) {
  StoryPage p;
  if (!page_open(o, story, &p)) return 1;
  char *why = NULL;
  Runtime *rt = NULL;
  if (replay) {
    rt = replayed(p.s, p.story_lang, p.help, replay, &why);
  } else {
    /* the session under way, else the last one played to its end */
    rt = save_resume(p.s, &why);
    if (!rt && !why) rt = save_resume_ended(p.s, &why);
    if (rt) rt_set_help(rt, p.help), rt_run(rt);
    else if (!why)
    {
      char said[512]; /* a teacher's: in their language */
      why = xstrdup(i18n_name_word(o->i18n, p.st.lang, T_NO_SESSION, p.s->id, said, sizeof said));
    }
  }
  /* no session: said as a page that could not be written */
  bool ok = rt && print_session(rt, p.help, o->i18n, p.st.lang, NULL, out, &why);
  int status = written(out, ok, why);
  rt_free(rt);
  page_close(&p);
  return status;
}

int print_handout(const PrintOptions *o, const char *story, const char *out) {
  StoryPage p;
  if (!page_open(o, story, &p)) return 1;
  char *why = NULL;
  bool ok = handout_write(out, p.s, p.help, o->i18n, p.story_lang, &why);
  int status = written(out, ok, why);
  page_close(&p);
  return status;
}

int print_help_card(const PrintOptions *o, const char *country, const char *out) {
  Settled st;
  settle(o, &st);
  char *assets = paths_assets();
  bool known = help_has_country(assets, country);
  free(assets);
  if (!known) {
    /* cards that only say "no contacts yet" help no pupil */
    int n = 0;
    char *assets2 = paths_assets();
    char **codes = help_countries(assets2, &n);
    free(assets2);
    Buf list = {0};
    for (int i = 0; i < n; i++) {
      buf_addf(&list, "%s%s", i ? ", " : "", codes[i]);
      free(codes[i]);
    }
    free(codes);
    char said[512];
    bts_warn("%s %s", i18n_name_word(o->i18n, st.lang, T_NO_HELP_COUNTRY, country, said, sizeof said),
             list.s ? list.s : "");
    free(list.s);
    return 1;
  }
  HelpList *help = load_help(country, st.lang);
  if (!help) return 1;
  /* The cards go to that country's pupils: in its own language when the game
   * has it (an Italian class gets Italian cards whatever this computer's
   * settings say); --lang still decides. */
  const char *lang = st.lang;
  if (!o->lang && help->lang && strcmp(help->lang, lang) != 0 && i18n_find(o->i18n, help->lang) >= 0) {
    HelpList *own = load_help(country, help->lang);
    if (own) {
      help_free(help);
      help = own;
      lang = help->lang;
    }
  }
  char *why = NULL;
  bool ok = helpcard_write(out, help, o->i18n, lang, &why);
  int status = written(out, ok, why);
  help_free(help);
  return status;
}

int print_results(const char *out) {
  int n = 0;
  AnswerSession *all = answers_load_all(NULL, &n);
  char *csv = answers_csv(all, n);
  char *why = NULL;
  bool ok = write_file(out, csv, strlen(csv), &why);
  int status = written(out, ok, why);
  free(csv);
  free(all);
  return status;
}
