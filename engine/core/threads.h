/* Conversations: what the app's inbox shows, folded from the beats the
 * player has seen. Each beat carries its conversation (Beat.thread, placed
 * by the runtime); this module answers, for the first `shown` beats, which
 * conversations exist, their last message, their unread count, and the
 * state of the contact (a pending request, blocked, reported). Both front
 * ends read it; no SDL. */
#ifndef BTS_THREADS_H
#define BTS_THREADS_H
#include <stdbool.h>

#include "runtime.h"

typedef enum {
  CONTACT_OPEN,     /* a normal conversation */
  CONTACT_REQUEST,  /* a request not answered yet: Accept / Decline */
  CONTACT_BLOCKED,  /* "You blocked this account" */
  CONTACT_REPORTED, /* reported: "This account is no longer available" */
} ContactState;

typedef struct {
  int who;            /* the character the conversation is with (a person or a group) */
  ContactState state;
  int last;           /* history index of its last beat shown */
  int preview;        /* its last message, photo or call (the inbox's line), -1 */
  int unread;         /* messages from others the player has not looked at (nor answered, nor blocked) */
  bool request;       /* it began with a request (an app's "requests" folder) */
  bool calls_only;    /* nothing was ever typed there, only calls (a phone call to a
                         helpline): the list shows a call, not a chat with someone online */
} Thread;

/* The conversations of beats [0, shown), the most recent first; returns
 * how many (at most max). seen[c] is how many beats had been shown when the
 * player last looked at conversation c (NULL: everything was seen). */
int threads_list(const Runtime *rt, int shown, const int *seen, Thread *out, int max);

/* Conversation who after beats [0, shown) as the list would show it (all
 * seen); false when there is none. */
bool threads_get(const Runtime *rt, int shown, int who, Thread *out);

/* The conversation the story is in: that of the last beat shown which has
 * one (-1 before any). */
int threads_live(const Runtime *rt, int shown);

/* The state of character who's account after beats [0, shown). */
ContactState threads_state(const Runtime *rt, int shown, int who);

/* True when beat i of the history is shown in conversation `thread`: it
 * belongs to it, or it came before any conversation opened. A time marker
 * (clock, later) shows in every conversation whose lines it dates: see
 * threads.c. */
bool threads_in(const Runtime *rt, int i, int thread);

/* The hangup that ends call beat `call` among beats [0, shown), or -1:
 * the call goes on, or the story moved on without one (a time skip, or
 * another call). */
int threads_call_end(const Runtime *rt, int shown, int call);

/* A call's length on the story's clock, in minutes: the time at its hangup
 * less the time at the call (a `clock` line said in the call moves it,
 * past midnight too); -1 when the story gives no time or it did not move. */
int threads_call_minutes(const Runtime *rt, int call, int hangup);

/* True for a time marker: clock "21:40", later "The next day". */
bool threads_is_time(const Beat *b);

/* True when a reply on offer now is a message to who's conversation: the
 * replies answer who (a request is accepted by answering it, as in the
 * apps; declining is the reply that writes nothing). */
bool threads_answers(const Runtime *rt, int who);

/* True when the beat is a message someone sends through the app (not a line
 * of narration, not said in the room nor in a voice call), or a call. */
bool threads_is_message(const Beat *b);

#endif
