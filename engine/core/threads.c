#include "threads.h"

#include <stdio.h>
#include <string.h>

/* What is said aloud (in the room, or a caption of a voice call) is not a
 * message: the app never showed it as one, so it is no inbox preview and
 * no unread badge. */
bool threads_is_message(const Beat *b) {
  return b && !beat_said_aloud(b) && (b->kind == WORD_MSG || b->kind == WORD_PHOTO || b->kind == WORD_CALL);
}

/* What a beat does to the contact's state. A request is answered when the
 * player writes in that conversation; a new request (a new account, say)
 * opens it again. */
static ContactState next_state(ContactState st, const Beat *b, int thread) {
  if (b->thread != thread && !(word_is(b->kind, WF_CONTACT) && b->who == thread)) return st;
  switch (b->kind) {
  case WORD_REQUEST: return b->who == thread ? CONTACT_REQUEST : st;
  case WORD_BLOCKED: return b->who == thread ? CONTACT_BLOCKED : st;
  case WORD_REPORTED: return b->who == thread ? CONTACT_REPORTED : st;
  case WORD_MSG:
  case WORD_PHOTO:
    if (b->who == WHO_ME && !b->in_person && st == CONTACT_REQUEST) return CONTACT_OPEN;
    return st;
  default: return st;
  }
}

ContactState threads_state(const Runtime *rt, int shown, int who) {
  ContactState st = CONTACT_OPEN;
  int n = rt_history_len(rt);
  if (shown > n) shown = n;
  for (int i = 0; i < shown; i++) st = next_state(st, rt_history(rt, i), who);
  return st;
}

int threads_live(const Runtime *rt, int shown) {
  int n = rt_history_len(rt);
  if (shown > n) shown = n;
  for (int i = shown - 1; i >= 0; i--) {
    const Beat *b = rt_history(rt, i);
    if (b->thread >= 0) return b->thread;
  }
  return -1;
}

bool threads_is_time(const Beat *b) { return b && (b->kind == WORD_CLOCK || b->kind == WORD_LATER); }

int threads_call_end(const Runtime *rt, int shown, int call) {
  int n = rt_history_len(rt);
  if (shown > n) shown = n;
  const Beat *c = rt_history(rt, call);
  if (!c || c->kind != WORD_CALL) return -1;
  for (int j = call + 1; j < shown; j++) {
    const Beat *b = rt_history(rt, j);
    if (b->kind == WORD_HANGUP) return j;
    if (b->kind == WORD_CALL || b->kind == WORD_LATER) return -1;
  }
  return -1;
}

/* "21:40" as minutes since midnight, or -1. */
static int clock_minutes(const char *c) {
  int h, m, used = 0;
  if (!c || sscanf(c, "%2d:%2d%n", &h, &m, &used) != 2 || c[used] || h < 0 || h > 23 || m < 0 || m > 59) return -1;
  return h * 60 + m;
}

int threads_call_minutes(const Runtime *rt, int call, int hangup) {
  const Beat *a = rt_history(rt, call), *b = rt_history(rt, hangup);
  if (!a || !b) return -1;
  int m0 = clock_minutes(a->clock), m1 = clock_minutes(b->clock);
  if (m0 < 0 || m1 < 0 || m0 == m1) return -1;
  return (m1 - m0 + 24 * 60) % (24 * 60);
}

/* A time marker (clock "21:40", later "The next day") is written before the
 * lines it dates, often just before a `to =` that moves the story to
 * another conversation; the runtime places it where the story was (it
 * cannot know where the next line goes), which put "Later that evening" in
 * the conversation left behind. What a reader expects is what the apps do
 * with their date and time separators: each conversation shows the time
 * over its own lines. So a marker shows in every conversation that has a
 * line after it, before the next marker of its kind (which dates those
 * lines instead); while no line has followed it yet, where it was written
 * (the story is there). Lines that came before any conversation (thread
 * -1) are everywhere and date nothing. */
static bool time_in(const Runtime *rt, int i, const Beat *mark, int thread) {
  int n = rt_history_len(rt);
  bool followed = false;
  for (int j = i + 1; j < n; j++) {
    const Beat *b = rt_history(rt, j);
    if (b->kind == mark->kind) break;
    if (threads_is_time(b) || b->thread < 0) continue;
    if (b->thread == thread) return true;
    followed = true;
  }
  return !followed && mark->thread == thread;
}

bool threads_in(const Runtime *rt, int i, int thread) {
  const Beat *b = rt_history(rt, i);
  if (!b) return false;
  if (b->thread < 0) return true;
  if (threads_is_time(b)) return time_in(rt, i, b, thread);
  return b->thread == thread;
}

/* Conversation c after beats [0, shown): its last beat, preview, unread
 * count and state (t->last < 0: there is none). A contact's account words
 * (blocked, reported) count for its own conversation wherever they were
 * written. */
static void fold(const Runtime *rt, int shown, const int *seen, int c, Thread *t) {
  *t = (Thread){.who = c, .state = CONTACT_OPEN, .last = -1, .preview = -1};
  bool chat = false, call = false;
  for (int i = 0; i < shown; i++) {
    const Beat *b = rt_history(rt, i);
    t->state = next_state(t->state, b, c);
    bool mine = b->thread == c || (word_is(b->kind, WF_CONTACT) && b->who == c);
    if (!mine || threads_is_time(b)) continue; /* a time marker makes no conversation recent */
    if (t->last < 0 && b->kind == WORD_REQUEST) t->request = true;
    t->last = i;
    if (threads_is_message(b) || word_is(b->kind, WF_CONTACT)) t->preview = i;
    /* a call is no unread message: it filled the window while it rang */
    if (threads_is_message(b) && b->kind != WORD_CALL && b->who >= 0 && (seen ? i >= seen[c] : false)) t->unread++;
    /* the player wrote there, or blocked them: what came before was read */
    if ((threads_is_message(b) && b->who == WHO_ME) || b->kind == WORD_BLOCKED || b->kind == WORD_REPORTED) t->unread = 0;
    if (b->kind == WORD_CALL) call = true;
    else if (threads_is_message(b) || word_is(b->kind, WF_CONTACT)) chat = true;
  }
  t->calls_only = call && !chat;
}

bool threads_get(const Runtime *rt, int shown, int who, Thread *out) {
  const Story *s = rt_story(rt);
  int n = rt_history_len(rt);
  if (shown > n) shown = n;
  if (who < 0 || who >= s->nchars) return false;
  fold(rt, shown, NULL, who, out);
  return out->last >= 0;
}

int threads_list(const Runtime *rt, int shown, const int *seen, Thread *out, int max) {
  const Story *s = rt_story(rt);
  int n = rt_history_len(rt);
  if (shown > n) shown = n;
  int count = 0;
  for (int c = 0; c < s->nchars; c++) {
    Thread t;
    fold(rt, shown, seen, c, &t);
    if (t.last < 0) continue;
    /* Insert, the most recent first. */
    int at = count < max ? count : max - 1;
    if (count >= max && out[at].last >= t.last) continue;
    while (at > 0 && out[at - 1].last < t.last) {
      if (at < max) out[at] = out[at - 1];
      at--;
    }
    out[at] = t;
    if (count < max) count++;
  }
  return count;
}

bool threads_answers(const Runtime *rt, int who) {
  const Scene *sc = rt_state(rt) == RT_CHOICE ? rt_scene(rt) : NULL;
  if (!sc || who < 0) return false;
  /* a say without to = goes where the story is: the last line's conversation */
  int open = threads_live(rt, rt_history_len(rt));
  for (int i = 0; i < rt_choice_count(rt); i++) {
    int k = rt_choice_index(rt, i);
    const Choice *c = k >= 0 && k < sc->nchoices ? &sc->choices[k] : NULL;
    if (c && c->say && (c->to >= 0 ? c->to : open) == who) return true;
  }
  return false;
}
