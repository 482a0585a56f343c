/* settings_view.c: the settings screen and the first-start questions (they share their rows). */
#ifndef BTS_UI_SETTINGS_VIEW_H
#define BTS_UI_SETTINGS_VIEW_H
#include "app.h"

/* Settings rows, shared by the first-start screen and the settings screen. */
typedef enum {
  SET_LANG, SET_COUNTRY, SET_NAME, SET_GENDER, SET_SCALE, SET_CONTRAST, SET_DYSLEXIC,
  SET_SPEED, SET_MOTION, SET_FULLSCREEN, SET_READ, SET_NO_TRACE, SET_DISCREET, SET_CLASSROOM, SET_COUNT
} SettingId;

void draw_setup(App *app);
void draw_settings(App *app);
void setting_change(App *app, SettingId id, int dir);
const char *setting_value(App *app, SettingId id, char *buf, size_t n);
const char *setting_label(App *app, SettingId id); /* the row's name */

#endif
