/* The player's settings (<user>/settings.conf, "key = value" lines),
 * shared by every front end. */
#ifndef BTS_SETTINGS_H
#define BTS_SETTINGS_H
#include <stdbool.h>

typedef enum { SPEED_INSTANT, SPEED_NORMAL, SPEED_SLOW } TextSpeed;

typedef struct {
  char lang[8];       /* "en", "fr", "it" */
  char country[4];    /* "FR", "GB", ...; "" = not known yet (i18n_settle) */
  char name[64];      /* the player's first name */
  char gender;        /* 'm', 'f', 'x' */
  int text_scale;     /* percent, 100..200 */
  bool high_contrast;
  bool dyslexic_font;
  TextSpeed speed;
  bool reduced_motion;
  bool fullscreen;
  bool read_aloud;    /* the game speaks what appears (engine/ui/reader.c) */
  bool discreet;      /* a neutral window title ("Stories") and icon */
  bool classroom;     /* classroom mode (the switch in Settings; --classroom for one run) */
  int display;        /* the display classroom mode projects on, 1-based; 0 = not chosen */
  bool set_up;        /* the first-start questions were answered */
} Settings;

/* Defaults from the system locale (LANG/LC_ALL/LC_MESSAGES); the front
 * ends then call i18n_settle (the languages are data). */
void settings_defaults(Settings *s);
/* Loads <user>/settings.conf over the defaults. Returns false with *why
 * (caller frees, one "<file>:<line>: warning: ..." line per bad line) when
 * something could not be used: a bad line is left out and every good value
 * kept (the file as it was is kept as settings.conf.bad-N and the good
 * values written back); a file that is unreadable or not a settings file is
 * set aside whole and the defaults are used. A missing file is not an
 * error. */
bool settings_load(Settings *s, char **why);

/* What a bad line's value should have been (SET_WANT_LINE: the line is not
 * "key = value" at all). The words are each language's (settingswords.h). */
typedef enum {
  SET_WANT_NONE = -1,
  SET_WANT_LINE,
  SET_WANT_LANG,
  SET_WANT_COUNTRY,
  SET_WANT_NAME,
  SET_WANT_GENDER,
  SET_WANT_TEXT_SCALE,
  SET_WANT_SPEED,
  SET_WANT_DISPLAY,
  SET_WANT_BOOL,
} SettingsWant;

typedef struct {
  int line;          /* 1-based */
  SettingsWant want;
  char *said;        /* the line as written, cut at 60 bytes ("...") */
} SettingsDrop;

/* What settings_read could not use, as facts a front end puts into the
 * player's words once their language is known (settingswords.h): the
 * language itself may come from this very file. */
typedef struct {
  char *path;           /* the settings file */
  SettingsDrop *drops;  /* the lines left out (the others were used) */
  int ndrops;
  bool unusable;        /* the whole file was not used: the defaults are */
  char *aside;          /* where the file as it was is kept; NULL if it was not moved */
  char *details;        /* settings_load's *why, in English, for whoever fixes it */
} SettingsNotes;

/* settings_load, with what went wrong as facts (*n zeroed when all is well;
 * free it with settings_notes_free either way). */
bool settings_read(Settings *s, SettingsNotes *n);
void settings_notes_free(SettingsNotes *n);
bool settings_save(const Settings *s, char **why);
/* Parsing alone, for tests: every good line is applied; returns false if a
 * line was left out (*why: "settings:<line>: warning: ..." lines) or the
 * text is not a settings file (then nothing is applied). */
bool settings_parse(Settings *s, const char *text, char **why);
char *settings_format(const Settings *s);

#endif
