/* The window's shared state. Every view reads the App and draws through the
 * helpers in draw.h; nothing here knows a story's logic (the runtime does). */
#ifndef BTS_UI_APP_H
#define BTS_UI_APP_H
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>

#include "catalog.h"
#include "help.h"
#include "i18n.h"
#include "runtime.h"
#include "settings.h"
#include "story.h"
#include "ui.h"

struct App;

/* ---- fonts.c ---- */
typedef enum { FONT_BODY, FONT_SMALL, FONT_BOLD, FONT_ITALIC, FONT_HEAD, FONT_TITLE, FONT_COUNT } FontStyle;

typedef struct {
  char *regular, *bold, *italic;  /* files found through fontconfig */
  char *dys_regular, *dys_bold;   /* OpenDyslexic, when installed */
  char *emoji;                    /* Noto Color Emoji, when installed */
  char *symbols;                  /* a second font for glyphs the main one lacks */
  TTF_Font *f[FONT_COUNT];
  TTF_Font *fallback[FONT_COUNT];
  TTF_Font *emoji_font;           /* a fixed-size colour bitmap font */
  int px[FONT_COUNT];             /* pixel size of each style */
  int line[FONT_COUNT];           /* line height */
  bool dyslexic;                  /* the open set is OpenDyslexic */
  unsigned gen;                   /* bumps at every reopen: keys the text cache */
} Fonts;

bool fonts_find(Fonts *fs, char **why);
/* (Re)opens every style at scale (1.0 = 100% text on a 96-dpi screen). */
bool fonts_open(Fonts *fs, double scale, bool dyslexic, char **why);
void fonts_close(Fonts *fs);
void fonts_free(Fonts *fs);

/* ---- theme.c ---- */
typedef struct {
  SDL_Color bg, text, dim;            /* the page */
  SDL_Color header, header_text, header_dim;
  SDL_Color sidebar, sidebar_text, sidebar_sel;
  SDL_Color in_bubble, in_text;       /* their messages */
  SDL_Color out_bubble, out_bubble2, out_text; /* mine; 2 = gradient end */
  SDL_Color narr_bg, narr_text;       /* narration card */
  SDL_Color thought_text;
  SDL_Color system_text, sep;
  SDL_Color card, card_text, card_dim, card_border;
  SDL_Color button, button_text, button_border;
  SDL_Color primary, primary_text;    /* the main button */
  SDL_Color focus;
  SDL_Color ok, warn, bad;            /* debrief marks (with words, never colour alone) */
  SDL_Color ok_bg, warn_bg, bad_bg;
  SDL_Color miss, miss_bg;            /* a step not taken: neutral, never a red cross */
  SDL_Color discuss_bg, discuss_text;
  SDL_Color call_bg, call_panel, call_text, call_dim, rec;
  SDL_Color dimmer;                   /* behind overlays */
  int radius;                         /* bubble corner radius (dp) */
  bool sidebar_on;                    /* Skype-like contact list */
  bool gradient;                      /* Instagram-like accents */
} Theme;

typedef enum { SKIN_GAME = -1 } SkinExtra; /* menus and debrief: the game's own look */
void theme_get(Theme *t, int skin, bool high_contrast);
double contrast_ratio(SDL_Color a, SDL_Color b);
SDL_Color color_parse(const char *hex, SDL_Color fallback);
/* Black or white, whichever reads better on bg. */
SDL_Color color_on(SDL_Color bg);

/* ---- text.c: layout + texture cache ---- */
typedef struct TextBox {
  unsigned long long key;
  int w, h;           /* laid out size in pixels */
  SDL_Texture *tex;   /* made on first draw */
  unsigned last_used; /* frame number */
  char *text;         /* kept for rasterising later */
  int style, wrap;
  SDL_Color color;
} TextBox;

/* Lays out text in style, wrapped at wrap px (0 = one line). Cached by
 * text, style, wrap, colour and font generation. */
TextBox *text_layout(struct App *app, int style, const char *text, int wrap, SDL_Color color);
void text_cache_clear(struct App *app);
void text_cache_trim(struct App *app);
int text_width(struct App *app, int style, const char *text);
SDL_Texture *text_texture(struct App *app, TextBox *b);

/* ---- the game's words (engine/core/i18n.h, assets/lang) ---- */
/* The word in the player's language. */
const char *S(const struct App *app, StrId id);

/* ---- the app ---- */
typedef enum { SCR_SETUP, SCR_MENU, SCR_CHAT, SCR_DEBRIEF, SCR_SETTINGS } Screen;

typedef enum {
  ACT_NONE, ACT_CHOICE, ACT_SKIP, ACT_DEBRIEF, ACT_HELP, ACT_HELP_CLOSE, ACT_MENU,
  ACT_SETTINGS, ACT_BACK, ACT_STORY, ACT_RESUME, ACT_UNDO, ACT_PLAY_AGAIN, ACT_SETTING,
  ACT_SETUP_DONE, ACT_NAME_FIELD, ACT_QUIT, ACT_LATEST
} Action;

/* Settings rows, shared by the first-start screen and the settings screen. */
typedef enum {
  SET_LANG, SET_COUNTRY, SET_NAME, SET_GENDER, SET_SCALE, SET_CONTRAST, SET_DYSLEXIC,
  SET_SPEED, SET_MOTION, SET_FULLSCREEN, SET_COUNT
} SettingId;

typedef struct {
  SDL_Rect r;      /* the part that can be pressed (empty when scrolled away) */
  SDL_Rect full;   /* the whole button, and the viewport it scrolls in: */
  SDL_Rect view;   /* a key can reach it, and bring it into view */
  bool scrolls;
  Action action;
  int arg, arg2;
} Zone;

/* Every text drawn, for the structural tests: where it went, the box it
 * belongs in, and the colours it was drawn with. */
typedef struct {
  SDL_Rect text, box;
  SDL_Color fg, bg, bg2;
  bool clipped; /* partly hidden by a scrolling viewport */
  const char *str; /* the text (owned by the cache) */
} TextRec;

typedef struct {
  Story *story;
  bool has_save;
} StoryEntry;

typedef struct {
  Runtime *rt;
  Story *story;            /* borrowed from the menu list or owned (owns_story) */
  bool owns_story;
  int shown;               /* beats of the history revealed */
  Uint64 reveal_at;        /* when history[shown] appears; 0 = not scheduled */
  bool typing;             /* the typing indicator is up for history[shown] */
  Uint64 call_since;       /* when the current call connected */
} Play;

typedef struct App {
  UiOptions opt;
  Settings set;
  bool classroom;
  SDL_Window *win;         /* NULL when headless */
  SDL_Renderer *ren;
  SDL_Surface *surf;       /* headless: what the software renderer draws on */
  char *pending_shot;      /* window mode: save the next frame here */
  Uint64 last_tick;
  int story_index;         /* the story given on the command line, -1 = none */
  int w, h;                /* output size in pixels */
  double dpi;              /* output pixels per window point */
  double dp;               /* size of one layout unit in pixels */
  Fonts fonts;
  double font_scale;       /* what the fonts are open at */
  bool font_dyslexic;
  Theme th;                /* the look of the current screen */
  Uint64 now;              /* ms, fed from outside */
  unsigned frame;
  bool dirty;
  bool quit;
  int exit_code;

  Screen screen, back_to;
  bool help_open;
  float scroll[5];         /* per screen; chat counts from the bottom */
  float scroll_max[5];
  float help_scroll, help_scroll_max;
  bool editing;            /* the name field takes typed text */
  bool dragging, drag_moved;
  int drag_y;

  Zone zones[96];
  int nzones;
  int focus;               /* index among zones, -1 = none */
  bool focus_visible;      /* shown once the keyboard or a gamepad is used */
  Uint64 last_esc;

  TextRec *recs;
  int nrecs, caprecs;
  bool record;
  SDL_Rect clip;           /* the viewport text is drawn into */
  bool clipping;

  TextBox **cache;         /* open addressing, power-of-two size */
  int cache_cap, cache_count, tex_count;

  const Catalog *catalog;  /* borrowed from main (opt.catalog) */
  char *assets;
  HelpList *help;
  char **countries;
  int ncountries;
  StoryEntry *stories;
  int nstories;
  bool menu_loaded;        /* the stories folder has been read */
  Play play;
  char *status;            /* a short line ("Settings saved") */
  Uint64 status_until;
  char *error;             /* a story error to show */
  SDL_GameController *pads[4];
  int *chat_h;             /* per beat: height and the clock before it, */
  char (*chat_clk)[6];     /* measured once per frame */
  int chat_cap;
  int chat_total;           /* last frame's conversation height */
} App;

/* app.c */
App *app_new(const UiOptions *o, SDL_Renderer *ren, SDL_Window *win, int w, int h, char **why);
void app_free(App *app);
void app_set_size(App *app, int w, int h, double dpi);
void app_draw(App *app);              /* the one drawing function */
void app_handle(App *app, const SDL_Event *e);
/* Advances time: reveals beats that are due. Returns the next deadline
 * (absolute ms) or 0 when nothing waits. */
Uint64 app_tick(App *app, Uint64 now);
void app_apply_settings(App *app);
void app_save_settings(App *app);
void app_status(App *app, const char *text);
void app_quick_exit(App *app);
void app_open_story(App *app, int index, bool resume);
void app_act(App *app, Action a, int arg, int arg2);
void app_reload_help(App *app);
bool app_headless_resize(App *app, int w, int h);
bool app_save_frame(App *app, const char *path);
void app_enter_chat(App *app);
void app_go(App *app, Screen s);

/* play.c: drives the runtime, paces the reveal */
bool play_start(App *app, Story *s, bool owns, bool resume);
void play_stop(App *app);
Uint64 play_tick(App *app);
void play_skip(App *app);             /* the typing indicator, now */
void play_run(App *app);              /* reveal everything up to the next choice */
bool play_choose(App *app, int i);
bool play_undo(App *app);
void play_respeak(App *app);          /* language, name or gender changed */
bool play_waiting_choice(const App *app);
bool play_ended(const App *app);
/* The call on screen: 0 none, 1 ringing, 2 connected. */
int play_call_state(const App *app, int *call_beat, bool *recording);

/* views */
void draw_setup(App *app);
void draw_menu(App *app);
void draw_chat(App *app);
void draw_call(App *app, int call_beat, bool recording, SDL_Rect area);
int choices_height(App *app, int width);
void draw_choices(App *app, SDL_Rect area);
void draw_debrief(App *app);
void draw_settings(App *app);
void draw_help(App *app);
int help_list(App *app, int x, int y, int w, bool draw, SDL_Color bg);
void menu_load(App *app);
void setting_change(App *app, SettingId id, int dir);
const char *setting_value(App *app, SettingId id, char *buf, size_t n);

/* script.c */
typedef struct Script Script;
Script *script_load(const char *path, char **why);
Script *script_parse(const char *text, char **why);
void script_free(Script *s);
/* Headless: runs every line against app, writing shots as asked. */
bool script_run_headless(App *app, Script *s, char **why);
/* Window: runs due lines; returns the next deadline (0 = done). */
Uint64 script_step_window(App *app, Script *s, SDL_Surface *(*grab)(App *));
bool script_done(const Script *s);

#endif
