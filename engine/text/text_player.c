#include "text_player.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "notsaved.h"
#include "answers.h"
#include "ask_text.h"
#include "catalog.h"
#include "forget.h"
#include "help.h"
#include "i18n.h"
#include "paths.h"
#include "printing.h"
#include "runtime.h"
#include "save.h"
#include "settings.h"
#include "settingswords.h"
#include "text.h"
#include "textsafe.h"
#include "threads.h"
#include "util.h"
#include "watch.h"
#include "wrap.h"

typedef struct {
  FILE *in, *out;
  bool tty_in, tty_out, color, instant;
  const char *lang;
  const I18n *words;
  TextSpeed speed;
  int thread; /* the conversation of the last line shown, -1 */
  Wrap *wrap; /* out breaks lines between words (a terminal), else NULL */
  FILE *own;             /* the output itself (out may be a stream over it) */
  FILE *wrapped, *plain; /* the streams term_output_open put over it, or NULL */
  bool plain_letters;    /* the terminal shows no UTF-8 */
} Term;

/* The terminal's output: colours when it is a terminal that shows them,
 * lines broken between words at its width, and plain letters where it
 * shows no UTF-8 (LANG=C...), made before the wrap measures them. */
static void term_output_open(Term *t, FILE *out) {
  t->out = t->own = out;
  t->tty_out = isatty(fileno(out));
  t->plain_letters = ts_terminal_plain(out); /* asked of the terminal itself */
  const char *term = getenv("TERM");
  t->color = t->tty_out && !getenv("NO_COLOR") && !(term && strcmp(term, "dumb") == 0);
  int cols = t->tty_out ? wrap_terminal_width(out) : 0;
  if (cols >= 20) { /* narrower, a break between words helps no one */
    t->wrapped = wrap_open(out, cols, &t->wrap);
    if (t->wrapped) t->out = t->wrapped;
  }
  if (t->plain_letters) t->plain = ts_plain_stream(t->out);
  if (t->plain) t->out = t->plain;
}

/* Closes what term_output_open put over the output and flushes it; the
 * output itself stays open. */
static void term_output_close(Term *t) {
  if (t->plain) fclose(t->plain); /* its last letters go to the wrap, or the terminal */
  if (t->wrapped) fclose(t->wrapped);
  t->plain = t->wrapped = NULL;
  t->wrap = NULL;
  t->out = t->own;
  if (t->out) fflush(t->out);
}

/* The terminal's words, in the player's language (assets/lang). */
static const char *T(const Term *t, StrId id) { return i18n_word(t->words, t->lang, id); }

/* ": ", or " : " in French: the language's own colon. */
static const char *colon(const Term *t) { return T(t, T_COLON); }

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

/* A story text in a style (SGR codes), between open and close: "[", "]". */
static void styled(Term *t, const char *code, const char *open, const char *text, const char *close) {
  style(t, code);
  fputs(open, t->out);
  put(t, text);
  fputs(close, t->out);
  style(t, "0");
}

static void pause_ms(int ms) {
  struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

static const char *who_name(const Term *t, const Story *s, int who) {
  if (who == WHO_ME) return T(t, T_YOU);
  if (who >= 0) return s->chars[who].name;
  return "";
}

/* "[You blocked this account]": the story's words, else the app's (the
 * `app` words the window shows too, so both front ends say the same; the
 * ">> Chat: Sacha" line above says whose account). */
static void contact_line(Term *t, const Story *s, const Beat *b, StrId word) {
  style(t, "2");
  fputs("[", t->out);
  if (b->text[0]) {
    put(t, b->text);
  } else {
    char *name = text_terminal_safe(who_name(t, s, b->who));
    char buf[512];
    fputs(i18n_name_word(t->words, t->lang, word, name, buf, sizeof buf), t->out);
    free(name);
  }
  fputs("]", t->out);
  style(t, "0");
}

/* A line said in the room: "Nadia, in the room: ...", as narration; or
 * said in a call: "Karim, on the call: ...". */
static void in_person(Term *t, const Story *s, const Beat *b) {
  style(t, "3");
  if (b->who == WHO_ME) {
    fputs(T(t, T_ALOUD), t->out);
  } else {
    char *name = text_terminal_safe(who_name(t, s, b->who));
    char buf[512];
    fputs(i18n_name_word(t->words, t->lang, b->in_person ? T_IN_PERSON : T_ON_CALL, name, buf, sizeof buf), t->out);
    free(name);
  }
  fputs(colon(t), t->out);
  if (b->kind == WORD_PHOTO) fputs("[", t->out);
  put(t, b->text);
  if (b->kind == WORD_PHOTO) fputs("]", t->out);
  style(t, "0");
}

/* When a line lands in another conversation, say which: ">> Chat: Sacha". */
static void show_thread(Term *t, const Story *s, int thread) {
  if (thread < 0 || thread == t->thread) return;
  t->thread = thread;
  style(t, "1");
  fprintf(t->out, "\n>> %s%s", T(t, T_CHAT), colon(t));
  put(t, s->chars[thread].name);
  style(t, "0");
  fputs("\n", t->out);
}

/* The conversation a time marker dates: the one of the next line after it
 * (a marker is written before the lines it dates, often just before a
 * `to =` that moves the story elsewhere), as the window shows it
 * (threads.c); with no line after it yet, where it was written. So the
 * terminal says ">> Chat: Inès" first and then "--- Later ---", as a
 * reader expects, never the time above the line that leaves for Inès. */
static int dated_thread(const Runtime *rt, int i) {
  const Beat *mark = rt_history(rt, i);
  for (int j = i + 1; j < rt_history_len(rt); j++) {
    const Beat *b = rt_history(rt, j);
    if (threads_is_time(b) || b->thread < 0) continue;
    return b->thread;
  }
  return mark->thread;
}

/* Beat i of the history. */
static void show_beat(Term *t, const Story *s, const Runtime *rt, int i) {
  const Beat *b = rt_history(rt, i);
  show_thread(t, s, threads_is_time(b) ? dated_thread(rt, i) : b->thread);
  if (beat_said_aloud(b)) {
    in_person(t, s, b);
    fputs("\n", t->out);
    fflush(t->out);
    return;
  }
  switch (b->kind) {
    case WORD_REQUEST: contact_line(t, s, b, S_APP_request_from); break;
    case WORD_BLOCKED: contact_line(t, s, b, S_APP_blocked); break;
    case WORD_REPORTED: contact_line(t, s, b, S_APP_unavailable); break;
    case WORD_MSG:
      if (b->who >= 0 && t->tty_out && !t->instant && t->speed != SPEED_INSTANT) {
        style(t, "2");
        put(t, who_name(t, s, b->who));
        fprintf(t->out, " %s", T(t, T_TYPING));
        style(t, "0");
        fflush(t->out);
        int ms = b->typing_ms / 2;
        if (ms > 1800) ms = 1800;
        pause_ms(t->speed == SPEED_SLOW ? ms * 2 : ms);
        fputs("\r\033[K", t->out);
      }
      style(t, b->who == WHO_ME ? "1;36" : "1;35");
      put(t, who_name(t, s, b->who));
      fputs(colon(t), t->out);
      style(t, "0");
      put(t, b->text);
      break;
    case WORD_PHOTO:
      fputs("[", t->out);
      if (b->who == WHO_ME) fputs(T(t, T_PHOTO_SENT), t->out);
      else {
        /* The language's rule elides: "Photo d'Inès". */
        char *from = text_terminal_safe(who_name(t, s, b->who));
        char buf[512];
        fputs(i18n_name_word(t->words, t->lang, T_PHOTO_FROM, from, buf, sizeof buf), t->out);
        free(from);
      }
      fputs(colon(t), t->out);
      put(t, b->text);
      fputs("]", t->out);
      break;
    case WORD_CALL:
      style(t, "1");
      /* "[Video call from Kim", "[Voice call from Kim", "[You call Karim" */
      fprintf(t->out, "[%s ", T(t, b->call_out ? T_CALL_TO : b->call_kind == CALL_VOICE ? T_VOICE_CALL_FROM : T_CALL_FROM));
      put(t, who_name(t, s, b->who));
      if (b->text[0]) {
        fputs(colon(t), t->out);
        put(t, b->text);
      }
      fputs("]", t->out);
      style(t, "0");
      break;
    case WORD_RECORDING:
      /* the story may write REC itself: not twice */
      styled(t, "1;31", strstr(b->text, "REC") ? "[" : b->text[0] ? "[REC " : "[REC", b->text, "]");
      break;
    case WORD_HANGUP:
    case WORD_SYSTEM: styled(t, "2", "[", b->text, "]"); break;
    case WORD_NARRATE:
    default: /* a shown word with no look of its own reads as narration */
      styled(t, "3", "", b->text, "");
      break;
    case WORD_THINK:
      style(t, "3;2");
      fprintf(t->out, "(%s%s", T(t, T_THINK), colon(t));
      put(t, b->text);
      fputs(")", t->out);
      style(t, "0");
      break;
    case WORD_LATER:
      fputs("\n--- ", t->out);
      put(t, b->text);
      fputs(" ---", t->out);
      break;
    case WORD_CLOCK: styled(t, "2", "[", b->clock, "]"); break;
    case WORD_CRISIS:
      /* a calm card, set apart from the chat */
      fputs("\n  +--\n  | ", t->out);
      put(t, b->text);
      if (b->notes) {
        fprintf(t->out, "\n  | %s%s", T(t, T_CRISIS_CALL), colon(t));
        style(t, "1");
        put(t, b->notes);
        style(t, "0");
      }
      fputs("\n  +--", t->out);
      break;
    case WORD_DISCUSS:
      style(t, "1;33");
      fprintf(t->out, "%s%s", T(t, T_DISCUSS), colon(t));
      style(t, "0");
      /* Never the facilitator's notes, not even with --classroom: a terminal
       * in class is the projected screen. The notes are on the presenter
       * view and in --handout. */
      put(t, b->text);
      break;
  }
  fputs("\n", t->out);
  fflush(t->out);
}

/* topic: the story's (its debrief lists that topic's help, the crisis
 * lines always), or -1 for all of it. */
static void show_help(Term *t, const HelpList *h, const Diag *problems, int topic) {
  fprintf(t->out, "\n== %s", T(t, T_HELP));
  if (h) {
    fputs(" (", t->out);
    put(t, h->name);
    fputs(") ==\n", t->out);
    fprintf(t->out, "%s\n", T(t, T_NOT_ALONE));
    for (int i = 0; i < h->count; i++) {
      const HelpEntry *e = &h->entries[i];
      if (!help_for_topic(e, topic)) continue;
      fputs("  * ", t->out);
      put(t, e->name);
      if (strcasecmp(e->name, e->contact) != 0) { /* "3114", not "3114 - 3114" */
        fputs(" - ", t->out);
        style(t, "1");
        put(t, e->contact);
        style(t, "0");
      }
      if (e->urgent) fprintf(t->out, " (%s)", T(t, (e->roles >> HELP_CRISIS) & 1u ? T_CRISIS : T_URGENT));
      if (e->hours[0]) {
        fputs(" - ", t->out);
        put(t, e->hours);
      }
      if (e->what[0]) {
        fputs("\n    ", t->out);
        put(t, e->what);
      }
      fputs("\n", t->out);
    }
  } else {
    fputs(" ==\n", t->out);
    diag_print(problems, t->out);
  }
  fputs("\n", t->out);
}

static void show_debrief(Term *t, Runtime *rt, const HelpList *h, const Diag *problems) {
  fputs("\n", t->out);
  style(t, "1");
  fprintf(t->out, "== %s%s", T(t, T_END), colon(t));
  put(t, rt_ending_title(rt));
  fputs(" ==", t->out);
  style(t, "0");
  fprintf(t->out, "\n\n%s\n  ", T(t, T_DEBRIEF));
  put(t, rt_ending_summary(rt));
  fputs("\n", t->out);
  DebriefItem items[CATALOG_MAX];
  int n = rt_debrief(rt, items, CATALOG_MAX);
  /* a story that teaches no step ends on a plain page: no empty heading */
  if (n > 0) fprintf(t->out, "\n%s\n", T(t, T_STEPS));
  bool next_time = false;
  for (int i = 0; i < n; i++) {
    Verdict v = items[i].verdict;
    const char *mark = v == VERDICT_TAKEN ? "[x]" : v == VERDICT_MISSED ? "[ ]" : v == VERDICT_NOT_NEEDED ? "[*]" : "[~]";
    const char *word = v == VERDICT_TAKEN ? T(t, T_TAKEN) : v == VERDICT_MISSED ? T(t, T_MISSED)
                     : v == VERDICT_NOT_NEEDED ? T(t, T_NOT_NEEDED) : T(t, T_WRONG);
    /* the response steps numbered in the agreed order, then "next time" */
    if (items[i].prevention && !next_time) {
      fprintf(t->out, "\n%s\n", T(t, T_NEXT_TIME));
      next_time = true;
    }
    if (items[i].number > 0) fprintf(t->out, "  %2d. %s ", items[i].number, mark);
    else fprintf(t->out, "      %s ", mark);
    style(t, "1");
    put(t, items[i].step);
    style(t, "0");
    fprintf(t->out, " (%s)\n      ", word);
    put(t, items[i].why);
    fputs("\n", t->out);
  }
  show_help(t, h, problems, (int)rt_story(rt)->topic);
}

/* Ctrl+C, a terminal closed, a kill: the game stops as if "q" had been
 * typed (the place is saved, the before answers are kept, the terminal's
 * colours are reset), not in the middle of a line. The handler only sets
 * the flag; a read it interrupts returns (no SA_RESTART). */
static volatile sig_atomic_t stop_asked;
#ifndef _WIN32
static void on_stop(int sig) {
  (void)sig;
  stop_asked = 1;
}
#endif

/* Reads a line; NULL at end of input, or when the player stopped the game. */
static char *read_line(Term *t, char *buf, size_t n) {
  if (stop_asked || !fgets(buf, (int)n, t->in)) return NULL;
  buf[strcspn(buf, "\r\n")] = 0;
  ts_typed(t->in, buf, n); /* a Latin-1 terminal's letters, in UTF-8 */
  if (t->tty_in) wrap_line_typed(t->wrap); /* the terminal echoed it */
  else { /* echo scripted input so the transcript reads like a session */
    ts_fprintf(t->out, "%s\n", buf);
  }
  return buf;
}

/* --watch: a line of input, or a change of the story's files, whichever
 * comes first. 1: a line in buf; 0: the input ended; 2: the story changed. */
static int wait_line(Term *t, Watch *w, char *buf, size_t n) {
  if (!w) return read_line(t, buf, n) ? 1 : 0;
  while (!stop_asked && watch_wait(w, fileno(t->in)))
    if (watch_changed(w)) return 2;
  return read_line(t, buf, n) ? 1 : 0;
}

/* --watch: the story was saved. A clean version replaces the one playing,
 * at the same place; one with errors is shown and the last good one goes on. */
static void reload(Term *t, const TextOptions *o, Watch *w, Story **s, Runtime **rt, int *shown) {
  Diag d;
  diag_init(&d);
  Story *ns = story_load(o->story, o->catalog, &d);
  fputs("\n", t->out);
  if (!ns) {
    style(t, "1");
    fprintf(t->out, "%s\n", T(t, T_WATCH_ERRORS));
    style(t, "0");
    diag_print(&d, t->out);
    diag_free(&d);
    return;
  }
  diag_free(&d);
  int replayed = 0;
  Runtime *nrt = rt_follow(ns, *rt, &replayed);
  rt_free(*rt);
  story_free(*s);
  *s = ns;
  *rt = nrt;
  watch_follow(w, ns);
  style(t, "2");
  char buf[160];
  fprintf(t->out, "%s\n\n", i18n_count_word(t->words, t->lang, T_WATCH_RELOADED, replayed, buf, sizeof buf));
  style(t, "0");
  /* the beats since the last choice, shown again */
  *shown = rt_history_len(nrt);
  while (*shown > 0 && rt_history(nrt, *shown - 1)->choice_point == rt_choices_made(nrt)) (*shown)--;
}

static void ask_identity(Term *t, Settings *st) {
  char line[128];
  fprintf(t->out, "%s ", T(t, T_NAME_Q));
  fflush(t->out);
  if (!read_line(t, line, sizeof line)) return;
  char *safe = text_terminal_safe(line);
  if (safe[0]) snprintf(st->name, sizeof st->name, "%s", safe);
  free(safe);
  fprintf(t->out, "%s ", T(t, T_GENDER_Q));
  fflush(t->out);
  if (!read_line(t, line, sizeof line)) return;
  st->gender = line[0] == '1' ? 'm' : line[0] == '2' ? 'f' : 'x';
  st->set_up = true;
  char *why = NULL;
  if (!settings_save(st, &why)) {
    char *said = not_saved_words(t->words, t->lang ? t->lang : st->lang, S_SAVE_FAILED);
    bts_warn("%s (%s)", said, why); /* the player's words, then the details */
    free(said);
    free(why);
  }
}

/* One terminal game: what text_play sets up, the turns use and the end frees. */
typedef struct {
  Term t;
  const TextOptions *o;
  Story *s;
  Runtime *rt;
  HelpList *help;
  Diag help_problems;
  Watch *watch;
  Settings st;            /* the player's settings: lang and name point into it */
  const char *name;
  char gender;
  int shown;              /* beats of the history already printed */
  bool may_save;          /* not when testing from a scene or watching */
  bool saved_here;        /* the autosave holds the current choice point */
  bool warned_save;
  int status;
  Questions *questions;   /* the before/after questions, when asked (a terminal) */
  AnswerSession answers;
  bool asked_after, debrief_shown;
} Game;

/* Settings, story, country's help, the save to resume: 0 when the game can
 * start, else the exit code (everything already freed). */
static int game_open(Game *g, const TextOptions *o) {
  Term *t = &g->t;
  *t = (Term){.in = o->in ? o->in : stdin, .thread = -1};
  g->o = o;
  t->tty_in = isatty(fileno(t->in));
  term_output_open(t, o->out ? o->out : stdout);
  t->instant = o->instant;
  t->words = o->i18n;
  Settings *st = &g->st;
  char *why = NULL;
  settings_load_said(st, o->i18n, o->lang);
  t->speed = st->speed;
  const char *country = o->country ? o->country : st->country;

  Diag d;
  diag_init(&d);
  g->s = story_load(o->story, o->catalog, &d);
  if (!g->s) {
    diag_print(&d, stderr);
    diag_free(&d);
    return 1;
  }
  diag_free(&d);
  const char *lang = o->lang ? o->lang : st->lang;
  if (!story_has_lang(g->s, lang)) lang = g->s->language;
  t->lang = lang;
  ts_plain_language(lang); /* "n°7" in plain letters, as this language writes it */
  if (o->no_window) bts_warn("%s", T(t, T_NO_DISPLAY)); /* why the story is here, not in a window */
  if (t->plain_letters) bts_warn("%s", T(t, T_PLAIN_LETTERS)); /* once: how to see the whole text */
  /* the player's country: its help list, and its words in the story */
  diag_init(&g->help_problems);
  char *assets_dir = paths_assets();
  g->help = help_load(assets_dir, country, lang, &g->help_problems);
  help_use_words(g->help, o->i18n); /* amounts written the language's way */
  free(assets_dir);
  if (trace_is_off()) fprintf(t->out, "%s\n\n", T(t, T_NO_TRACE));

  if (t->tty_in && !st->set_up && !o->name) ask_identity(t, st);
  g->name = o->name ? o->name : st->name;
  g->gender = o->gender ? o->gender : st->gender;

  /* The save is read even when it will not be resumed: a damaged one is set
   * aside with a message, never overwritten silently; a good one is only
   * replaced when the player chose to start again (not from a pipe).
   * Testing from a scene, or the author's loop, never touches the
   * player's save of this story. */
  bool author = o->scene || o->sets || o->watch;
  g->may_save = !author;
  if (!author && save_exists(g->s)) {
    Runtime *saved = save_resume(g->s, &why);
    if (why) {
      bts_warn("%s (%s)", T(t, S_SAVE_UNREADABLE), why);
      free(why);
      why = NULL;
    }
    char line[256];
    if (saved && t->tty_in) {
      fprintf(t->out, "%s ", T(t, T_RESUME));
      fflush(t->out);
      if (read_line(t, line, sizeof line) && (line[0] == 0 || strchr(T(t, T_YES), line[0]))) {
        g->rt = saved;
        saved = NULL;
      }
    } else if (saved) {
      g->may_save = false;
    }
    rt_free(saved);
  }
  g->saved_here = g->rt != NULL;
  if (!g->rt) g->rt = rt_new(g->s, lang, g->name, (Gender)g->gender);
  rt_set_help(g->rt, g->help);
  if ((o->scene || o->sets) && !rt_start_here(g->rt, o->scene, o->sets, &why)) {
    bts_warn("%s", why);
    free(why);
    return 2;
  }
  /* The before questions: a new session, asked in person (a terminal),
   * never in the author's loop; every one may be skipped. */
  if (!g->saved_here && !author && t->tty_in) {
    char *assets = paths_assets();
    Diag qd;
    diag_init(&qd);
    g->questions = questions_load(assets, &qd);
    diag_free(&qd); /* no questions file: no questions, the story still plays */
    free(assets);
  }
  if (g->questions) {
    answers_begin(&g->answers, g->questions, g->s->id, o->classroom);
    ask_text(&(AskTerm){.in = t->in, .out = t->out, .echo = !t->tty_in, .wrap = t->wrap, .classroom = o->classroom, .words = o->i18n,
                        .lang = t->lang},
             g->questions, &g->answers, ASK_BEFORE);
  }
  if (o->watch) {
    g->watch = watch_new(g->s);
    setvbuf(t->in, NULL, _IONBF, 0); /* poll() sees what fgets has not read */
    style(t, "2");
    ts_fprintf(t->out, "%s\n", T(t, T_WATCHING));
    style(t, "0");
  }
  return 0;
}

static void game_close(Game *g) {
  /* before answers with no after ones (the player quit, or stopped the
   * game) still count, as in the window; a session saved at its debrief
   * writes over its own file, unchanged */
  if (g->questions && answers_any(&g->answers)) {
    char *why = NULL;
    if (!answers_save(&g->answers, &why)) {
      bts_warn("%s", why);
      free(why);
    }
  }
  term_output_close(&g->t);
  questions_free(g->questions);
  watch_free(g->watch);
  rt_free(g->rt);
  help_free(g->help);
  if (g->s) diag_free(&g->help_problems);
  story_free(g->s);
}

static void show_title(Game *g) {
  Term *t = &g->t;
  const Story *s = g->s;
  style(t, "1");
  put(t, story_tr(s, t->lang, s->title));
  style(t, "0");
  if (s->minutes > 0) {
    fputs(" (", t->out);
    char buf[128];
    fputs(i18n_count_word(t->words, t->lang, T_LENGTH, s->minutes, buf, sizeof buf), t->out);
    fputs(")", t->out);
  }
  fputs("\n", t->out);
  if (s->note) {
    style(t, "2");
    put(t, story_tr(s, t->lang, s->note));
    style(t, "0");
    fputs("\n", t->out);
  }
  fprintf(t->out, "%s\n\n", T(t, T_KEYS));
}

/* The printable summary of this session (printing.h), where asked. */
static void write_summary(Game *g, const char *file) {
  Term *t = &g->t;
  char *why = NULL;
  if (print_session(g->rt, g->help, t->words, t->lang, g->questions ? &g->answers : NULL, file, &why)) {
    fprintf(t->out, "%s\n  ", T(t, T_SUMMARY_WROTE));
    ts_fprintf(t->out, "%s\n\n", file);
  } else {
    char *said = not_saved_words(t->words, t->lang, S_SUMMARY_NOT_WRITTEN);
    bts_warn("%s (%s)", said, why);
    free(said);
    free(why);
  }
}

/* Once per ending reached: the debrief, the after questions (when the
 * before ones were asked), the summary when --summary named a file. */
static void debrief_once(Game *g) {
  Term *t = &g->t;
  if (g->debrief_shown) return;
  g->debrief_shown = true;
  show_debrief(t, g->rt, g->help, &g->help_problems);
  /* kept for --summary STORY after the bell (a failure changes nothing
   * here); the author's loop leaves the player's files alone */
  char *ended_why = NULL;
  if (g->may_save && !save_ended(g->rt, &ended_why)) free(ended_why);
  if (g->questions && !g->asked_after) {
    /* the same questions after the debrief; kept only on this computer */
    g->asked_after = true;
    ask_text(&(AskTerm){.in = t->in, .out = t->out, .echo = !t->tty_in, .wrap = t->wrap, .classroom = g->o->classroom,
                        .words = g->o->i18n, .lang = t->lang},
             g->questions, &g->answers, ASK_AFTER);
    if (answers_any(&g->answers)) {
      char *why = NULL;
      if (!answers_save(&g->answers, &why)) {
        bts_warn("%s", why);
        free(why);
      }
      fprintf(t->out, "%s\n\n", T(t, T_Q_THANKS));
    }
  }
  if (g->o->summary) write_summary(g, g->o->summary);
}

/* The end of the story: the debrief, then undo, again, the summary or quit.
 * false: the game is over. */
static bool turn_ended(Game *g) {
  Term *t = &g->t;
  char line[256];
  debrief_once(g);
  fprintf(t->out, "%s\n%s\n> ", T(t, T_AFTER), T(t, T_SUMMARY_KEY));
  fflush(t->out);
  int got = wait_line(t, g->watch, line, sizeof line);
  if (got == 2) {
    reload(t, g->o, g->watch, &g->s, &g->rt, &g->shown);
    g->debrief_shown = false;
    return true;
  }
  if (!got || line[0] == 'q') return false;
  if (line[0] == 's') {
    /* leave no trace: no file the player did not name (--summary FILE is named) */
    if (trace_is_off() && !g->o->summary) {
      fprintf(t->out, "%s\n", T(t, T_NO_TRACE));
      return true;
    }
    char *file = g->o->summary ? xstrdup(g->o->summary) : xasprintf("summary-%s.html", g->s->id);
    write_summary(g, file);
    free(file);
    return true;
  }
  if (line[0] == 'u' || line[0] == 'r') g->debrief_shown = false;
  if (line[0] == 'u') rt_undo(g->rt);
  else if (line[0] == 'r') {
    rt_free(g->rt);
    g->rt = rt_new(g->s, t->lang, g->name, (Gender)g->gender);
    rt_set_help(g->rt, g->help);
    g->shown = 0;
    t->thread = -1; /* from the start: say the first conversation again */
    fputs("\n", t->out);
    /* In class, playing again is a new run with its own before and after
     * questions (the teacher counts the hands again, as the window does on
     * Play again); at home the player has just answered the after ones, and
     * the same questions at once would only nag. */
    if (g->o->classroom && g->questions) {
      answers_begin(&g->answers, g->questions, g->s->id, true);
      ask_text(&(AskTerm){.in = t->in, .out = t->out, .echo = !t->tty_in, .wrap = t->wrap, .classroom = true, .words = g->o->i18n,
                          .lang = t->lang},
               g->questions, &g->answers, ASK_BEFORE);
      g->asked_after = false;
    }
  }
  return true;
}

/* After a choice: the autosave, when this game may save. */
static void autosave(Game *g) {
  g->saved_here = false;
  if (!g->may_save || rt_state(g->rt) != RT_CHOICE) return;
  char *why = NULL;
  if (save_write(g->rt, &why)) {
    g->saved_here = !trace_is_off(); /* "saved" only when it is */
    return;
  }
  if (!g->warned_save) {
    /* in the player's words, then the details for whoever fixes it */
    char *said = not_saved_words(g->t.words, g->t.lang, S_PLACE_NOT_SAVED);
    bts_warn("%s (%s)", said, why);
    free(said);
  }
  g->warned_save = true;
  free(why);
}

/* A choice point: the choices, then a line from the player.
 * false: the game is over. */
static bool turn_choice(Game *g) {
  Term *t = &g->t;
  Runtime *rt = g->rt;
  char line[256];
  fputs("\n", t->out);
  /* the call screen's buttons are numbered replies here, with their word */
  static const StrId BUTTON_WORD[BUTTON_COUNT] = {[BUTTON_answer] = S_APP_answer, [BUTTON_decline] = S_APP_decline,
                                                  [BUTTON_hangup] = S_APP_hangup};
  for (int i = 0; i < rt_choice_count(rt); i++) {
    fprintf(t->out, "  %d) ", i + 1);
    int b = rt_choice_button_of(rt, i);
    const char *text = rt_choice_text(rt, i);
    if (b) fprintf(t->out, "[%s]%s", T(t, BUTTON_WORD[b]), strcasecmp(text, T(t, BUTTON_WORD[b])) ? " " : "");
    if (!b || strcasecmp(text, T(t, BUTTON_WORD[b]))) put(t, text);
    fputs("\n", t->out);
  }
  fprintf(t->out, "%s> ", T(t, T_PROMPT));
  fflush(t->out);
  int got = wait_line(t, g->watch, line, sizeof line);
  if (got == 2) {
    reload(t, g->o, g->watch, &g->s, &g->rt, &g->shown);
    return true;
  }
  if (!got || line[0] == 'q') {
    /* Say "saved" only when a save of this very point exists. */
    fprintf(t->out, "\n%s\n", T(t, g->saved_here ? T_SAVED : T_BYE));
    return false;
  }
  if (line[0] == 'h' || line[0] == '?') {
    show_help(t, g->help, &g->help_problems, -1);
    return true;
  }
  if (line[0] == 'u') {
    if (!rt_can_undo(rt)) fprintf(t->out, "%s\n", T(t, T_NO_UNDO));
    else {
      rt_undo(rt);
      /* the save follows the undo, as in the window (play_back_to): a
       * player who takes back a reply and quits finds it taken back */
      autosave(g);
      fprintf(t->out, "%s\n", T(t, T_UNDONE));
      g->shown = rt_history_len(rt); /* the beats up to that choice were already shown */
    }
    return true;
  }
  char *end;
  long n = strtol(line, &end, 10);
  if (end == line || *end || n < 1 || n > rt_choice_count(rt)) {
    fprintf(t->out, "%s\n", T(t, T_BAD));
    return true;
  }
  fputs("\n", t->out);
  rt_choose(rt, (int)n - 1);
  rt_run(rt);
  autosave(g);
  return true;
}

/* One turn: run the story to its next stop, show what is new (also after an
 * undo), then the ending or the choices. false: the game is over. */
static bool turn(Game *g) {
  Runtime *rt = g->rt;
  if (g->shown > rt_history_len(rt)) g->shown = rt_history_len(rt);
  while (rt_state(rt) == RT_RUNNING) rt_step(rt);
  for (; g->shown < rt_history_len(rt); g->shown++) show_beat(&g->t, g->s, rt, g->shown);
  switch (rt_state(rt)) {
  case RT_ERROR:
    ts_fprintf(stderr, "%s\n", rt_error(rt));
    g->status = 1;
    return false;
  case RT_ENDED:
    return turn_ended(g);
  default:
    return turn_choice(g);
  }
}

int text_play(const TextOptions *o) {
  stop_asked = 0;
#ifndef _WIN32
  struct sigaction stop = {0}, was[3];
  stop.sa_handler = on_stop;
  sigemptyset(&stop.sa_mask);
  static const int SIGNALS[3] = {SIGINT, SIGTERM, SIGHUP};
  for (int i = 0; i < 3; i++) {
    sigaction(SIGNALS[i], NULL, &was[i]);
    if (was[i].sa_handler != SIG_IGN) sigaction(SIGNALS[i], &stop, NULL); /* nohup's stays ignored */
  }
#endif
  Game g = {0};
  int status = game_open(&g, o);
  if (status == 0 && stop_asked) fprintf(g.t.out, "\n%s\n", T(&g.t, T_BYE)); /* stopped at a question */
  if (status == 0 && !stop_asked) {
    show_title(&g);
    while (!stop_asked && turn(&g)) {
    }
    status = g.status;
  }
  game_close(&g);
#ifndef _WIN32
  for (int i = 0; i < 3; i++) sigaction(SIGNALS[i], &was[i], NULL);
#endif
  return status;
}

/* --replay PATH STORY: the transcript of one path, for a teacher checking an
 * ending before the lesson, or reading again a class's path (the summary's
 * decisions): every line in reading order with who says it, each decision
 * with the replies shown and the one taken, then the ending, the steps
 * taken or missed and the country's help, as the player reads them. Never
 * asks anything, never saves; no pauses. */
int text_replay(const TextOptions *o, const int *path, int n) {
  Term t = {.thread = -1, .instant = true, .words = o->i18n};
  term_output_open(&t, o->out ? o->out : stdout); /* as in the player */
  Settings st;
  settings_load_said(&st, o->i18n, o->lang);
  Diag d;
  diag_init(&d);
  Story *s = story_load(o->story, o->catalog, &d);
  diag_print(&d, stderr);
  diag_free(&d);
  if (!s) {
    term_output_close(&t);
    return 1;
  }
  const char *lang = o->lang ? o->lang : st.lang;
  if (!story_has_lang(s, lang)) lang = s->language;
  t.lang = lang;
  ts_plain_language(lang);
  Diag help_problems;
  diag_init(&help_problems);
  char *assets_dir = paths_assets();
  HelpList *help = help_load(assets_dir, o->country ? o->country : st.country, lang, &help_problems);
  help_use_words(help, o->i18n);
  free(assets_dir);
  Runtime *rt = rt_new(s, lang, o->name ? o->name : st.name, (Gender)(o->gender ? o->gender : st.gender));
  rt_set_help(rt, help);

  style(&t, "1");
  put(&t, story_tr(s, lang, s->title));
  style(&t, "0");
  fputs("\n", t.out);
  int status = 0, shown = 0;
  char word[160];
  for (int i = 0; i <= n && !status; i++) {
    RtState state = rt_run(rt);
    for (; shown < rt_history_len(rt); shown++) show_beat(&t, s, rt, shown);
    if (state == RT_ERROR) {
      ts_fprintf(stderr, "%s\n", rt_error(rt));
      status = 1;
    } else if (state == RT_ENDED) {
      if (i < n) {
        ts_fprintf(stderr, "%s: %s\n", s->path, i18n_count_word(t.words, lang, T_REPLAY_LONGER, i + 1, word, sizeof word));
        status = 1;
      } else {
        show_debrief(&t, rt, help, &help_problems);
      }
    } else if (i == n) {
      /* the replies where the path stops: the next number to add */
      fprintf(t.out, "\n%s\n", i18n_count_word(t.words, lang, P_DECISION, i + 1, word, sizeof word));
      for (int k = 0; k < rt_choice_count(rt); k++) {
        fprintf(t.out, "  %d) ", k + 1);
        put(&t, rt_choice_text(rt, k));
        fputs("\n", t.out);
      }
      fflush(t.out);
      char said[512];
      i18n_count_word(t.words, lang, T_REPLAY_STOPS, rt_choice_count(rt), word, sizeof word);
      ts_fprintf(stderr, "%s: %s\n", s->path, i18n_fill_name(t.words, lang, word, rt_scene(rt)->id, said, sizeof said));
      status = 1;
    } else {
      /* the decision: every reply shown, the one taken marked */
      int pick = path[i] - 1, count = rt_choice_count(rt);
      fputs("\n", t.out);
      style(&t, "1");
      fprintf(t.out, "%s\n", i18n_count_word(t.words, lang, P_DECISION, i + 1, word, sizeof word));
      style(&t, "0");
      for (int k = 0; k < count; k++) {
        fprintf(t.out, "%s %d) ", k == pick ? ">" : " ", k + 1);
        if (k == pick) style(&t, "1");
        put(&t, rt_choice_text(rt, k));
        if (k == pick) {
          style(&t, "0");
          fprintf(t.out, "  <- %s", T(&t, P_TAKEN));
        }
        fputs("\n", t.out);
      }
      fputs("\n", t.out);
      if (!rt_choose(rt, pick)) {
        char said[512], which[160];
        i18n_count_word(t.words, lang, T_REPLAY_NO_REPLY, count, word, sizeof word);
        ts_fprintf(stderr, "%s: %s: %d? %s\n", s->path, i18n_count_word(t.words, lang, P_DECISION, i + 1, which, sizeof which),
                   path[i], i18n_fill_name(t.words, lang, word, rt_scene(rt)->id, said, sizeof said));
        status = 1;
      }
    }
  }
  term_output_close(&t);
  rt_free(rt);
  help_free(help);
  diag_free(&help_problems);
  story_free(s);
  return status;
}
