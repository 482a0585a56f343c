/* Drives the runtime and paces what the player sees: each new beat waits
 * its turn (a typing indicator as long as the message asks for, a short
 * pause otherwise). The time is an argument, fed from outside, so the same
 * script gives the same frames. The story's logic stays in the runtime. */
#include "play.h"

#include <stdlib.h>
#include <string.h>

#include "save.h"
#include "scan.h"
#include "util.h"

static double speed_factor(TextSpeed speed) {
  switch (speed) {
  case SPEED_INSTANT: return 0;
  case SPEED_SLOW: return 1.6;
  default: return 1;
  }
}

/* How long before beat b appears, and whether it is typed: by them (the
 * typing indicator) or by the player (into the composer). */
static int delay_for(const Play *p, TextSpeed speed, const Beat *b, const Beat *prev, bool *typing, bool *composing) {
  double f = speed_factor(speed);
  *typing = *composing = false;
  int ms;
  switch (b->kind) {
  case WORD_MSG:
    if (b->in_person) {
      ms = 900; /* said in the room: no one types */
    } else if (beat_said_aloud(b)) {
      /* said in a call: no one types; the time it takes to say it */
      ms = b->typing_ms > 900 ? b->typing_ms : 900;
    } else if (b->who >= 0) {
      ms = b->typing_ms > 0 ? b->typing_ms : 900;
      *typing = f > 0;
    } else if (p->compose) {
      /* the reply is typed into the composer, then sent */
      int n = (int)utf8_count(b->text);
      ms = 300 + 28 * n;
      ms = ms < 600 ? 600 : ms > 2000 ? 2000 : ms;
      *composing = f > 0;
    } else {
      ms = 350;
    }
    break;
  case WORD_PHOTO: ms = 1200; *typing = f > 0 && b->who >= 0 && !b->in_person; break;
  case WORD_CALL: ms = 700; break;
  case WORD_NARRATE: case WORD_THINK: ms = 900; break;
  case WORD_LATER: ms = 1200; break;
  case WORD_CLOCK: ms = 0; break;
  default: ms = 700; break;
  }
  /* After an incoming call, the ringing screen stays a moment. */
  if (prev && prev->kind == WORD_CALL) ms += 1800;
  return (int)(ms * f);
}

bool play_start(Play *p, Story *s, bool owns, bool resume, PlayWho who, uint64_t now, char **why) {
  play_stop(p);
  *why = NULL;
  uint64_t before = 0;
  Runtime *rt = resume ? save_resume_lesson(s, &before, why) : NULL;
  bool resumed = rt != NULL;
  if (resumed && *why) { /* only a save that could not be resumed is told */
    free(*why);
    *why = NULL;
  }
  if (!rt) rt = rt_new(s, who.lang, who.name, (Gender)who.gender);
  if (!rt) return false;
  rt_set_help(rt, who.help);
  p->rt = rt;
  p->story = s;
  p->owns_story = owns;
  p->shown = resumed ? rt_history_len(rt) : 0; /* a resumed story shows its past at once */
  p->reveal_at = 0;
  p->typing = p->composing = false;
  p->call_since = now;
  p->clock_start = p->last_now = now;
  p->clock_before = resumed ? before : 0;
  return true;
}

uint64_t play_lesson_ms(const Play *p, uint64_t now) {
  return p->clock_before + (now > p->clock_start ? now - p->clock_start : 0);
}

/* The autosave, with the lesson's time. */
static bool autosave(Play *p, char **why) {
  return save_write_lesson(p->rt, play_lesson_ms(p, p->last_now), why);
}

void play_replace(Play *p, Story *s, Runtime *rt) {
  if (p->rt) rt_free(p->rt);
  if (p->owns_story && p->story && p->story != s) story_free(p->story);
  p->rt = rt;
  p->story = s;
  p->owns_story = false;
  p->shown = rt_history_len(rt);
  p->reveal_at = 0;
  p->typing = p->composing = false;
}

void play_stop(Play *p) {
  if (p->rt) rt_free(p->rt);
  if (p->owns_story && p->story) story_free(p->story);
  memset(p, 0, sizeof *p);
}

/* Reveals what is due; returns the next deadline (0 = nothing waits). */
uint64_t play_tick(Play *p, uint64_t now, TextSpeed speed, bool *changed) {
  *changed = false;
  if (!p->rt) return 0;
  p->last_now = now;
  for (int guard = 0; guard < 10000; guard++) {
    if (p->shown < rt_history_len(p->rt)) {
      const Beat *b = rt_history(p->rt, p->shown);
      if (!p->reveal_at) {
        bool typing, composing;
        int d = delay_for(p, speed, b, p->shown > 0 ? rt_history(p->rt, p->shown - 1) : NULL, &typing, &composing);
        p->reveal_from = now;
        p->reveal_at = now + (uint64_t)d;
        p->typing = typing && d > 0;
        p->composing = composing && d > 0;
        if (d > 0) *changed = true;
      }
      if (now < p->reveal_at) return p->reveal_at;
      p->shown++;
      p->reveal_at = 0;
      p->typing = p->composing = false;
      if (b->kind == WORD_CALL || (b->in_call && p->shown >= 2 &&
                                   rt_history(p->rt, p->shown - 2)->kind == WORD_CALL))
        p->call_since = now;
      if (b->kind == WORD_CALL) p->call_on = 0; /* a new call: Mute, Camera... all off */
      *changed = true; /* at the bottom the view follows; scrolled up, it stays put */
      continue;
    }
    if (rt_state(p->rt) == RT_RUNNING) {
      if (!rt_step(p->rt)) break;
      continue;
    }
    break;
  }
  return 0;
}

bool play_skip(Play *p, uint64_t now) {
  if (!p->rt || !p->reveal_at) return false;
  p->reveal_at = now;
  return true;
}

void play_run(Play *p, uint64_t now) {
  if (!p->rt) return;
  for (int guard = 0; guard < 100000; guard++) {
    if (rt_state(p->rt) == RT_RUNNING) {
      if (!rt_step(p->rt)) break;
    } else {
      break;
    }
  }
  p->shown = rt_history_len(p->rt);
  p->reveal_at = 0;
  p->typing = p->composing = false;
  p->call_since = now;
}

int play_call_paced_ms(const Play *p, int call, int hangup) {
  int ms = 0;
  bool typing, composing;
  /* from the call answered (its ring left out) to its hangup */
  for (int j = call + 1; p->rt && j <= hangup && j < rt_history_len(p->rt); j++)
    ms += delay_for(p, SPEED_NORMAL, rt_history(p->rt, j), j - 1 > call ? rt_history(p->rt, j - 1) : NULL, &typing,
                    &composing);
  return ms;
}

bool play_waiting_choice(const Play *p) {
  return p->rt && rt_state(p->rt) == RT_CHOICE && p->shown >= rt_history_len(p->rt);
}

bool play_ended(const Play *p) {
  return p->rt && (rt_state(p->rt) == RT_ENDED || rt_state(p->rt) == RT_ERROR) &&
         p->shown >= rt_history_len(p->rt);
}

bool play_choose(Play *p, int i, uint64_t now, char **why) {
  *why = NULL;
  if (!p->rt) return false;
  if (!play_waiting_choice(p)) play_run(p, now);
  if (rt_state(p->rt) != RT_CHOICE || !rt_choose(p->rt, i)) return false;
  p->last_now = now;
  if (!p->no_save) autosave(p, why); /* the game goes on; the App tells the player */
  return true;
}

void play_keep_ended(Play *p) {
  /* the last session, for --summary STORY; the debrief goes on whatever
   * happens. Trying a scene (no_save) leaves the player's files alone. */
  char *why = NULL;
  if (p->no_save || !p->rt) return;
  if (!save_ended(p->rt, &why)) free(why);
}

bool play_undo(Play *p) { return p->rt && rt_can_undo(p->rt) && play_back_to(p, rt_choices_made(p->rt) - 1); }

bool play_back_to(Play *p, int d) {
  if (!p->rt || !rt_back_to(p->rt, d)) return false;
  p->shown = rt_history_len(p->rt);
  p->reveal_at = 0;
  p->typing = p->composing = false;
  char *why = NULL;
  if (!p->no_save && !autosave(p, &why)) free(why);
  return true;
}

int play_call_state(const Play *p, int *call_beat, bool *recording) {
  *call_beat = -1;
  *recording = false;
  if (!p->rt) return 0;
  int state = 0;
  for (int i = 0; i < p->shown; i++) {
    const Beat *b = rt_history(p->rt, i);
    if (b->kind == WORD_CALL) {
      state = 1;
      *call_beat = i;
      *recording = false;
    } else if (b->kind == WORD_HANGUP) {
      state = 0;
    } else if (state && b->kind == WORD_RECORDING) {
      *recording = true;
    } else if (state == 1) {
      state = 2;
    }
  }
  /* Still ringing while the player picks an answer or the next beat waits. */
  return state;
}

/* Language, name or gender changed mid-story: the same path replayed
 * through a save text with the new values, so every line already shown
 * speaks the new way. The runtime does the replay; nothing is lost. */
bool play_respeak(Play *p, PlayWho who, uint64_t now) {
  if (!p->rt) return false;
  rt_set_help(p->rt, who.help); /* before the replay: crisis cards and country words speak the new way too */
  if (!rt_respeak(p->rt, who.lang, who.name, (Gender)who.gender)) return false; /* keep it as it is */
  play_run(p, now);
  p->last_now = now;
  char *why = NULL;
  if (!p->no_save && !autosave(p, &why)) free(why);
  return true;
}
