#include "moment.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

/* Longer lines are cut: the sheet names the moment, the story tells it. */
#define MOMENT_MAX 90

/* Words, not only symbols and numbers: "⏳ 39:00" names no moment. Letters
 * are ASCII ones and the lead bytes of 2- and 3-byte UTF-8 characters but
 * U+2000-U+2FFF (punctuation, arrows, clocks); emoji have 4 bytes. */
static bool has_words(const char *t) {
  int letters = 0;
  for (const unsigned char *p = (const unsigned char *)t; *p; p++)
    letters += (*p < 0x80 && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')) || (*p >= 0xC2 && *p <= 0xEF && *p != 0xE2);
  return letters >= 3;
}

/* The first line the player reads at the top of the scene: not a clock,
 * not a discussion card or a crisis card (they are not the story), not a
 * line under a condition (some players never see it), not a line with no
 * words. */
static const Item *first_line(const Scene *sc, const Item **clock) {
  for (int i = 0; i < sc->nitems; i++) {
    const Item *it = &sc->items[i];
    if (it->kind == WORD_CLOCK) {
      if (!*clock) *clock = it;
      continue;
    }
    if (!word_is(it->kind, WF_SHOWN) || it->kind == WORD_DISCUSS || it->kind == WORD_CRISIS) continue;
    if (it->text && has_words(it->text)) return it;
  }
  return NULL;
}

/* At most MOMENT_MAX bytes, cut after a whole word (never inside a UTF-8
 * character), then "…". */
static void add_cut(Buf *b, const char *t) {
  size_t n = strlen(t);
  if (n <= MOMENT_MAX) {
    buf_adds(b, t);
    return;
  }
  size_t cut = MOMENT_MAX;
  while (cut > MOMENT_MAX / 2 && t[cut] != ' ') cut--;
  if (t[cut] != ' ') { /* one long word: a character boundary */
    cut = MOMENT_MAX;
    while (cut > 0 && ((unsigned char)t[cut] & 0xC0) == 0x80) cut--;
  }
  while (cut > 0 && strchr(" ,;:", t[cut - 1])) cut--;
  buf_add(b, t, cut);
  buf_adds(b, "\xE2\x80\xA6");
}

char **scene_labels(const Story *s, const struct HelpList *help, const I18n *in, const char *lang) {
  char **l = xcalloc((size_t)s->nscenes + 1, sizeof *l);
  for (int k = 0; k < s->nscenes; k++) {
    const Scene *sc = &s->scenes[k];
    if (sc->is_ending && sc->title && sc->title[0]) {
      double *vars = xcalloc((size_t)s->nvars + 1, sizeof *vars);
      for (int i = 0; i < s->nvars; i++) vars[i] = s->vars[i].start;
      l[k] = text_fill_local(story_tr(s, lang, sc->title), s, vars, "Sam", 'x', help, lang);
      free(vars);
    } else {
      l[k] = scene_moment(s, k, help, in, lang);
    }
  }
  return l;
}

void scene_labels_free(const Story *s, char **labels) {
  if (!labels) return;
  for (int k = 0; k < s->nscenes; k++) free(labels[k]);
  free(labels);
}

char *scene_moment(const Story *s, int k, const struct HelpList *help, const I18n *in, const char *lang) {
  const Scene *sc = &s->scenes[k];
  Buf b = {0};
  double *vars = xcalloc((size_t)s->nvars + 1, sizeof *vars);
  for (int i = 0; i < s->nvars; i++) vars[i] = s->vars[i].start;
  if (sc->moment) { /* the author's words for it */
    char *t = text_fill_local(story_tr(s, lang, sc->moment), s, vars, "Sam", 'x', help, lang);
    free(vars);
    add_cut(&b, t);
    free(t);
    return buf_take(&b);
  }
  const Item *clock = NULL;
  const Item *it = first_line(sc, &clock);
  if (!it) {
    free(vars);
    buf_adds(&b, i18n_word(in, lang, P_SCENE));
    buf_adds(&b, " ");
    buf_adds(&b, sc->id);
    return buf_take(&b);
  }
  if (clock && clock->text && clock->text[0]) {
    buf_adds(&b, clock->text);
    buf_adds(&b, " \xC2\xB7 ");
  }
  if (word_is(it->kind, WF_SPEAKER) && (it->who >= 0 || it->who == WHO_ME)) {
    buf_adds(&b, it->who == WHO_ME ? i18n_word(in, lang, T_YOU) : s->chars[it->who].name);
    buf_adds(&b, i18n_word(in, lang, T_COLON));
  }
  char *t = text_fill_local(story_tr(s, lang, it->text), s, vars, "Sam", 'x', help, lang);
  free(vars);
  add_cut(&b, t);
  free(t);
  return buf_take(&b);
}
