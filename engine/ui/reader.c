/* Read aloud: after each drawn frame the reader says what is new, in the
 * story's language and at the text-speed setting's pace. What it says comes
 * from engine/core/speakable.c; engine/ui/speech.c speaks it beside the
 * event loop. Story lines wait their turn; what the player does (a reply, a
 * key, another screen) cuts what was being said. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "call_view.h"
#include "reader.h"
#include "settings_view.h"
#include "speakable.h"
#include "speech.h"
#include "util.h"
#include "voice.h"
#include "textsafe.h"

typedef struct Reader {
  Speech *sp;
  char *last;          /* what F4 repeats */
  const Runtime *rt;   /* the story it follows (to see when it changes) */
  int said_upto;       /* beats of the history already said */
  int choices_said;    /* choice point whose replies were said, -1 none */
  int made;            /* choices made at the last frame */
  Screen screen;
  bool help_open;
  char *focus_said;    /* the focused control last said */
  char *status_said;   /* the notice last said ("Settings saved", "Deleted: ...") */
} Reader;

/* BTS_SPEECH_LOG=FILE: the lines are written to FILE instead of spoken, so a
 * scripted playthrough's speech can be checked (tests/speech). */
static Speech *open_speech(char **why) {
  const char *log = getenv("BTS_SPEECH_LOG");
  return speech_open(log && *log ? log : NULL, why);
}

static const char *story_lang(const App *app) {
  return app->play.rt && (app->nav.screen == SCR_CHAT || app->nav.screen == SCR_DEBRIEF) ? rt_lang(app->play.rt)
                                                                                 : app->set.lang;
}

/* How read-aloud speaks lang: its voice, small words and emoji (assets/lang). */
static const SpeechWords *SPEECH(const App *app, const char *lang) { return i18n_speech(app->opt.i18n, lang); }

static void say_in(App *app, const char *lang, char *text, bool interrupt) {
  Reader *r = app->reader;
  if (!text) return;
  if (*text) {
    speech_say(r->sp, text, SPEECH(app, lang)->voice, voice_wpm((int)app->set.speed), interrupt);
    free(r->last);
    r->last = text;
  } else {
    free(text);
  }
}

static void say(App *app, char *text, bool interrupt) { say_in(app, story_lang(app), text, interrupt); }

/* A notice appears (the window's words, in the window's language): said
 * once, after what was being said. */
static void say_notice(App *app, const char *text) {
  Reader *r = app->reader;
  if (!text || (r->status_said && strcmp(text, r->status_said) == 0)) return;
  free(r->status_said);
  r->status_said = xstrdup(text);
  say_in(app, app->set.lang, speak_clean(text, SPEECH(app, app->set.lang)), false);
}

/* Where the reader stands now, so that turning it on says only what comes. */
static void catch_up(App *app) {
  Reader *r = app->reader;
  r->rt = app->play.rt;
  r->said_upto = app->play.shown;
  r->choices_said = play_waiting_choice(&app->play) ? rt_choices_made(app->play.rt) : -1;
  r->made = app->play.rt ? rt_choices_made(app->play.rt) : 0;
  r->screen = app->nav.screen;
  r->help_open = app->nav.help_open;
}

static bool start(App *app) {
  char *why = NULL;
  Speech *sp = open_speech(&why);
  if (!sp) {
    if (why) bts_warn("%s (%s)", S(app, S_NO_AUDIO), why); /* the player's words, then the details */
    else bts_warn("%s", S(app, S_NO_AUDIO));
    free(why);
    app_status(app, S(app, S_NO_AUDIO));
    return false;
  }
  app->reader = xcalloc(1, sizeof *app->reader);
  app->reader->sp = sp;
  app->reader->choices_said = -1;
  catch_up(app);
  return true;
}

void reader_start(App *app) {
  if (app->set.read_aloud && !app->reader) start(app);
}

void reader_set(App *app, bool on) {
  if (on && !app->reader && !start(app)) return; /* no sound: the setting stays as it was */
  if (!on && app->reader) {
    speech_stop(app->reader->sp);
    reader_free(app);
  }
  app->set.read_aloud = on;
  app_status(app, S(app, on ? S_READ_ON : S_READ_OFF)); /* the reader says it at the next frame */
}

static SpeakWords words(App *app) {
  return (SpeakWords){S(app, S_YOU), S(app, S_PHOTO), S(app, S_THINK), S(app, S_RECORDING), S(app, S_DISCUSS)};
}

/* Says the beats revealed since the last frame; returns whether it said any. */
static bool say_beats(App *app, bool cut) {
  Reader *r = app->reader;
  Runtime *rt = app->play.rt;
  SpeakWords w = words(app);
  bool said = false;
  for (; r->said_upto < app->play.shown; r->said_upto++) {
    const Beat *b = rt_history(rt, r->said_upto);
    const Story *s = rt_story(rt);
    const char *sender = b->who >= 0 && b->who < s->nchars ? s->chars[b->who].name : NULL;
    const Beat *before = r->said_upto > 0 ? rt_history(rt, r->said_upto - 1) : NULL;
    if (b->thread >= 0 && b->thread < s->nchars && (!before || before->thread != b->thread)) {
      /* another conversation: its name first, as the terminal says it */
      char *chat = xasprintf("%s%s%s", S(app, T_CHAT), S(app, T_COLON), s->chars[b->thread].name);
      char *clean = speak_clean(chat, SPEECH(app, rt_lang(rt)));
      say(app, clean, cut && !said);
      said = true;
      free(chat);
    }
    char *line = speak_beat(b, sender, &w, SPEECH(app, rt_lang(rt)));
    if (line) {
      say(app, line, cut && !said);
      said = true;
    }
  }
  return said;
}

/* The replies as the strip numbers them (the keys 1-4), then the call's
 * buttons that are replies, by their word: "Answer: Pick up." */
static void say_choices(App *app, bool cut) {
  Runtime *rt = app->play.rt;
  int n = rt_choice_count(rt), m = 0;
  const char **texts = xcalloc((size_t)(n > 0 ? n : 1), sizeof *texts);
  Buf buttons = {0};
  for (int i = 0; i < n; i++) {
    char *b = call_reply_said(app, i);
    if (b) buf_addf(&buttons, "%s%s", buttons.len ? ". " : "", b);
    else texts[m++] = rt_choice_text(rt, i);
    free(b);
  }
  if (m) say(app, speak_choices(S(app, S_REPLIES), texts, m, SPEECH(app, rt_lang(rt))), cut);
  if (buttons.len) {
    char *b = buf_take(&buttons);
    say(app, speak_clean(b, SPEECH(app, rt_lang(rt))), cut && !m);
    free(b);
  }
  free(texts);
}

/* topic: the story's (a debrief says that topic's help, as shown), or -1. */
static void add_contacts(App *app, Buf *b, const char *lang, int topic) {
  if (!app->lib.help || app->lib.help->count == 0) {
    char *none = speak_clean(S(app, S_HELP_NONE), SPEECH(app, lang));
    buf_addf(b, " %s", none);
    free(none);
    return;
  }
  for (int i = 0; i < app->lib.help->count; i++) {
    if (!help_for_topic(&app->lib.help->entries[i], topic)) continue;
    char *c = speak_contact(&app->lib.help->entries[i], S(app, S_URGENT), SPEECH(app, lang));
    buf_addf(b, " %s", c);
    free(c);
  }
}

static void add_sentence(App *app, Buf *b, const char *text, const char *lang) {
  char *t = speak_clean(text, SPEECH(app, lang));
  size_t n = strlen(t);
  if (n) buf_addf(b, "%s%s%s", b->len ? " " : "", t, strchr(".!?:", t[n - 1]) ? "" : ".");
  free(t);
}

static void say_help(App *app) {
  const char *lang = app->set.lang;
  Buf b = {0};
  add_sentence(app, &b, S(app, S_HELP_TITLE), lang);
  if (app->lib.help && app->lib.help->name) add_sentence(app, &b, app->lib.help->name, lang);
  add_sentence(app, &b, S(app, S_HELP_SUB), lang);
  add_contacts(app, &b, lang, -1);
  add_sentence(app, &b, S(app, S_READ_KEYS), lang);
  say(app, buf_take(&b), true);
}

/* The debrief in the order it is shown: the ending, what happened, each
 * step with its word (done, not done this time, risky order) and why, the
 * kind words, the contacts. */
static void say_debrief(App *app) {
  Runtime *rt = app->play.rt;
  const char *lang = rt_lang(rt);
  Buf b = {0};
  if (rt_state(rt) == RT_ERROR) {
    add_sentence(app, &b, S(app, S_ERROR), lang);
    say(app, buf_take(&b), true);
    return;
  }
  add_sentence(app, &b, S(app, S_ENDING), lang);
  if (rt_ending_title(rt)) add_sentence(app, &b, rt_ending_title(rt), lang);
  add_sentence(app, &b, S(app, S_WHAT_HAPPENED), lang);
  if (rt_ending_summary(rt)) add_sentence(app, &b, rt_ending_summary(rt), lang);
  DebriefItem items[CATALOG_MAX];
  int n = rt_debrief(rt, items, CATALOG_MAX);
  if (n > 0) {
    add_sentence(app, &b, S(app, S_RIGHT_STEPS), lang);
    static const Verdict order[3] = {VERDICT_TAKEN, VERDICT_WRONG_ORDER, VERDICT_MISSED};
    for (int k = 0; k < 3; k++)
      for (int i = 0; i < n; i++) {
        if (items[i].verdict != order[k]) continue;
        StrId word = order[k] == VERDICT_TAKEN ? S_TAKEN : order[k] == VERDICT_MISSED ? S_MISSED : S_WRONG_ORDER;
        char *head = xasprintf("%s: %s", S(app, word), items[i].step ? items[i].step : items[i].id);
        add_sentence(app, &b, head, lang);
        free(head);
        if (items[i].why) add_sentence(app, &b, items[i].why, lang);
      }
  }
  int topic = app->play.story ? (int)app->play.story->topic : -1;
  add_sentence(app, &b, S(app, topic <= TOPIC_SEXTORTION ? S_NOT_YOUR_FAULT : S_NOT_YOUR_FAULT_ANY), lang);
  add_sentence(app, &b, S(app, S_HELP_TITLE), lang);
  add_contacts(app, &b, lang, topic);
  say(app, buf_take(&b), true);
}

/* What the focused control says: a setting with its row's name. */
static char *focus_text(App *app) {
  if (!app->in.focus_visible || app->in.focus < 0 || app->in.focus >= app->in.nzones) return NULL;
  const Zone *z = &app->in.zones[app->in.focus];
  const char *label = z->label ? z->label : "";
  if (z->action == ACT_SETTING) {
    char buf[160];
    const char *v = z->arg2 >= 100 ? label : setting_value(app, (SettingId)z->arg, buf, sizeof buf);
    return xasprintf("%s: %s", setting_label(app, (SettingId)z->arg), v);
  }
  return *label ? xstrdup(label) : NULL;
}

void reader_frame(App *app) {
  Reader *r = app->reader;
  if (!r) return;
  bool cut = false;
  if (app->play.rt != r->rt) {
    /* another story, or the same one replayed in another language: a
     * resumed past is not read again */
    r->rt = app->play.rt;
    r->said_upto = app->play.shown;
    r->choices_said = -1;
    r->made = app->play.rt ? rt_choices_made(app->play.rt) : 0;
    cut = true;
  }
  if (app->nav.help_open != r->help_open) {
    r->help_open = app->nav.help_open;
    cut = true;
    if (app->nav.help_open) say_help(app);
  }
  if (app->nav.screen != r->screen) {
    r->screen = app->nav.screen;
    cut = true;
    if (app->nav.screen == SCR_DEBRIEF && app->play.rt) say_debrief(app);
  }
  if (app->play.rt && !app->nav.help_open && app->nav.screen == SCR_CHAT) {
    int made = rt_choices_made(app->play.rt);
    if (made != r->made || app->play.shown < r->said_upto) cut = true; /* a reply, or undo */
    r->made = made;
    if (app->play.shown < r->said_upto) r->said_upto = app->play.shown;
    bool said = say_beats(app, cut);
    if (play_waiting_choice(&app->play) && r->choices_said != made) {
      r->choices_said = made;
      say_choices(app, cut && !said);
    }
  }
  if (app->nav.status) say_notice(app, app->nav.status);
  if (app->nav.screen == SCR_SETTINGS && app->nav.forget_report) say_notice(app, app->nav.forget_report);
  char *f = focus_text(app);
  if (f && (!r->focus_said || strcmp(f, r->focus_said) != 0)) {
    free(r->focus_said);
    r->focus_said = xstrdup(f);
    say(app, f, true);
  } else {
    if (!f) {
      free(r->focus_said);
      r->focus_said = NULL;
    }
    free(f);
  }
}

void reader_repeat(App *app) {
  Reader *r = app->reader;
  if (!r || !r->last) return;
  say(app, xstrdup(r->last), true);
}

void reader_stop(App *app) {
  if (app->reader) speech_stop(app->reader->sp);
}

void reader_free(App *app) {
  Reader *r = app->reader;
  if (!r) return;
  speech_close(r->sp);
  free(r->last);
  free(r->focus_said);
  free(r->status_said);
  free(r);
  app->reader = NULL;
}
