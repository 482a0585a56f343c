/* Drives the runtime and paces what the player sees: each new beat waits
 * its turn (a typing indicator as long as the message asks for, a short
 * pause otherwise). The time comes from app->now, fed from outside, so the
 * same script gives the same frames. The story's logic stays in the runtime. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "save.h"
#include "util.h"

static double speed_factor(const App *app) {
  switch (app->set.speed) {
  case SPEED_INSTANT: return 0;
  case SPEED_SLOW: return 1.6;
  default: return 1;
  }
}

/* How long before beat b appears, and whether it is typed. */
static int delay_for(const App *app, const Beat *b, bool *typing) {
  double f = speed_factor(app);
  *typing = false;
  int ms;
  switch (b->kind) {
  case WORD_MSG:
    if (b->who >= 0) {
      ms = b->typing_ms > 0 ? b->typing_ms : 900;
      *typing = f > 0;
    } else {
      ms = 350;
    }
    break;
  case WORD_PHOTO: ms = 1200; *typing = f > 0 && b->who >= 0; break;
  case WORD_CALL: ms = 700; break;
  case WORD_NARRATE: case WORD_THINK: ms = 900; break;
  case WORD_LATER: ms = 1200; break;
  case WORD_CLOCK: ms = 0; break;
  default: ms = 700; break;
  }
  /* After an incoming call, the ringing screen stays a moment. */
  Play *p = (Play *)&app->play;
  if (p->shown > 0) {
    const Beat *prev = rt_history(p->rt, p->shown - 1);
    if (prev && prev->kind == WORD_CALL) ms += 1800;
  }
  return (int)(ms * f);
}

bool play_start(App *app, Story *s, bool owns, bool resume) {
  play_stop(app);
  Play *p = &app->play;
  char *why = NULL;
  Runtime *rt = NULL;
  if (resume) {
    rt = save_resume(s, &why);
    if (!rt && why) {
      app_status(app, why);
      free(why);
    }
  }
  bool resumed = rt != NULL;
  if (!rt) rt = rt_new(s, app->set.lang, app->set.name[0] ? app->set.name : "Sam", (Gender)app->set.gender);
  if (!rt) return false;
  p->rt = rt;
  p->story = s;
  p->owns_story = owns;
  p->shown = resumed ? rt_history_len(rt) : 0; /* a resumed story shows its past at once */
  p->reveal_at = 0;
  p->typing = false;
  p->call_since = app->now;
  app->chat_total = 0;
  app->scroll[SCR_CHAT] = 0;
  return true;
}

void play_stop(App *app) {
  Play *p = &app->play;
  if (p->rt) rt_free(p->rt);
  if (p->owns_story && p->story) story_free(p->story);
  memset(p, 0, sizeof *p);
}

/* Reveals what is due; returns the next deadline (0 = nothing waits). */
Uint64 play_tick(App *app) {
  Play *p = &app->play;
  if (!p->rt) return 0;
  for (int guard = 0; guard < 10000; guard++) {
    if (p->shown < rt_history_len(p->rt)) {
      const Beat *b = rt_history(p->rt, p->shown);
      if (!p->reveal_at) {
        bool typing;
        int d = delay_for(app, b, &typing);
        p->reveal_at = app->now + (Uint64)d;
        p->typing = typing && d > 0;
        if (d > 0) app->dirty = true;
      }
      if (app->now < p->reveal_at) return p->reveal_at;
      p->shown++;
      p->reveal_at = 0;
      p->typing = false;
      if (b->kind == WORD_CALL || (b->in_call && p->shown >= 2 &&
                                   rt_history(p->rt, p->shown - 2)->kind == WORD_CALL))
        p->call_since = app->now;
      app->dirty = true; /* at the bottom the view follows; scrolled up, it stays put */
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

void play_skip(App *app) {
  Play *p = &app->play;
  if (p->rt && p->reveal_at) {
    p->reveal_at = app->now;
    app->dirty = true;
  }
}

void play_run(App *app) {
  Play *p = &app->play;
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
  p->typing = false;
  p->call_since = app->now;
  app->scroll[SCR_CHAT] = 0;
  app->dirty = true;
}

bool play_waiting_choice(const App *app) {
  const Play *p = &app->play;
  return p->rt && rt_state(p->rt) == RT_CHOICE && p->shown >= rt_history_len(p->rt);
}

bool play_ended(const App *app) {
  const Play *p = &app->play;
  return p->rt && (rt_state(p->rt) == RT_ENDED || rt_state(p->rt) == RT_ERROR) &&
         p->shown >= rt_history_len(p->rt);
}

bool play_choose(App *app, int i) {
  Play *p = &app->play;
  if (!p->rt) return false;
  if (!play_waiting_choice(app)) play_run(app);
  if (rt_state(p->rt) != RT_CHOICE || !rt_choose(p->rt, i)) return false;
  char *why = NULL;
  if (!save_write(p->rt, &why)) {
    /* The game goes on; the player is told once. */
    if (why) app_status(app, why);
    free(why);
  }
  app->scroll[SCR_CHAT] = 0;
  app->dirty = true;
  play_tick(app);
  return true;
}

bool play_undo(App *app) {
  Play *p = &app->play;
  if (!p->rt || !rt_can_undo(p->rt) || !rt_undo(p->rt)) return false;
  p->shown = rt_history_len(p->rt);
  p->reveal_at = 0;
  p->typing = false;
  char *why = NULL;
  if (!save_write(p->rt, &why)) free(why);
  app->scroll[SCR_CHAT] = 0;
  app->dirty = true;
  return true;
}

int play_call_state(const App *app, int *call_beat, bool *recording) {
  const Play *p = &app->play;
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
void play_respeak(App *app) {
  Play *p = &app->play;
  if (!p->rt) return;
  if (!rt_respeak(p->rt, app->set.lang, app->set.name, (Gender)app->set.gender)) return; /* keep it as it is */
  play_run(app);
  char *why = NULL;
  if (!save_write(p->rt, &why)) free(why);
}
