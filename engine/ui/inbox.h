/* The conversations in the window (engine/core/threads.h folds them): which
 * one is on screen, the list beside the chat (or over it, in apps with no
 * sidebar) with the last message and unread badges, the request card above
 * the replies, and the composer the player's messages are typed into. */
#ifndef BTS_UI_INBOX_H
#define BTS_UI_INBOX_H
#include "app.h"
#include "threads.h"

/* A new story, an undo, a new language: every conversation unread again
 * from what is shown, the view follows the story. */
void inbox_reset(App *app);
/* The conversation on screen (a character index, -1 before any): the one
 * the player opened, else the one the story is in. Marks it seen. */
int inbox_view(App *app);
/* The conversation of the message being typed (-1: none is). */
int inbox_typing_thread(const App *app);
/* The player picked a conversation (the story's own one: follow it again). */
void inbox_open(App *app, int who);
/* The state of a contact's account as far as the player has seen. */
ContactState inbox_state(const App *app, int who);
/* Unread messages in conversations other than `view`. */
int inbox_unread_elsewhere(const App *app, int view);
/* How many conversations there are so far. */
int inbox_count(const App *app);

/* The list of conversations in r: one row each, the most recent first, in
 * the skin's look (inbox = { time, unread, preview, presence, requests }).
 * In an app with a requests folder, the requests are behind one row. It
 * scrolls when the rows do not fit r, keeps the open conversation's row in
 * view, and sets app->inbox.area for the wheel. */
void inbox_list(App *app, SDL_Rect r, SDL_Color bg, SDL_Color fg, SDL_Color sel);
/* The list scrolled by `up` pixels (the wheel, a finger, a focused row
 * coming into view): its content moves down when up > 0. */
void inbox_scroll(App *app, float up);
/* The requests folder is open in the list. */
bool inbox_in_folder(const App *app);
/* Requests waiting, in every conversation. */
int inbox_requests(const App *app);

/* The composer under the replies: the player's next message typed into it
 * (not with reduced motion or instant text), or the app's placeholder; a
 * blocked or gone account's words instead. */
int composer_height(App *app);
void draw_composer(App *app, SDL_Rect r, int view);

/* The request the replies on screen answer (NULL: none): the view is the
 * conversation the replies go to, the requester's, and a reply writes to
 * them. */
const Beat *inbox_pending_request(const App *app, int view);
/* The request card above the replies while they answer a request (0: none). */
int request_card_height(App *app, int w, int view);
void draw_request_card(App *app, SDL_Rect r, int view);

/* "Sacha is typing…" / "You blocked this account." / "Inès, Jacques": the
 * line under the contact's name in the header. */
const char *inbox_status(App *app, int view, char *buf, size_t n);

#endif
