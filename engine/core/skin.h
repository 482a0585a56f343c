/* The look of a chat app, as data: assets/skins/<id>.lua holds one app's
 * colours, sizes, bubble, header, inbox, composer and call layouts, and its
 * words in every language (docs/architecture.md, "A new skin is a data
 * file"). One drawing code (engine/ui) reads these; adding an app is adding a
 * file. Read in a data sandbox like assets/lang; every problem is a
 * file:line message. No SDL: the checker reads skins too. */
#ifndef BTS_SKIN_H
#define BTS_SKIN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "appwords.h"
#include "diag.h"

/* Every colour a skin may set, declared once: X(name). A colour a skin does
 * not give is the game's own (engine/ui/theme.c); the window's Theme has one
 * field per name. */
#define SKIN_COLORS(X)                                                                                  \
  X(bg) X(text) X(dim) X(header) X(header_text) X(header_dim) X(sidebar) X(sidebar_text) X(sidebar_sel) \
  X(in_bubble) X(in_text) X(out_bubble) X(out_bubble2) X(out_text) X(narr_bg) X(narr_text)              \
  X(thought_text) X(system_text) X(sep) X(card) X(card_text) X(card_dim) X(card_border) X(button)       \
  X(button_text) X(button_border) X(primary) X(primary_text) X(call_bg) X(call_panel) X(call_text)     \
  X(call_dim) X(rec) X(answer) X(decline) X(control) X(control_text) X(tick) X(tick_read) X(online)     \
  X(me_name) X(them_name) X(notice) X(blocked_text) X(composer) X(composer_text) X(request_bg)           \
  X(request_text) X(unread) X(unread_text)

typedef enum {
#define SKIN_COLOR_ENUM(n) SC_##n,
  SKIN_COLORS(SKIN_COLOR_ENUM)
#undef SKIN_COLOR_ENUM
  SC_COUNT
} SkinColor;

/* Sizes in layout units (dp): X(table, key, default, min, max). */
#define SKIN_SIZES(X)                                  \
  X(bubble, radius, 12, 0, 40)                         \
  X(bubble, pad_x, 12, 4, 32)                          \
  X(bubble, pad_y, 8, 2, 24)                           \
  X(bubble, max_width, 520, 200, 900)                  \
  X(header, min_height, 60, 40, 120)                   \
  X(header, avatar_size, 18, 10, 40)                      \
  X(messages, avatar_size, 15, 8, 30)                     \
  X(inbox, width, 320, 200, 480)                       \
  X(inbox, min_window, 900, 600, 2000)                 \
  X(call, control, 28, 18, 48)

typedef enum {
#define SKIN_SIZE_ENUM(t, k, d, lo, hi) SZ_##t##_##k,
  SKIN_SIZES(SKIN_SIZE_ENUM)
#undef SKIN_SIZE_ENUM
  SZ_COUNT
} SkinSize;

/* Choices by name: X(table, key, name0, name1, ...) with the first the
 * default; stored as the index of the name. */
#define SKIN_CHOICES(X)                                                     \
  X(bubble, style, "round", "bar")                                          \
  X(bubble, fill, "flat", "gradient")                                       \
  X(header, line, "none", "gradient", "rule")                               \
  X(header, subtitle, "status", "username")                                 \
  X(header, name_font, "bold", "head", "title")                             \
  X(inbox, kind, "none", "sidebar", "list")                                 \
  X(inbox, requests, "card", "folder")                                      \
  X(inbox, unread, "badge", "dot")                                          \
  X(inbox, preview, "text", "status")                                       \
  X(messages, receipts, "words", "ticks", "none")                           \
  X(messages, names, "none", "above")                                       \
  X(messages, system, "line", "notice")                                     \
  X(composer, shape, "pill", "box", "line")                                 \
  X(call, kind, "video", "voice")                                           \
  X(call, self, "corner", "none")

typedef enum {
#define SKIN_CHOICE_ENUM(t, k, ...) SK_##t##_##k,
  SKIN_CHOICES(SKIN_CHOICE_ENUM)
#undef SKIN_CHOICE_ENUM
  SK_COUNT
} SkinChoice;

/* Switches: X(table, key, default). */
#define SKIN_FLAGS(X)                 \
  X(bubble, avatars, true)            \
  X(header, avatar, true)             \
  X(inbox, profile, false)            \
  X(inbox, time, false)               \
  X(inbox, presence, false)           \
  X(messages, disappear, false)

typedef enum {
#define SKIN_FLAG_ENUM(t, k, d) SF_##t##_##k,
  SKIN_FLAGS(SKIN_FLAG_ENUM)
#undef SKIN_FLAG_ENUM
  SF_COUNT
} SkinFlag;

/* The call's buttons, in the order a skin lists them (call.controls). */
#define SKIN_CONTROLS(X) X(mute) X(camera) X(speaker) X(flip) X(effects) X(hangup)
typedef enum {
#define SKIN_CONTROL_ENUM(n) CTL_##n,
  SKIN_CONTROLS(SKIN_CONTROL_ENUM)
#undef SKIN_CONTROL_ENUM
  CTL_COUNT
} SkinControl;
#define SKIN_CONTROLS_MAX 6

/* The app's words (engine/core/appwords.h): X(key). A word a skin does
 * not give, or not in the player's language, is the language file's
 * (assets/lang, its app table). {name} is the contact's name. */
#define SKIN_WORDS_ONE(X, n) X(n)
#define SKIN_WORDS(X) APP_WORDS(SKIN_WORDS_ONE, X)

typedef enum {
#define SKIN_WORD_ENUM(n) SW_##n,
  SKIN_WORDS(SKIN_WORD_ENUM)
#undef SKIN_WORD_ENUM
  SW_COUNT
} SkinWord;

typedef struct {
  char *lang, *text;
} SkinText;

typedef struct Skin {
  char *id;              /* the file's name: what a story's app = says */
  char *file;            /* where it was read */
  uint32_t color[SC_COUNT]; /* 0xRRGGBB */
  uint64_t color_set;    /* bit SC_x: the skin gives it */
  int size[SZ_COUNT];
  int choice[SK_COUNT];
  bool flag[SF_COUNT];
  SkinControl controls[SKIN_CONTROLS_MAX];
  int ncontrols;
  SkinText *words[SW_COUNT]; /* per word: its texts, ending with {NULL, NULL} */
} Skin;

typedef struct SkinSet SkinSet;

/* Reads every <assets>/skins/<id>.lua. langs (NULL-terminated codes, or
 * NULL) are the shipped languages every word must be given in. A skin with
 * errors is reported (file:line) and left out; `plain` is the skin every
 * other falls back to: the set always has it (built in when its file
 * cannot be read). Never NULL. */
SkinSet *skins_load(const char *assets_dir, const char *const *langs, Diag *diag);
/* The same with the languages of the game's words (assets/lang). */
struct I18n;
SkinSet *skins_load_game(const char *assets_dir, const struct I18n *in, Diag *diag);
void skins_free(SkinSet *set);
/* The checker's word on a story's app = (said at file:line): the skin's
 * own messages from skin_diag (what skins_load reported) copied into out,
 * and an error when the skin is missing or broken. Returns the errors added. */
int skins_check_story(const SkinSet *set, const Diag *skin_diag, const char *app, const char *file, int line, Diag *out);
int skins_count(const SkinSet *set);
const Skin *skins_at(const SkinSet *set, int i);
/* The skin called id, or NULL (not there, or left out for its errors). */
const Skin *skins_find(const SkinSet *set, const char *id);
/* The skin for a story's app: id's, else plain. *fell_back says it was
 * not id's. */
const Skin *skins_for(const SkinSet *set, const char *id, bool *fell_back);
/* "instagram, plain, skype": the ids, for messages. */
const char *skins_list(const SkinSet *set);
/* Did reading the file of id add errors (so the game shows plain)? */
bool skins_broken(const SkinSet *set, const char *id);

/* The word in lang: the skin's, else the language file's (when the set was
 * read with skins_load_game), else the skin's English, else plain's. Never
 * NULL. */
const char *skin_word(const SkinSet *set, const Skin *skin, const char *lang, SkinWord w);
/* The same with {name} filled, elided as the language elides ("de Inès" ->
 * "d'Inès"). */
const char *skin_name_word(const SkinSet *set, const Skin *skin, const char *lang, SkinWord w, const char *name,
                           char *buf, size_t size);
const char *skin_word_key(SkinWord w);
const char *skin_color_name(SkinColor c);

/* WCAG's contrast ratio of two 0xRRGGBB colours (1 to 21). */
double skin_contrast(uint32_t a, uint32_t b);

/* "skype": a skin id (lowercase letters, digits, '-'). */
bool skin_is_id(const char *s, int n);

#endif
