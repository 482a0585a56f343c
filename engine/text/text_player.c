#include "text_player.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "help.h"
#include "paths.h"
#include "runtime.h"
#include "save.h"
#include "settings.h"
#include "scan.h"
#include "text.h"
#include "util.h"

typedef struct {
  const char *key, *en, *fr;
} Phrase;

static const Phrase PHRASES[] = {
    {"you", "You", "Moi"},
    {"think", "You think", "Tu penses"},
    {"photo_from", "Photo from", "Photo de"},
    {"photo_sent", "Photo sent", "Photo envoyée"},
    {"call_from", "Video call from", "Appel vidéo de"},
    {"typing", "is typing...", "est en train d'écrire..."},
    {"discuss", "Let's talk about it", "On en parle"},
    {"notes", "For the facilitator", "Pour l'animateur"},
    {"keys", "Type the number of your choice, then Enter.  u = undo  h = help  q = quit",
     "Tape le numéro de ton choix, puis Entrée.  u = revenir  h = aide  q = quitter"},
    {"prompt", "Your choice", "Ton choix"},
    {"bad", "Type a number from the list (or u, h, q).", "Tape un numéro de la liste (ou u, h, q)."},
    {"no_undo", "There is no earlier choice to go back to.", "Il n'y a pas de choix précédent."},
    {"undone", "Back to your previous choice.", "Retour à ton choix précédent."},
    {"saved", "Your place is saved. Bye!", "Ta partie est sauvegardée. À bientôt !"},
    {"bye", "Bye!", "À bientôt !"},
    {"length1", "about 1 minute", "environ 1 minute"},
    {"debrief", "What happened", "Ce qui s'est passé"},
    {"steps", "The right steps", "Les bons réflexes"},
    {"taken", "done", "fait"},
    {"missed", "not done this time", "pas fait cette fois"},
    {"wrong", "done, in the wrong order", "fait, dans le mauvais ordre"},
    {"help", "Where to get help", "Où trouver de l'aide"},
    {"not_alone", "It is not your fault, and you are not alone: these services can help.",
     "Ce n'est pas ta faute, et tu n'es pas seul·e : ces services peuvent t'aider."},
    {"urgent", "emergency", "urgence"},
    {"after", "u = go back to a choice   r = play again   q = quit", "u = revenir à un choix   r = rejouer   q = quitter"},
    {"resume", "You have a saved game here. Continue it? [Y/n]", "Tu as une partie en cours ici. La continuer ? [O/n]"},
    {"name_q", "Your first name (Enter for Sam):", "Ton prénom (Entrée pour Sam) :"},
    {"gender_q", "For the story's grammar: 1 = he, 2 = she, 3 = neither/rather not say:",
     "Pour l'accord des mots : 1 = il, 2 = elle, 3 = ni l'un ni l'autre / je préfère ne pas dire :"},
    {"length", "about %d minutes", "environ %d minutes"},
    {"end", "The end", "Fin"},
};

static const char *T(const char *lang, const char *key) {
  for (size_t i = 0; i < sizeof PHRASES / sizeof *PHRASES; i++)
    if (strcmp(PHRASES[i].key, key) == 0) return strcmp(lang, "fr") == 0 ? PHRASES[i].fr : PHRASES[i].en;
  return key;
}

typedef struct {
  FILE *in, *out;
  bool tty_in, tty_out, color, instant, classroom;
  const char *lang;
  TextSpeed speed;
} Term;

/* French puts a space before the colon. */
static const char *colon(const Term *t) { return strcmp(t->lang, "fr") == 0 ? " : " : ": "; }

static void style(Term *t, const char *code) {
  if (t->color) fprintf(t->out, "\033[%sm", code);
}

/* Every story text goes through here: no escape sequence from a story
 * reaches the terminal. */
static void put(Term *t, const char *text) {
  char *safe = text_terminal_safe(text);
  fputs(safe, t->out);
  free(safe);
}

static void pause_ms(int ms) {
  struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

static const char *who_name(const Story *s, int who, const char *lang) {
  if (who == WHO_ME) return T(lang, "you");
  if (who >= 0) return s->chars[who].name;
  return "";
}

static void show_beat(Term *t, const Story *s, const Beat *b) {
  const char *L = t->lang;
  switch (b->kind) {
    case WORD_MSG:
      if (b->who >= 0 && t->tty_out && !t->instant && t->speed != SPEED_INSTANT) {
        style(t, "2");
        put(t, who_name(s, b->who, L));
        fprintf(t->out, " %s", T(L, "typing"));
        style(t, "0");
        fflush(t->out);
        int ms = b->typing_ms / 2;
        if (ms > 1800) ms = 1800;
        pause_ms(t->speed == SPEED_SLOW ? ms * 2 : ms);
        fputs("\r\033[K", t->out);
      }
      style(t, b->who == WHO_ME ? "1;36" : "1;35");
      put(t, who_name(s, b->who, L));
      fputs(colon(t), t->out);
      style(t, "0");
      put(t, b->text);
      break;
    case WORD_PHOTO:
      fputs("[", t->out);
      if (b->who == WHO_ME) fputs(T(L, "photo_sent"), t->out);
      else {
        const char *from = who_name(s, b->who, L);
        /* French elides before a vowel: "Photo d'Inès". */
        bool elide = strcmp(L, "fr") == 0 && ((from[0] && strchr("AEIOUYaeiouy", from[0])) ||
                                              strncmp(from, "\xc3\x89", 2) == 0 || strncmp(from, "\xc3\x88", 2) == 0);
        fputs(elide ? "Photo d'" : T(L, "photo_from"), t->out);
        if (!elide) fputs(" ", t->out);
        put(t, from);
      }
      fputs(colon(t), t->out);
      put(t, b->text);
      fputs("]", t->out);
      break;
    case WORD_CALL:
      style(t, "1");
      fprintf(t->out, "[%s ", T(L, "call_from"));
      put(t, who_name(s, b->who, L));
      if (b->text[0]) {
        fputs(colon(t), t->out);
        put(t, b->text);
      }
      fputs("]", t->out);
      style(t, "0");
      break;
    case WORD_RECORDING:
      style(t, "1;31");
      fputs("[REC", t->out);
      if (b->text[0]) {
        fputs(" ", t->out);
        put(t, b->text);
      }
      fputs("]", t->out);
      style(t, "0");
      break;
    case WORD_HANGUP:
    case WORD_SYSTEM:
      style(t, "2");
      fputs("[", t->out);
      put(t, b->text);
      fputs("]", t->out);
      style(t, "0");
      break;
    case WORD_NARRATE:
    default: /* a shown word with no look of its own reads as narration */
      style(t, "3");
      put(t, b->text);
      style(t, "0");
      break;
    case WORD_THINK:
      style(t, "3;2");
      fprintf(t->out, "(%s%s", T(L, "think"), colon(t));
      put(t, b->text);
      fputs(")", t->out);
      style(t, "0");
      break;
    case WORD_LATER:
      fputs("\n--- ", t->out);
      put(t, b->text);
      fputs(" ---", t->out);
      break;
    case WORD_CLOCK:
      style(t, "2");
      fprintf(t->out, "[%s]", b->clock);
      style(t, "0");
      break;
    case WORD_DISCUSS:
      style(t, "1;33");
      fprintf(t->out, "%s%s", T(L, "discuss"), colon(t));
      style(t, "0");
      put(t, b->text);
      if (t->classroom && b->notes) {
        fprintf(t->out, "\n  (%s%s", T(L, "notes"), colon(t));
        put(t, b->notes);
        fputs(")", t->out);
      }
      break;
  }
  fputs("\n", t->out);
  fflush(t->out);
}

static void show_help(Term *t, const char *country) {
  char *assets = paths_assets();
  Diag d;
  diag_init(&d);
  HelpList *h = help_load(assets, country, t->lang, &d);
  fprintf(t->out, "\n== %s", T(t->lang, "help"));
  if (h) {
    fputs(" (", t->out);
    put(t, h->name);
    fputs(") ==\n", t->out);
    fprintf(t->out, "%s\n", T(t->lang, "not_alone"));
    for (int i = 0; i < h->count; i++) {
      const HelpEntry *e = &h->entries[i];
      fputs("  * ", t->out);
      put(t, e->name);
      fputs(" - ", t->out);
      style(t, "1");
      put(t, e->contact);
      style(t, "0");
      if (e->urgent) fprintf(t->out, " (%s)", T(t->lang, "urgent"));
      if (e->what[0]) {
        fputs("\n    ", t->out);
        put(t, e->what);
      }
      fputs("\n", t->out);
    }
  } else {
    fputs(" ==\n", t->out);
    diag_print(&d, t->out);
  }
  fputs("\n", t->out);
  help_free(h);
  diag_free(&d);
  free(assets);
}

static void show_debrief(Term *t, Runtime *rt, const char *country) {
  const char *L = t->lang;
  fputs("\n", t->out);
  style(t, "1");
  fprintf(t->out, "== %s%s", T(L, "end"), colon(t));
  put(t, rt_ending_title(rt));
  fputs(" ==", t->out);
  style(t, "0");
  fprintf(t->out, "\n\n%s\n  ", T(L, "debrief"));
  put(t, rt_ending_summary(rt));
  fprintf(t->out, "\n\n%s\n", T(L, "steps"));
  DebriefItem items[CATALOG_MAX];
  int n = rt_debrief(rt, items, CATALOG_MAX);
  for (int i = 0; i < n; i++) {
    const char *mark = items[i].verdict == VERDICT_TAKEN ? "[x]" : items[i].verdict == VERDICT_MISSED ? "[ ]" : "[~]";
    const char *word = items[i].verdict == VERDICT_TAKEN ? T(L, "taken") : items[i].verdict == VERDICT_MISSED ? T(L, "missed") : T(L, "wrong");
    fprintf(t->out, "  %s ", mark);
    style(t, "1");
    put(t, items[i].step);
    style(t, "0");
    fprintf(t->out, " (%s)\n      ", word);
    put(t, items[i].why);
    fputs("\n", t->out);
  }
  show_help(t, country);
}

/* Reads a line; NULL at end of input. */
static char *read_line(Term *t, char *buf, size_t n) {
  if (!fgets(buf, (int)n, t->in)) return NULL;
  buf[strcspn(buf, "\r\n")] = 0;
  if (!t->tty_in) { /* echo scripted input so the transcript reads like a session */
    fprintf(t->out, "%s\n", buf);
  }
  return buf;
}

static void ask_identity(Term *t, Settings *st) {
  char line[128];
  fprintf(t->out, "%s ", T(t->lang, "name_q"));
  fflush(t->out);
  if (!read_line(t, line, sizeof line)) return;
  char *safe = text_terminal_safe(line);
  if (safe[0]) snprintf(st->name, sizeof st->name, "%s", safe);
  free(safe);
  fprintf(t->out, "%s ", T(t->lang, "gender_q"));
  fflush(t->out);
  if (!read_line(t, line, sizeof line)) return;
  st->gender = line[0] == '1' ? 'm' : line[0] == '2' ? 'f' : 'x';
  st->set_up = true;
  char *why = NULL;
  if (!settings_save(st, &why)) {
    fprintf(stderr, "behind-the-screen: %s\n", why);
    free(why);
  }
}

int text_play(const TextOptions *o) {
  Term t = {.in = o->in ? o->in : stdin, .out = o->out ? o->out : stdout};
  t.tty_in = isatty(fileno(t.in));
  t.tty_out = isatty(fileno(t.out));
  const char *term = getenv("TERM");
  t.color = t.tty_out && !getenv("NO_COLOR") && !(term && strcmp(term, "dumb") == 0);
  t.instant = o->instant;
  t.classroom = o->classroom;
  Settings st;
  char *why = NULL;
  if (!settings_load(&st, &why)) {
    fprintf(stderr, "behind-the-screen: %s\n", why);
    free(why);
  }
  t.speed = st.speed;
  const char *country = o->country ? o->country : st.country;

  char *assets = paths_assets();
  char *advice = path_join(assets, "advice.lua");
  free(assets);
  Diag d;
  diag_init(&d);
  Catalog *cat = catalog_load(advice, &d);
  free(advice);
  Story *s = cat ? story_load(o->story, cat, &d) : NULL;
  if (!s) {
    diag_print(&d, stderr);
    diag_free(&d);
    catalog_free(cat);
    return 1;
  }
  diag_free(&d);
  const char *lang = o->lang ? o->lang : st.lang;
  if (!story_has_lang(s, lang)) lang = s->language;
  t.lang = lang;

  if (t.tty_in && !st.set_up && !o->name) ask_identity(&t, &st);
  const char *name = o->name ? o->name : st.name;
  char gender = o->gender ? o->gender : st.gender;

  Runtime *rt = NULL;
  char line[256];
  /* The save is read even when it will not be resumed: a damaged one is set
   * aside with a message, never overwritten silently; a good one is only
   * replaced when the player chose to start again (not from a pipe). */
  bool may_save = true;
  if (save_exists(s)) {
    Runtime *saved = save_resume(s, &why);
    if (why) {
      fprintf(stderr, "behind-the-screen: %s\n", why);
      free(why);
      why = NULL;
    }
    if (saved && t.tty_in) {
      fprintf(t.out, "%s ", T(lang, "resume"));
      fflush(t.out);
      if (read_line(&t, line, sizeof line) && (line[0] == 0 || strchr("yYoO", line[0]))) {
        rt = saved;
        saved = NULL;
      }
    } else if (saved) {
      may_save = false;
    }
    rt_free(saved);
  }
  bool resumed = rt != NULL;
  if (!rt) rt = rt_new(s, lang, name, (Gender)gender);

  style(&t, "1");
  put(&t, story_tr(s, lang, s->title));
  style(&t, "0");
  if (s->minutes > 0) {
    fputs(" (", t.out);
    if (s->minutes == 1) fputs(T(lang, "length1"), t.out);
    else fprintf(t.out, T(lang, "length"), s->minutes);
    fputs(")", t.out);
  }
  fputs("\n", t.out);
  if (s->note) {
    style(&t, "2");
    put(&t, story_tr(s, lang, s->note));
    style(&t, "0");
    fputs("\n", t.out);
  }
  fprintf(t.out, "%s\n\n", T(lang, "keys"));

  int shown = 0;
  int status = 0;
  bool warned_save = false;
  bool saved_here = resumed; /* the autosave holds the current choice point */
  for (;;) {
    /* Show what is new in the history (also after an undo). */
    if (shown > rt_history_len(rt)) shown = rt_history_len(rt);
    while (rt_state(rt) == RT_RUNNING) rt_step(rt);
    for (; shown < rt_history_len(rt); shown++) show_beat(&t, s, rt_history(rt, shown));
    RtState state = rt_state(rt);
    if (state == RT_ERROR) {
      fprintf(stderr, "%s\n", rt_error(rt));
      status = 1;
      break;
    }
    if (state == RT_ENDED) {
      show_debrief(&t, rt, country);
      save_remove(s);
      fprintf(t.out, "%s\n> ", T(lang, "after"));
      fflush(t.out);
      if (!read_line(&t, line, sizeof line) || line[0] == 'q') break;
      if (line[0] == 'u') rt_undo(rt);
      else if (line[0] == 'r') {
        rt_free(rt);
        rt = rt_new(s, lang, name, (Gender)gender);
        shown = 0;
        fputs("\n", t.out);
      }
      continue;
    }
    fputs("\n", t.out);
    for (int i = 0; i < rt_choice_count(rt); i++) {
      fprintf(t.out, "  %d) ", i + 1);
      put(&t, rt_choice_text(rt, i));
      fputs("\n", t.out);
    }
    fprintf(t.out, "%s> ", T(lang, "prompt"));
    fflush(t.out);
    if (!read_line(&t, line, sizeof line) || line[0] == 'q') {
      /* Say "saved" only when a save of this very point exists. */
      fprintf(t.out, "\n%s\n", T(lang, saved_here ? "saved" : "bye"));
      break;
    }
    if (line[0] == 'h' || line[0] == '?') {
      show_help(&t, country);
      continue;
    }
    if (line[0] == 'u') {
      if (!rt_can_undo(rt)) fprintf(t.out, "%s\n", T(lang, "no_undo"));
      else {
        rt_undo(rt);
        saved_here = false;
        fprintf(t.out, "%s\n", T(lang, "undone"));
        shown = rt_history_len(rt); /* the beats up to that choice were already shown */
      }
      continue;
    }
    char *end;
    long n = strtol(line, &end, 10);
    if (end == line || *end || n < 1 || n > rt_choice_count(rt)) {
      fprintf(t.out, "%s\n", T(lang, "bad"));
      continue;
    }
    fputs("\n", t.out);
    rt_choose(rt, (int)n - 1);
    rt_run(rt);
    saved_here = false;
    if (may_save && rt_state(rt) == RT_CHOICE) {
      if (save_write(rt, &why)) {
        saved_here = true;
      } else {
        if (!warned_save) fprintf(stderr, "behind-the-screen: the game could not be saved: %s\n", why);
        warned_save = true;
        free(why);
        why = NULL;
      }
    }
  }
  rt_free(rt);
  story_free(s);
  catalog_free(cat);
  return status;
}
