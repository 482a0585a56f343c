#include "summary.h"

#include <stdlib.h>
#include <string.h>

#include "answers.h"
#include "help.h"
#include "html.h"
#include "moment.h"
#include "util.h"
#include "storymap.h"

/* The class's show of hands for the reply `shown` of decision `k`, or -1
 * when no vote was taken there (the runtime keeps them, in the save too). */
static int votes(Runtime *rt, int k, int shown) { return rt_votes(rt, k, shown); }

/* One decision of the session: the scene, the replies shown, the one taken. */
typedef struct {
  int scene;
  int nshown;
  char *text[STORY_CHOICES_MAX];
  int taken; /* index among the shown replies */
} Decision;

/* Replays the session's choices on a copy, from its start, to learn the
 * replies shown at each decision and the scenes entered, in order. */
static Decision *decisions(Runtime *rt, const struct HelpList *help, int *n, int **scenes, int *nscenes) {
  const Story *s = rt_story(rt);
  *n = 0;
  *nscenes = 0;
  int made = rt_choices_made(rt);
  Decision *d = xcalloc((size_t)made + 1, sizeof *d);
  *scenes = xcalloc((size_t)made + 2, sizeof **scenes);
  char *save = rt_save_text(rt), *why = NULL;
  Runtime *walk = rt_from_save(s, save, &why);
  free(save);
  free(why);
  if (!walk) return d;
  while (rt_can_undo(walk)) rt_undo(walk);
  rt_set_help(walk, help);
  rt_set_recording(walk, false);
  (*scenes)[(*nscenes)++] = rt_start_scene(walk);
  int np;
  const int *path = rt_path(rt, &np);
  for (int i = 0; i < np && i < made; i++) {
    if (rt_run(walk) != RT_CHOICE) break;
    Decision *c = &d[*n];
    c->scene = (int)(rt_scene(walk) - s->scenes);
    c->nshown = rt_choice_count(walk);
    c->taken = -1;
    for (int k = 0; k < c->nshown && k < STORY_CHOICES_MAX; k++) {
      c->text[k] = xstrdup(rt_choice_text(walk, k));
      if (rt_choice_index(walk, k) == path[i]) c->taken = k;
    }
    (*n)++;
    if (!rt_choose_index(walk, path[i])) break;
    rt_run(walk);
    int sc = (int)(rt_scene(walk) - s->scenes);
    if (sc != (*scenes)[*nscenes - 1]) (*scenes)[(*nscenes)++] = sc;
  }
  rt_free(walk);
  return d;
}

static void section(Buf *b, const I18n *in, const char *lang, StrId title) {
  html_wrapped(b, "<h2>", i18n_word(in, lang, title), "</h2>\n");
}

static void decisions_html(Buf *b, Runtime *rt, const struct HelpList *help, const Decision *d, int n, const I18n *in,
                           const char *lang) {
  const Story *s = rt_story(rt);
  section(b, in, lang, P_DECISIONS);
  bool any_vote = false;
  for (int i = 0; i < n; i++)
    for (int k = 0; k < d[i].nshown; k++) any_vote |= votes(rt, i, k) >= 0;
  if (!any_vote) {
    html_wrapped(b, "<p class=\"hint\">", i18n_word(in, lang, P_NO_VOTES), "</p>\n");
  }
  char word[160];
  for (int i = 0; i < n; i++) {
    buf_adds(b, "<div class=\"keep\"><h3>");
    html_text(b, i18n_count_word(in, lang, P_DECISION, i + 1, word, sizeof word));
    /* where it was: the story's words (moment.h), not the scene's id */
    char *moment = scene_moment(s, d[i].scene, help, in, rt_lang(rt)); /* the story's language, as the replies */
    buf_adds(b, " <span class=\"hint\">(");
    html_text(b, moment);
    buf_adds(b, ")</span></h3>\n<ol>\n");
    free(moment);
    for (int k = 0; k < d[i].nshown; k++) {
      bool taken = k == d[i].taken;
      buf_adds(b, taken ? "<li class=\"taken\">" : "<li>");
      html_text(b, d[i].text[k]);
      int v = votes(rt, i, k);
      if (v >= 0) {
        html_wrapped(b, " <span class=\"votes\">(", i18n_count_word(in, lang, P_VOTES, v, word, sizeof word), ")</span>");
      }
      if (taken) {
        html_wrapped(b, " <span class=\"hint\">\xE2\x80\x94 ", i18n_word(in, lang, P_TAKEN), "</span>");
      }
      buf_adds(b, "</li>\n");
    }
    buf_adds(b, "</ol></div>\n");
  }
}

static const char *verdict_class(Verdict v) {
  switch (v) {
  case VERDICT_TAKEN: return "v-taken";
  case VERDICT_MISSED: return "v-missed";
  case VERDICT_WRONG_ORDER: return "v-wrong-order";
  default: return "v-not-needed";
  }
}

static StrId verdict_word(Verdict v) {
  switch (v) {
  case VERDICT_TAKEN: return S_TAKEN;
  case VERDICT_MISSED: return S_MISSED;
  case VERDICT_WRONG_ORDER: return S_WRONG_ORDER;
  default: return S_NOT_NEEDED;
  }
}

/* The debrief as the runtime gives it: the response steps numbered in the
 * agreed order, then the "next time" steps, each with its verdict. */
static void debrief_html(Buf *b, Runtime *rt, const I18n *in, const char *lang) {
  if (rt_state(rt) != RT_ENDED) return;
  section(b, in, lang, P_DEBRIEF);
  buf_adds(b, "<div class=\"keep\"><h3>");
  html_text(b, i18n_word(in, lang, S_ENDING));
  html_text(b, i18n_word(in, lang, T_COLON));
  html_text(b, rt_ending_title(rt));
  buf_adds(b, "</h3>\n<p>");
  html_lines(b, rt_ending_summary(rt));
  buf_adds(b, "</p></div>\n");
  DebriefItem items[CATALOG_MAX];
  int n = rt_debrief(rt, items, CATALOG_MAX);
  for (int group = 0; group < 2; group++) {
    bool any = false;
    for (int i = 0; i < n; i++) any |= items[i].prevention == (group == 1);
    if (!any) continue;
    html_wrapped(b, "<h3>", i18n_word(in, lang, group ? S_NEXT_TIME : S_RIGHT_STEPS), "</h3>\n");
    buf_adds(b, group ? "<ul>\n" : "<ol>\n");
    for (int i = 0; i < n; i++) {
      if (items[i].prevention != (group == 1)) continue;
      buf_adds(b, "<li class=\"keep\"><strong>");
      html_text(b, items[i].step);
      buf_adds(b, "</strong> \xE2\x80\x94 <span class=\"verdict ");
      buf_adds(b, verdict_class(items[i].verdict));
      buf_adds(b, "\">");
      html_text(b, i18n_word(in, lang, verdict_word(items[i].verdict)));
      buf_adds(b, "</span><br><span class=\"why\">");
      html_text(b, items[i].why);
      buf_adds(b, "</span></li>\n");
    }
    buf_adds(b, group ? "</ul>\n" : "</ol>\n");
  }
}

/* The discussion questions the session met, in the order met. */
static void discussion_html(Buf *b, Runtime *rt, const I18n *in, const char *lang) {
  section(b, in, lang, P_DISCUSSION);
  Buf list = {0};
  for (int i = 0; i < rt_history_len(rt); i++) {
    const Beat *beat = rt_history(rt, i);
    if (beat->kind != WORD_DISCUSS) continue;
    buf_adds(&list, "<li class=\"keep\">");
    html_lines(&list, beat->text);
    buf_adds(&list, "</li>\n");
  }
  if (list.len) {
    buf_adds(b, "<ol>\n");
    buf_adds(b, list.s);
    buf_adds(b, "</ol>\n");
  } else {
    html_wrapped(b, "<p>", i18n_word(in, lang, P_NO_DISCUSSION), "</p>\n");
  }
  free(list.s);
}

static void answers_html(Buf *b, const AnswerSession *a, const Questions *q, const I18n *in, const char *lang) {
  section(b, in, lang, P_BEFORE_AFTER);
  if (!a || !answers_any(a)) {
    html_wrapped(b, "<p class=\"hint\">", i18n_word(in, lang, P_NO_ANSWERS), "</p>\n");
    return;
  }
  buf_adds(b, "<table class=\"keep\">\n<tr><th></th>");
  for (int w = 0; w < ASK_WHEN; w++) {
    buf_adds(b, "<th>");
    html_text(b, i18n_word(in, lang, w == ASK_BEFORE ? P_BEFORE : P_AFTER));
    buf_adds(b, "<br><span class=\"hint\">");
    html_text(b, i18n_word(in, lang, P_AVERAGE));
    buf_adds(b, "</span></th>");
  }
  buf_adds(b, "</tr>\n");
  char word[120];
  for (int i = 0; i < a->count; i++) {
    buf_adds(b, "<tr><td>");
    const char *text = a->id[i];
    for (int k = 0; q && k < q->count; k++)
      if (strcmp(q->q[k].id, a->id[i]) == 0) text = question_text(q, k, lang);
    html_text(b, text);
    buf_adds(b, "</td>");
    for (int w = 0; w < ASK_WHEN; w++) {
      int total = answers_total(a, (AskWhen)w, i);
      buf_adds(b, "<td class=\"n\">");
      if (total) {
        buf_addf(b, "%.1f ", answers_mean(a, (AskWhen)w, i));
        html_wrapped(b, "<span class=\"hint\">(", i18n_count_word(in, lang, P_ANSWERS, total, word, sizeof word), ")</span>");
      } else {
        buf_adds(b, "\xE2\x80\x94");
      }
      buf_adds(b, "</td>");
    }
    buf_adds(b, "</tr>\n");
  }
  buf_adds(b, "</table>\n");
}

char *summary_html(const SummaryInput *si) {
  Runtime *rt = si->rt;
  const struct HelpList *help = si->help;
  const I18n *in = si->i18n;
  const char *lang = si->lang;
  const Story *s = rt_story(rt);
  const char *title = story_tr(s, rt_lang(rt), s->title);
  Buf b = {0};
  html_story_page(&b, lang, i18n_word(in, lang, P_SUMMARY), title);
  buf_adds(&b, " \xC2\xB7 ");
  html_text(&b, i18n_word(in, lang, P_DATE));
  buf_adds(&b, " ");
  html_date(&b, lang);
  if (help) {
    buf_adds(&b, " \xC2\xB7 ");
    html_text(&b, i18n_word(in, lang, P_COUNTRY));
    buf_adds(&b, " ");
    html_text(&b, help->name);
  }
  buf_adds(&b, "</p>\n");

  int n, nscenes, *scenes;
  Decision *d = decisions(rt, help, &n, &scenes, &nscenes);
  decisions_html(&b, rt, help, d, n, in, lang);

  /* the heading goes with the map to its page */
  buf_adds(&b, "<div class=\"map\">\n");
  section(&b, in, lang, P_MAP);
  char *why = NULL;
  html_wrapped(&b, "<p class=\"hint\">", i18n_word(in, lang, P_MAP_HINT), "</p>\n");
  char **labels = scene_labels(s, help, in, rt_lang(rt)); /* the moments, as the decisions above say them */
  bool drawn = html_map(&b, s, scenes, nscenes, rt_lang(rt), (const char *const *)labels, &why);
  scene_labels_free(s, labels);
  if (!drawn) {
    html_wrapped(&b, "<p>", i18n_word(in, lang, map_too_big() ? P_MAP_TOO_BIG : P_MAP_NONE), "</p>\n");
    free(why);
  }
  buf_adds(&b, "</div>\n");
  debrief_html(&b, rt, in, lang);
  discussion_html(&b, rt, in, lang);
  answers_html(&b, si->answers, si->questions, in, lang);
  section(&b, in, lang, P_HELP);
  html_help(&b, help, in, lang);
  buf_adds(&b, "<div class=\"keep\">");
  section(&b, in, lang, P_NOTES);
  /* ruled lines to write on (borders: a printer may leave out backgrounds) */
  buf_adds(&b, "<div class=\"notes\">");
  for (int i = 0; i < 8; i++) buf_adds(&b, "<div>&#160;</div>");
  buf_adds(&b, "</div></div>\n<p class=\"foot\">");
  html_text(&b, i18n_word(in, lang, P_MADE_HERE));
  buf_adds(&b, "</p>\n");
  html_close(&b);
  for (int i = 0; i < n; i++)
    for (int k = 0; k < d[i].nshown; k++) free(d[i].text[k]);
  free(d);
  free(scenes);
  return buf_take(&b);
}

bool summary_write(const char *path, const SummaryInput *si, char **why) {
  Buf b = {0};
  char *page = summary_html(si);
  b.s = page;
  b.len = strlen(page);
  bool ok = html_write(path, &b, why);
  free(page);
  return ok;
}
