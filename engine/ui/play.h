/* play.c: drives the runtime and paces what the player sees. It knows
 * nothing of the window: the time and the text speed come in as arguments,
 * and what changed goes back as return values; the App decides what the
 * view does with it (follow the chat, redraw, tell the player). */
#ifndef BTS_UI_PLAY_H
#define BTS_UI_PLAY_H
#include <stdbool.h>
#include <stdint.h>

#include "runtime.h"
#include "settings.h"
#include "story.h"

typedef struct {
  Runtime *rt;
  Story *story;            /* borrowed from the menu list or owned (owns_story) */
  bool owns_story;
  int shown;               /* beats of the history revealed */
  uint64_t reveal_at;      /* when history[shown] appears; 0 = not scheduled */
  bool typing;             /* the typing indicator is up for history[shown] */
  bool compose;            /* the player's messages are typed into the composer first (not with reduced motion) */
  bool composing;          /* history[shown], the player's, is being typed */
  uint64_t reveal_from;    /* when the wait for history[shown] began */
  uint64_t call_since;     /* when the current call connected */
  unsigned call_on;        /* the call's buttons the player turned on or off (1 << SkinControl): Mute... */
  int call_on_beat;        /* the call they belong to: a new call starts with none */
  bool no_save;            /* the author's loop: the player's save stays */
  uint64_t clock_start;    /* the lesson's clock: when this run began... */
  uint64_t clock_before;   /* ...and the ms used before it (a resumed save) */
  uint64_t last_now;       /* the latest time seen (play_tick, play_choose) */
} Play;

/* Who the story speaks to (from the settings). */
typedef struct {
  const char *lang, *name;
  char gender;             /* 'm', 'f', 'x' */
  const struct HelpList *help; /* their country: its services, currency, payment words */
} PlayWho;

/* Starts s (resumed from its save when asked and possible). *why (caller
 * frees) says why a save could not be resumed: the story then starts
 * afresh. False when the story cannot start at all. */
bool play_start(Play *p, Story *s, bool owns, bool resume, PlayWho who, uint64_t now, char **why);
void play_stop(Play *p);
/* The author's loop: an edited story and the runtime at the same place
 * (rt_follow) take over; all of its history shows at once. */
void play_replace(Play *p, Story *s, Runtime *rt);
/* Reveals what is due at now. Returns the next deadline (0 = nothing
 * waits); *changed when something new is to be seen. */
uint64_t play_tick(Play *p, uint64_t now, TextSpeed speed, bool *changed);
/* The typing indicator ends now; true when something was waiting. */
bool play_skip(Play *p, uint64_t now);
/* Reveals everything up to the next choice. */
void play_run(Play *p, uint64_t now);
/* Picks reply i and saves. False when no reply is waiting; *why (caller
 * frees) when the save failed (the game goes on). */
bool play_choose(Play *p, int i, uint64_t now, char **why);
/* At the debrief: the save becomes the last finished session (save.h). */
void play_keep_ended(Play *p);
bool play_undo(Play *p);
/* Back to decision d (0 = the first), its replies shown again; saves. */
bool play_back_to(Play *p, int d);
/* Language, name or gender changed mid-story: the same path, spoken anew. */
bool play_respeak(Play *p, PlayWho who, uint64_t now);
bool play_waiting_choice(const Play *p);
/* How long call beat `call` to its hangup takes as paced at the normal
 * speed (ms): a call's length when the story's clock did not move in it. */
int play_call_paced_ms(const Play *p, int call, int hangup);
/* The time the lesson has used on this story (ms), across a resume: the
 * presenter's clock. */
uint64_t play_lesson_ms(const Play *p, uint64_t now);
bool play_ended(const Play *p);
/* The call on screen: 0 none, 1 ringing, 2 connected. */
int play_call_state(const Play *p, int *call_beat, bool *recording);

#endif
