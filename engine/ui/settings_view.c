/* Settings and the first-start questions. Every change is applied at once
 * and written with settings_save (atomic); the rows are shared by both
 * screens. Controls are buttons, so mouse, keys and gamepad all work. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "discreet.h"
#include "draw.h"
#include "forget.h"
#include "reader.h"
#include "settings_view.h"

#define SEG_SET 100 /* arg2 >= SEG_SET: pick option arg2 - SEG_SET */
#define LANG_BUTTONS 32 /* one button per language file, one per line when many */

const char *setting_label(App *app, SettingId id) {
  static const StrId ids[SET_COUNT] = {S_LANGUAGE, S_COUNTRY, S_FIRST_NAME, S_GENDER, S_TEXT_SIZE, S_CONTRAST,
                                       S_DYSLEXIC, S_SPEED, S_MOTION, S_FULLSCREEN, S_READ_ALOUD,
                                       S_NO_TRACE, S_DISCREET, S_CLASSROOM_MODE};
  return id >= 0 && id < SET_COUNT ? S(app, ids[id]) : "";
}

static int country_index(App *app) {
  for (int i = 0; i < app->lib.ncountries; i++)
    if (strcmp(app->lib.countries[i], app->set.country) == 0) return i;
  return -1;
}

const char *setting_value(App *app, SettingId id, char *buf, size_t n) {
  Settings *s = &app->set;
  switch (id) {
  case SET_LANG: {
    int k = i18n_find(app->opt.i18n, s->lang);
    return k >= 0 ? i18n_name(app->opt.i18n, k) : s->lang;
  }
  case SET_COUNTRY:
    if (app->lib.help && app->lib.help->name && app->lib.help->code && strcmp(app->lib.help->code, s->country) == 0)
      snprintf(buf, n, "%s · %s", s->country, app->lib.help->name);
    else snprintf(buf, n, "%s", s->country);
    return buf;
  case SET_NAME: return s->name;
  case SET_GENDER: return S(app, s->gender == 'm' ? S_GENDER_M : s->gender == 'f' ? S_GENDER_F : S_GENDER_X);
  case SET_SCALE: snprintf(buf, n, "%d%%", s->text_scale); return buf;
  case SET_CONTRAST: return S(app, s->high_contrast ? S_ON : S_OFF);
  case SET_DYSLEXIC:
    if (!fonts_have_dyslexic(&app->gfx.fonts)) {
      snprintf(buf, n, "%s (%s)", S(app, S_OFF), S(app, S_DYSLEXIC_MISSING));
      return buf;
    }
    return S(app, s->dyslexic_font ? S_ON : S_OFF);
  case SET_SPEED: return S(app, s->speed == SPEED_INSTANT ? S_SPEED_INSTANT : s->speed == SPEED_SLOW ? S_SPEED_SLOW : S_SPEED_NORMAL);
  case SET_MOTION: return S(app, s->reduced_motion ? S_ON : S_OFF);
  case SET_FULLSCREEN: return S(app, s->fullscreen ? S_ON : S_OFF);
  case SET_READ: return S(app, s->read_aloud && app->reader ? S_ON : S_OFF);
  case SET_NO_TRACE: return S(app, trace_is_off() ? S_ON : S_OFF);
  case SET_DISCREET: return S(app, s->discreet ? S_ON : S_OFF);
  case SET_CLASSROOM: return S(app, app->classroom ? S_ON : S_OFF);
  default: return "";
  }
}

void setting_change(App *app, SettingId id, int dir) {
  Settings *s = &app->set;
  int pick = dir >= SEG_SET ? dir - SEG_SET : -1;
  switch (id) {
  case SET_LANG: {
    /* the languages are the files in assets/lang */
    const I18n *in = app->opt.i18n;
    int n = i18n_count(in);
    if (n == 0) break;
    int k = pick >= 0 ? pick : i18n_find(in, s->lang) + (dir < 0 ? -1 : 1);
    snprintf(s->lang, sizeof s->lang, "%s", i18n_code(in, ((k % n) + n) % n));
    break;
  }
  case SET_COUNTRY: {
    if (app->lib.ncountries == 0) break;
    int i = country_index(app);
    i = i < 0 ? 0 : (i + (dir < 0 ? -1 : 1) + app->lib.ncountries) % app->lib.ncountries;
    snprintf(s->country, sizeof s->country, "%s", app->lib.countries[i]);
    break;
  }
  case SET_NAME: app->in.editing = true; SDL_StartTextInput(); return;
  case SET_GENDER: {
    static const char g[3] = {'m', 'f', 'x'};
    int i = s->gender == 'm' ? 0 : s->gender == 'f' ? 1 : 2;
    s->gender = g[pick >= 0 ? pick % 3 : (i + (dir < 0 ? 2 : 1)) % 3];
    break;
  }
  case SET_SCALE:
    s->text_scale += dir < 0 ? -25 : 25;
    if (s->text_scale < 100) s->text_scale = 100;
    if (s->text_scale > 200) s->text_scale = 200;
    break;
  case SET_CONTRAST: s->high_contrast = !s->high_contrast; break;
  case SET_DYSLEXIC: if (fonts_have_dyslexic(&app->gfx.fonts)) s->dyslexic_font = !s->dyslexic_font; break;
  case SET_SPEED:
    if (pick >= 0) s->speed = (TextSpeed)(pick % 3);
    else s->speed = (TextSpeed)(((int)s->speed + (dir < 0 ? 2 : 1)) % 3);
    break;
  case SET_MOTION: s->reduced_motion = !s->reduced_motion; break;
  case SET_FULLSCREEN: s->fullscreen = !s->fullscreen; break;
  case SET_READ: reader_set(app, !(s->read_aloud && app->reader)); break;
  case SET_NO_TRACE:
    /* the switch is never written down: it lasts this session */
    trace_set_off(!trace_is_off());
    app_status(app, S(app, trace_is_off() ? S_NO_TRACE_ON : S_NO_TRACE_OFF));
    break;
  case SET_DISCREET: s->discreet = !s->discreet; break;
  case SET_CLASSROOM: app->classroom = s->classroom = !app->classroom; break;
  default: break;
  }
  app_apply_settings(app);
  app_save_settings(app);
  if (id == SET_LANG || id == SET_GENDER) app_respeak(app);
}

/* Buttons side by side if they fit, else one per line. */
static int segmented(App *app, int x, int y, int w, const char **labels, int n, int sel, SettingId id, bool draw) {
  int gap = dp(app, 8), tw = 0;
  for (int i = 0; i < n; i++) tw += text_width(app, FONT_BOLD, labels[i]) + dp(app, 32);
  bool row = tw + (n - 1) * gap <= w;
  int h = 0, bx = x, by = y;
  for (int i = 0; i < n; i++) {
    int bw = row ? text_width(app, FONT_BOLD, labels[i]) + dp(app, 32) : w;
    int bh = button_height(app, labels[i], bw, FONT_BOLD);
    if (draw) button(app, (SDL_Rect){bx, by, bw, bh}, labels[i], ACT_SETTING, id, SEG_SET + i, i == sel);
    if (row) { bx += bw + gap; h = bh; }
    else { by += bh + gap; h = by - y - gap; }
  }
  return h;
}

/* ‹ value ›, in a fixed width: ‹ at its left edge, › at its right edge,
 * where they stay when the value (or the text size) changes. */
static int cycler(App *app, int x, int y, int w, const char *value, SettingId id, bool draw) {
  const Theme *t = &app->gfx.th;
  int bw = app->gfx.fonts.line[FONT_BOLD] + dp(app, 20);
  if (bw < dp(app, 44)) bw = dp(app, 44);
  if (w > dp_frame(app, 440)) w = dp_frame(app, 440);
  int vw = w - 2 * bw - 2 * dp(app, 8);
  TextBox *vb = text_layout(app, FONT_BODY, value, vw, t->text);
  int h = vb->h + dp(app, 16);
  if (h < dp(app, 44)) h = dp(app, 44);
  if (draw) {
    button(app, (SDL_Rect){x, y, bw, h}, "‹", ACT_SETTING, id, -1, false);
    SDL_Rect vr = {x + bw + dp(app, 8), y, vw, h};
    draw_box(app, vb, vr.x + (vw - vb->w) / 2, y + (h - vb->h) / 2, vr, t->bg, t->bg);
    button(app, (SDL_Rect){x + w - bw, y, bw, h}, "›", ACT_SETTING, id, 1, false);
  }
  return h;
}

static int control(App *app, SettingId id, int x, int y, int w, bool draw) {
  const Theme *t = &app->gfx.th;
  char buf[160];
  switch (id) {
  case SET_LANG: {
    const I18n *in = app->opt.i18n;
    const char *l[LANG_BUTTONS];
    int n = i18n_count(in) < LANG_BUTTONS ? i18n_count(in) : LANG_BUTTONS;
    for (int i = 0; i < n; i++) l[i] = i18n_name(in, i);
    return segmented(app, x, y, w, l, n, i18n_find(in, app->set.lang), id, draw);
  }
  case SET_GENDER: {
    const char *l[3] = {S(app, S_GENDER_M), S(app, S_GENDER_F), S(app, S_GENDER_X)};
    int sel = app->set.gender == 'm' ? 0 : app->set.gender == 'f' ? 1 : 2;
    return segmented(app, x, y, w, l, 3, sel, id, draw);
  }
  case SET_SPEED: {
    const char *l[3] = {S(app, S_SPEED_INSTANT), S(app, S_SPEED_NORMAL), S(app, S_SPEED_SLOW)};
    return segmented(app, x, y, w, l, 3, (int)app->set.speed, id, draw);
  }
  case SET_COUNTRY: case SET_SCALE:
    return cycler(app, x, y, w, setting_value(app, id, buf, sizeof buf), id, draw);
  case SET_NAME: {
    char shown[80];
    bool empty = !app->set.name[0];
    snprintf(shown, sizeof shown, "%s%s", empty && !app->in.editing ? S(app, S_NAME_HINT) : app->set.name,
             app->in.editing ? "|" : "");
    int fw = w > dp(app, 360) ? dp(app, 360) : w;
    TextBox *b = text_layout(app, FONT_BODY, shown, fw - dp(app, 24), empty && !app->in.editing ? t->dim : t->text);
    int h = b->h + dp(app, 18);
    if (draw) {
      SDL_Rect r = {x, y, fw, h};
      frame_round(app, r, dp(app, 8), app->in.editing ? dp(app, 3) : dp(app, 1) > 0 ? dp(app, 1) : 1,
                  app->in.editing ? t->focus : t->button_border, t->bg);
      draw_box(app, b, x + dp(app, 12), y + dp(app, 9), r, t->bg, t->bg);
      zone_add(app, r, ACT_SETTING, id, 0);
    }
    return h;
  }
  default: {
    const char *v = setting_value(app, id, buf, sizeof buf);
    bool on = (id == SET_CONTRAST && app->set.high_contrast) || (id == SET_DYSLEXIC && app->set.dyslexic_font) ||
              (id == SET_MOTION && app->set.reduced_motion) || (id == SET_FULLSCREEN && app->set.fullscreen) ||
              (id == SET_READ && app->set.read_aloud && app->reader) || (id == SET_NO_TRACE && trace_is_off()) ||
              (id == SET_DISCREET && app->set.discreet) || (id == SET_CLASSROOM && app->classroom);
    /* as wide as its widest value: switching it does not move it */
    int tw = text_width(app, FONT_BOLD, v);
    if (text_width(app, FONT_BOLD, S(app, S_ON)) > tw) tw = text_width(app, FONT_BOLD, S(app, S_ON));
    if (text_width(app, FONT_BOLD, S(app, S_OFF)) > tw) tw = text_width(app, FONT_BOLD, S(app, S_OFF));
    int bw = tw + dp(app, 40);
    if (bw < dp(app, 90)) bw = dp(app, 90);
    if (bw > w) bw = w;
    int h = button_height(app, v, bw, FONT_BOLD);
    if (draw) button(app, (SDL_Rect){x, y, bw, h}, v, ACT_SETTING, id, 1, on);
    return h;
  }
  }
}

/* Labels beside their controls when the page is wide enough (in units that
 * do not follow the text size: the controls stay put) and every label fits
 * its column with no word cut (a long French word at 200 %); else above. */
static bool side_by_side(App *app, int w) {
  if (w < dp_frame(app, 620)) return false;
  int lw = w * 2 / 5 - dp(app, 12);
  for (int id = 0; id < SET_COUNT; id++)
    if (text_layout(app, FONT_BOLD, setting_label(app, (SettingId)id), lw, app->gfx.th.text)->broken) return false;
  return true;
}

static int row(App *app, SettingId id, int x, int y, int w, bool draw) {
  const Theme *t = &app->gfx.th;
  bool side = side_by_side(app, w);
  int lw = side ? w * 2 / 5 - dp(app, 12) : w;
  TextBox *lb = text_layout(app, FONT_BOLD, setting_label(app, id), lw, t->text);
  int cx = side ? x + w * 2 / 5 : x, cy = side ? y : y + lb->h + dp(app, 6);
  int cw = side ? w - w * 2 / 5 : w;
  int ch = control(app, id, cx, cy, cw, false);
  int h = side ? (lb->h > ch ? lb->h : ch) : lb->h + dp(app, 6) + ch;
  if (draw) {
    /* side by side: both centred on the taller one */
    int ly = side ? y + (h - lb->h) / 2 : y;
    if (side) cy = y + (h - ch) / 2;
    draw_box(app, lb, x, ly, (SDL_Rect){x, y, lw, h}, t->bg, t->bg);
    control(app, id, cx, cy, cw, true);
  }
  return h;
}

static int rows(App *app, const SettingId *ids, int n, int x, int y, int w, bool draw) {
  int y0 = y;
  for (int i = 0; i < n; i++) {
    y += row(app, ids[i], x, y, w, draw) + dp(app, 18);
    if (draw && i + 1 < n) fill_rect(app, (SDL_Rect){x, y - dp(app, 9), w, 1}, app->gfx.th.sep);
  }
  return y - y0;
}

/* A button alone on its line, as wide as its label (at most w). */
static int lone_button(App *app, int x, int y, int w, const char *label, Action a, int arg, bool primary, bool draw) {
  int bw = text_width(app, FONT_BOLD, label) + dp(app, primary ? 60 : 40);
  if (bw > w) bw = w;
  int bh = button_height(app, label, bw, FONT_BOLD);
  if (draw) button(app, (SDL_Rect){x, y, bw, bh}, label, a, arg, 0, primary);
  return bh;
}

/* Leave no trace says plainly that it is on. */
static int no_trace_notice(App *app, int x, int y, int w, bool draw) {
  if (!trace_is_off()) return 0;
  const Theme *t = &app->gfx.th;
  int pad = dp(app, 12);
  TextBox *b = text_layout(app, FONT_BOLD, S(app, S_NO_TRACE_ON), w - 2 * pad, t->discuss_text);
  if (draw) {
    SDL_Rect r = {x, y, w, b->h + 2 * pad};
    fill_round(app, r, dp(app, 10), t->discuss_bg, t->discuss_bg);
    draw_box(app, b, x + pad, y + pad, r, t->discuss_bg, t->discuss_bg);
  }
  return b->h + 2 * pad + dp(app, 18);
}

/* "Forget me": a button, then the question with yes and cancel, then what
 * was deleted; and where the files are. */
static int forget_section(App *app, int x, int y, int w, bool draw) {
  const Theme *t = &app->gfx.th;
  int y0 = y;
  SDL_Rect col = {x, y, w, 1 << 20};
  if (app->nav.forget_step == 1) {
    TextBox *q = text_layout(app, FONT_BOLD, S(app, S_FORGET_ASK), w, t->text);
    if (draw) draw_box(app, q, x, y, col, t->bg, t->bg);
    y += q->h + dp(app, 10);
    const char *yes = S(app, S_FORGET_YES), *no = S(app, S_CANCEL);
    int yw = text_width(app, FONT_BOLD, yes) + dp(app, 40), nw = text_width(app, FONT_BOLD, no) + dp(app, 40);
    if (yw + nw + dp(app, 10) > w) yw = nw = (w - dp(app, 10)) / 2;
    int bh = button_height(app, yes, yw, FONT_BOLD);
    if (draw) {
      button(app, (SDL_Rect){x, y, yw, bh}, yes, ACT_FORGET, 1, 0, true);
      button(app, (SDL_Rect){x + yw + dp(app, 10), y, nw, bh}, no, ACT_FORGET, 2, 0, false);
    }
    y += bh + dp(app, 18);
  } else if (app->nav.forget_step == 2 && app->nav.forget_report) {
    TextBox *r = text_layout(app, FONT_BOLD, app->nav.forget_report, w, t->text);
    if (draw) draw_box(app, r, x, y, col, t->bg, t->bg);
    y += r->h + dp(app, 18);
  } else {
    y += lone_button(app, x, y, w, S(app, S_FORGET), ACT_FORGET, 0, false, draw) + dp(app, 18);
  }
  char *where = app_files_note(app);
  TextBox *wb = text_layout(app, FONT_SMALL, where, w, t->dim);
  free(where);
  if (draw) draw_box(app, wb, x, y, col, t->bg, t->bg);
  y += wb->h + dp(app, 18);
  return y - y0;
}

static int settings_body(App *app, int x, int y, int w, bool draw) {
  static const SettingId ids[] = {SET_LANG, SET_COUNTRY, SET_NAME, SET_GENDER, SET_SCALE, SET_CONTRAST,
                                  SET_DYSLEXIC, SET_SPEED, SET_MOTION, SET_READ, SET_FULLSCREEN,
                                  SET_NO_TRACE, SET_DISCREET, SET_CLASSROOM};
  int y0 = y;
  y += no_trace_notice(app, x, y, w, draw);
  y += rows(app, ids, (int)(sizeof ids / sizeof ids[0]), x, y, w, draw);
  y += forget_section(app, x, y, w, draw);
  TextBox *q = text_layout(app, FONT_BOLD, S(app, S_QUICK_EXIT), w, app->gfx.th.text);
  if (draw) draw_box(app, q, x, y, (SDL_Rect){x, y, w, q->h}, app->gfx.th.bg, app->gfx.th.bg);
  return y + q->h - y0 + dp(app, 20);
}

static int setup_body(App *app, int x, int y, int w, bool draw) {
  static const SettingId ids[] = {SET_LANG, SET_COUNTRY, SET_NAME, SET_GENDER, SET_READ, SET_NO_TRACE};
  const Theme *t = &app->gfx.th;
  int y0 = y;
  SDL_Rect col = {x, y, w, 1 << 20};
  TextBox *tb = text_layout(app, FONT_TITLE, S(app, S_WELCOME), w, t->text);
  TextBox *sb = text_layout(app, FONT_BODY, S(app, S_WELCOME_SUB), w, t->dim);
  /* the keys first, for a player who cannot read the rest */
  TextBox *rk = text_layout(app, FONT_BOLD, S(app, S_READ_KEYS), w, t->text);
  if (draw) {
    draw_box(app, tb, x, y, col, t->bg, t->bg);
    draw_box(app, sb, x, y + tb->h + dp(app, 4), col, t->bg, t->bg);
    draw_box(app, rk, x, y + tb->h + dp(app, 4) + sb->h + dp(app, 12), col, t->bg, t->bg);
  }
  y += tb->h + dp(app, 4) + sb->h + dp(app, 12) + rk->h + dp(app, 24);
  y += rows(app, ids, (int)(sizeof ids / sizeof ids[0]), x, y, w, draw);
  y += no_trace_notice(app, x, y, w, draw);
  y += lone_button(app, x, y, w, S(app, S_CONTINUE), ACT_SETUP_DONE, 0, true, draw) + dp(app, 20);
  TextBox *q = text_layout(app, FONT_SMALL, S(app, S_QUICK_EXIT), w, t->dim);
  if (draw) draw_box(app, q, x, y, col, t->bg, t->bg);
  return y + q->h - y0 + dp(app, 20);
}

static void scrolled_page(App *app, Screen scr, const char *title, bool back,
                          ColumnBody body) {
  theme_get(&app->gfx.th, SKIN_GAME, app->set.high_contrast);
  fill_rect(app, (SDL_Rect){0, 0, app->gfx.w, app->gfx.h}, app->gfx.th.bg);
  int hh = page_header(app, title, back);
  SDL_Rect view = {0, hh, app->gfx.w, app->gfx.h - hh};
  /* the column's place and width do not follow the text size */
  int w = app->gfx.w - 2 * dp_frame(app, 24);
  if (w > dp_frame(app, 760)) w = dp_frame(app, 760);
  int x = (app->gfx.w - w) / 2;
  scroll_column(app, view, x, w, dp(app, 24), dp(app, 24), &app->nav.scroll[scr], &app->nav.scroll_max[scr], body,
                app->gfx.th.dim);
}

void draw_settings(App *app) { scrolled_page(app, SCR_SETTINGS, S(app, S_SETTINGS), true, settings_body); }
void draw_setup(App *app) { scrolled_page(app, SCR_SETUP, S(app, S_GAME), false, setup_body); }
