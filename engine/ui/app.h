/* The window's shared state, grouped the way raylib groups CORE.Window and
 * CORE.Input: graphics, input, navigation, library, play and the chat's
 * measures. Every view reads the App and draws through the helpers in
 * draw.h; nothing here knows a story's logic (the runtime does, driven by
 * play.h). Each module declares its API in its own header. */
#ifndef BTS_UI_APP_H
#define BTS_UI_APP_H
#include <SDL.h>
#include <stdbool.h>

#include "catalog.h"
#include "fonts.h"
#include "help.h"
#include "i18n.h"
#include "play.h"
#include "settings.h"
#include "story.h"
#include "textbox.h"
#include "theme.h"
#include "ui.h"

struct App;

/* The word in the player's language (engine/core/i18n.h, assets/lang). */
const char *S(const struct App *app, StrId id);
/* The app's word (skin.h) for the story being played, in the player's language. */
const char *SW(const struct App *app, SkinWord w);
/* An app word with {name} filled ("Inès is typing…"). */
const char *SWN(const struct App *app, SkinWord w, const char *name, char *buf, size_t n);

typedef enum { SCR_SETUP, SCR_MENU, SCR_CHAT, SCR_DEBRIEF, SCR_SETTINGS, SCR_MAP, SCR_COUNT } Screen;

typedef enum {
  ACT_NONE, ACT_CHOICE, ACT_SKIP, ACT_DEBRIEF, ACT_HELP, ACT_HELP_CLOSE, ACT_MENU,
  ACT_SETTINGS, ACT_BACK, ACT_STORY, ACT_RESUME, ACT_UNDO, ACT_PLAY_AGAIN, ACT_SETTING,
  ACT_SETUP_DONE, ACT_NAME_FIELD, ACT_QUIT, ACT_LATEST,
  ACT_FORGET, /* arg: 0 ask, 1 yes, 2 cancel */
  ACT_MAP, ACT_MAP_SCENE, /* arg: a library story; a scene to play from */
  ACT_THREAD, /* arg: the conversation (character index) to open */
  ACT_INBOX,  /* the list of conversations, over the chat (apps with no sidebar); arg 1: its requests folder */
  /* the teacher's panels (lesson.h) */
  ACT_VOTE,        /* arg: a reply; arg2: -1, +1, or 0 to select it */
  ACT_VOTE_OPEN, ACT_VOTE_TAKE, ACT_PANEL_CLOSE,
  ACT_BACK_TO,     /* arg: a decision (0 = the first) */
  ACT_BACK_SHOW,   /* arg: a decision out of view in that list, brought into view */
  ACT_ASK,         /* arg: 1 the first answer, 0 the second */
  ACT_QUESTION,    /* the before/after questions (ask_view.h) */
  ACT_SUMMARY,     /* the printable summary of the session (summary_key.c) */
  ACT_CALL         /* a call screen's button: arg a SkinControl, or CALL_ANSWER / CALL_DECLINE (call_view.h) */
} Action;

typedef struct {
  SDL_Rect r;      /* the part that can be pressed (empty when scrolled away) */
  SDL_Rect full;   /* the whole button, and the viewport it scrolls in: */
  SDL_Rect view;   /* a key can reach it, and bring it into view */
  bool scrolls;
  int scroller;    /* SCROLLER_*: the page's scroll or the reply strip's */
  Action action;
  int arg, arg2;
  const char *label; /* what it says (read aloud when focused); this frame's */
} Zone;

/* Every text drawn, for the structural tests: where it went, the box it
 * belongs in, and the colours it was drawn with. */
typedef struct {
  SDL_Rect text, box;
  SDL_Color fg, bg, bg2;
  bool clipped; /* partly hidden by a scrolling viewport */
  bool broken;  /* a word cut between letters (TextBox.broken) */
  const char *str; /* the text (owned by the cache) */
} TextRec;

/* What must never be hidden, where this frame put it (the structural tests
 * assert on these, not on pixels): the header bar, the help button, the
 * newest message and the viewport it scrolls in, the reply strip, and the
 * focus ring. Empty rects when the screen has none. */
typedef struct {
  SDL_Rect header, help;
  SDL_Rect last, view;     /* the newest message (unclipped) and its viewport */
  SDL_Rect strip;          /* the reply strip (or the call's) */
  SDL_Rect controls;       /* a call's buttons with their words */
  SDL_Rect status;         /* the status line (app_status), in a band of its own at the bottom */
  SDL_Rect ring;           /* the focus ring's outer edge */
  int ring_width;
  SDL_Color ring_color;
} Marks;

typedef struct {
  Story *story;
  bool has_save;
} StoryEntry;

typedef struct {           /* where and how the app draws */
  SDL_Window *win;         /* NULL when headless */
  SDL_Renderer *ren;
  SDL_Surface *surf;       /* headless: what the software renderer draws on */
  char *pending_shot;      /* window mode: save the next frame here */
  int w, h;                /* output size in pixels */
  double dpi;              /* output pixels per window point */
  double dp;               /* size of one layout unit in pixels */
  double frame_dp;         /* the same without the text size: a page's frame */
  Fonts fonts;
  double font_scale;       /* what the fonts are open at */
  bool font_dyslexic;
  Theme th;                /* the look of the current screen */
  unsigned frame;
  bool dirty;              /* something changed: draw a frame */
  TextBox **cache;         /* open addressing, power-of-two size */
  int cache_cap, cache_count, tex_count;
  unsigned laid_out, rasterised; /* texts laid out, textures made: counted for the tests */
  TextRec *recs;           /* every text drawn this frame (tests) */
  int nrecs, caprecs;
  bool record;
  SDL_Rect clip;           /* the viewport text is drawn into */
  bool clipping;
  Marks marks;             /* this frame's landmarks (tests) */
  int scroller;            /* zones added now scroll with: SCROLLER_* */
} Graphics;

enum { SCROLLER_PAGE, SCROLLER_STRIP, SCROLLER_LIST }; /* which scroll a focused zone brings into view: the
                                                          page's, the reply strip's, the conversations' */

typedef struct {           /* a button, known by what it does (zones are rebuilt every frame) */
  Action action;
  int arg, arg2;
  bool set;
} ZoneId;

typedef struct {           /* what can be pressed, and what holds the keys */
  Zone zones[96];
  int nzones;
  int focus;               /* index among zones, -1 = none */
  bool focus_visible;      /* shown once the keyboard or a gamepad is used */
  Uint64 last_esc;
  bool editing;            /* the name field takes typed text */
  bool dragging, drag_moved;
  bool drag_strip;         /* the drag began on the reply strip: it scrolls that */
  bool drag_list;          /* ... on the list of conversations */
  int drag_y;
  int mouse_x, mouse_y;    /* last known pointer (pixels), for the wheel */
  ZoneId want;             /* focus this button at the next frame: the one that opened a panel now closed */
  ZoneId anchor;           /* a setting just changed by this button: it stays where it was on screen */
  int anchor_y;
  SDL_GameController *pads[4];
} Input;

typedef struct {           /* which screen, where each is scrolled, leaving */
  Screen screen, back_to;
  bool help_open;
  float scroll[SCR_COUNT]; /* per screen; chat counts from the bottom */
  float scroll_max[SCR_COUNT];
  float help_scroll, help_scroll_max;
  float strip_scroll, strip_scroll_max; /* the reply strip, when the replies are taller than it */
  int strip_at;            /* the history length the strip was scrolled for */
  char *status;            /* a short line ("Settings saved") */
  bool told_not_saved;     /* the details of a failed write were printed (once) */
  Uint64 status_until;
  bool quit;
  int exit_code;
  ZoneId help_opener;      /* where the focus goes back when help closes */
  ZoneId page_opener;      /* ... when settings or the map close */
  int forget_step;         /* Settings' "Forget me": 0 the button, 1 asking, 2 done */
  char *forget_report;     /* what was deleted, shown until the settings close */
} Nav;

typedef struct {           /* what there is to play, and where to get help */
  const Catalog *catalog;  /* borrowed from main (opt.catalog) */
  char *assets;
  HelpList *help;
  char **countries;
  int ncountries;
  StoryEntry *stories;
  int nstories;
  bool menu_loaded;        /* the stories folder has been read */
  int story_index;         /* the story given on the command line, -1 = none */
  const SkinSet *skins;    /* every app's look (assets/skins): opt.skins, or own_skins */
  SkinSet *own_skins;
  const Skin *skin;        /* the look of the story being played */
} Library;

typedef enum { PANEL_NONE, PANEL_VOTE, PANEL_BACK, PANEL_ASK } Panel;
typedef enum { ASK_START_OVER, ASK_RESUME } Ask;

typedef struct {           /* classroom mode: the teacher's panels (lesson.h) */
  Panel panel;             /* open over the screen, modal */
  int sel;                 /* the reply (vote) or decision (back) selected */
  bool typed;              /* digits are being typed into the selected count */
  Ask ask;
  int ask_arg;             /* the story the question is about */
  struct Presenter *presenter; /* the presenter view (presenter.h), or NULL */
  bool presenter_closed;   /* the teacher closed it: not opened again */
  Uint64 presenter_at;     /* when its clock is drawn again */
  int display;             /* the display projected on (0-based), -1 = not chosen */
} Lesson;

typedef struct {           /* the chat view's measures, once per frame */
  int *h;                  /* per beat: height and the clock before it */
  char (*clk)[6];
  int cap;
  int total;               /* last frame's conversation height */
} ChatLayout;

typedef struct {           /* the conversations (inbox.h): what the player looks at */
  int view;                /* the conversation they opened, -1: the story's own */
  bool open;               /* the list is shown over the chat */
  bool folder;             /* in it, the app's requests folder (inbox.requests = "folder") */
  bool listed;             /* this frame, the list is beside the chat */
  int drawn;               /* the conversation last drawn */
  float scroll, scroll_max; /* the list, from its top */
  SDL_Rect area;           /* where the list is this frame (empty: none), for the wheel */
  int kept_view, kept_y, kept_h; /* the open row kept in view: which, where, in a list how tall */
  int *seen;               /* per character: beats shown when they last looked */
  int nseen;
} Inbox;

typedef struct App {
  UiOptions opt;
  Settings set;
  bool classroom;
  Uint64 now;              /* ms, fed from outside */
  Uint64 last_tick;
  Graphics gfx;
  Input in;
  Nav nav;
  Library lib;
  Play play;               /* the story being played (play.h) */
  ChatLayout chat;
  Inbox inbox;
  Lesson lesson;
  struct Author *author;   /* --watch, --scene, --set (author.h), or NULL */
  struct MapState *map;    /* the story map on screen (map_view.h), or NULL */
  struct Reader *reader;   /* read aloud (reader.h); NULL when off */
  struct QuestionsView *qview; /* the before/after questions (ask_view.h), or NULL */
} App;

/* app.c */
App *app_new(const UiOptions *o, SDL_Renderer *ren, SDL_Window *win, int w, int h, char **why);
void app_free(App *app);
void app_set_size(App *app, int w, int h, double dpi);
/* The font scale and the layout unit for a drawing area of w x h pixels
 * (the projected window's, the presenter view's). */
void app_scale(const App *app, int w, int h, double dpi, bool classroom, double *font, double *unit);
void app_draw(App *app);              /* the one drawing function */
void app_handle(App *app, const SDL_Event *e);
/* Advances time: reveals beats that are due. Returns the next deadline
 * (absolute ms) or 0 when nothing waits. */
Uint64 app_tick(App *app, Uint64 now);
void app_apply_settings(App *app);
void app_save_settings(App *app);
void app_status(App *app, const char *text);
/* A file could not be written (S_PLACE_NOT_SAVED, S_SAVE_FAILED,
 * S_SUMMARY_NOT_WRITTEN) or a save not read back (S_SAVE_UNREADABLE): the
 * status line says it in the player's language, and that the game goes on;
 * why (the system's details) goes to stderr, once. */
void app_not_saved(App *app, StrId what, const char *why);
void app_quick_exit(App *app);
void app_open_story(App *app, int index, bool resume);
void app_act(App *app, Action a, int arg, int arg2);
void app_reload_help(App *app);
bool app_headless_resize(App *app, int w, int h);
bool app_save_frame(App *app, const char *path);
void app_enter_chat(App *app);
void app_go(App *app, Screen s);
/* The story, driven for the view: the chat follows what is new. */
void app_play_run(App *app);          /* reveal everything up to the next choice */
bool app_play_choose(App *app, int i);
void app_respeak(App *app);           /* language, name or gender changed */

#endif
