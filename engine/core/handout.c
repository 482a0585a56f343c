#include "handout.h"

#include <stdlib.h>
#include <string.h>

#include "help.h"
#include "html.h"
#include "moment.h"
#include "text.h"
#include "util.h"
#include "storymap.h"

/* A story's words as the player reads them: {name} as a name, the
 * country's words filled in. */
static void story_words(Buf *b, const Story *s, const double *vars, const struct HelpList *help, const char *lang,
                        const char *text) {
  char *t = text_fill_local(story_tr(s, lang, text), s, vars, "Sam", 'x', help, lang);
  html_lines(b, t);
  free(t);
}

/* The discussion points of a scene, `when` branches included, each under
 * the moment of the story it belongs to (moment.h): the teacher reads the
 * story's words, not a scene's id. */
static void points(Buf *b, const Story *s, const char *moment, const Item *items, int n, const double *vars,
                   const struct HelpList *help, const I18n *in, const char *lang, int *count) {
  for (int i = 0; i < n; i++) {
    const Item *it = &items[i];
    if (it->kind == WORD_WHEN) {
      points(b, s, moment, it->body, it->nbody, vars, help, in, lang, count);
      continue;
    }
    if (it->kind != WORD_DISCUSS) continue;
    (*count)++;
    buf_adds(b, "<li class=\"keep\"><span class=\"hint\">");
    html_text(b, i18n_word(in, lang, P_MOMENT));
    html_text(b, i18n_word(in, lang, T_COLON));
    html_text(b, moment);
    buf_adds(b, "</span><br><strong>");
    story_words(b, s, vars, help, lang, it->text);
    buf_adds(b, "</strong>");
    if (it->notes && *it->notes) {
      buf_adds(b, "<br><span class=\"why\"><em>");
      html_text(b, i18n_word(in, lang, S_NOTES));
      html_text(b, i18n_word(in, lang, T_COLON));
      buf_adds(b, "</em>");
      story_words(b, s, vars, help, lang, it->notes);
      buf_adds(b, "</span>");
    }
    buf_adds(b, "</li>\n");
  }
}

char *handout_html(const Story *s, const struct HelpList *help, const I18n *in, const char *lang) {
  const char *title = story_tr(s, lang, s->title);
  Buf b = {0};
  html_story_page(&b, lang, i18n_word(in, lang, P_HANDOUT), title);
  if (s->minutes > 0) {
    char word[80];
    buf_adds(&b, " \xC2\xB7 ");
    html_text(&b, i18n_count_word(in, lang, T_LENGTH, s->minutes, word, sizeof word));
  }
  buf_adds(&b, " \xC2\xB7 ");
  html_date(&b, lang);
  buf_adds(&b, "</p>\n<p>");
  html_text(&b, i18n_word(in, lang, P_HANDOUT_INTRO));
  buf_adds(&b, "</p>\n");

  html_wrapped(&b, "<h2>", i18n_word(in, lang, P_DISCUSSION), "</h2>\n");
  double *vars = xcalloc((size_t)s->nvars + 1, sizeof *vars);
  for (int i = 0; i < s->nvars; i++) vars[i] = s->vars[i].start;
  Buf list = {0};
  int count = 0;
  for (int k = 0; k < s->nscenes; k++) {
    char *moment = scene_moment(s, k, help, in, lang);
    points(&list, s, moment, s->scenes[k].items, s->scenes[k].nitems, vars, help, in, lang, &count);
    free(moment);
  }
  free(vars);
  if (count) {
    buf_adds(&b, "<ol>\n");
    buf_adds(&b, list.s);
    buf_adds(&b, "</ol>\n");
  } else {
    html_wrapped(&b, "<p>", i18n_word(in, lang, P_NO_DISCUSSION), "</p>\n");
  }
  free(list.s);

  html_wrapped(&b, "<div class=\"map\"><h2>", i18n_word(in, lang, P_MAP), "</h2>\n");
  char *why = NULL;
  char **labels = scene_labels(s, help, in, lang); /* the moments, as the discussion points above say them */
  bool drawn = html_map(&b, s, NULL, 0, lang, (const char *const *)labels, &why);
  scene_labels_free(s, labels);
  if (!drawn) {
    html_wrapped(&b, "<p>", i18n_word(in, lang, map_too_big() ? P_MAP_TOO_BIG : P_MAP_NONE), "</p>\n");
    free(why);
  }
  buf_adds(&b, "</div>\n");
  html_wrapped(&b, "<h2>", i18n_word(in, lang, P_HELP), "</h2>\n");
  html_help(&b, help, in, lang);
  html_wrapped(&b, "<p class=\"foot\">", i18n_word(in, lang, P_MADE_HERE), "</p>\n");
  html_close(&b);
  return buf_take(&b);
}

bool handout_write(const char *path, const Story *s, const struct HelpList *help, const I18n *in, const char *lang,
                   char **why) {
  Buf b = {0};
  b.s = handout_html(s, help, in, lang);
  b.len = strlen(b.s);
  bool ok = html_write(path, &b, why);
  free(b.s);
  return ok;
}
