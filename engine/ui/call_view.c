/* The call, in the app's own layout (the skin's call table): an incoming
 * call with Answer and Decline, then a video call (the caller as an abstract
 * panel: colours and initials, never a person; the player's own tile a
 * neutral silhouette, never an image of them) or a voice call (the caller's
 * avatar large); the app's buttons with their words and a red hang-up; a
 * timer, captions of what is said, and the REC mark once, only when the
 * story says `recording`. The buttons are controls, as in the app: Answer,
 * Decline and Hang up are the story's replies marked button = (they leave
 * the strip below, where the other replies stay); Mute, Camera and the
 * app's other buttons turn on and off for the player, per call, and never
 * change the story. A button that would do nothing is drawn hollow and
 * grey, out of the Tab order. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "avatar.h"
#include "call_view.h"
#include "draw.h"
#include "util.h"

#define KSIZE(app, n) dp(app, (app)->gfx.th.skin->size[SZ_##n])
#define KCHOICE(app, n) ((app)->gfx.th.skin->choice[SK_##n])

/* A button's word: the words of the buttons are in the buttons' order. */
_Static_assert(SW_hangup - SW_mute == CTL_hangup - CTL_mute && SW_camera - SW_mute == CTL_camera - CTL_mute &&
                   SW_effects - SW_mute == CTL_effects - CTL_mute,
               "SKIN_WORDS lists the call's buttons in SKIN_CONTROLS' order");
static const char *control_word(App *app, SkinControl c) { return SW(app, (SkinWord)(SW_mute + (c - CTL_mute))); }


static void chip(App *app, int x, int y, const char *text, SDL_Color bg, SDL_Color fg, SDL_Color dot, SDL_Rect *out) {
  TextBox *b = text_layout(app, FONT_BOLD, text, 0, fg);
  int pad = dp(app, 10), d = dot.a ? dp(app, 12) : 0;
  SDL_Rect r = {x, y, b->w + 2 * pad + (d ? d + dp(app, 8) : 0), b->h + dp(app, 8)};
  fill_round(app, r, r.h / 2, bg, bg);
  if (d) fill_circle(app, r.x + pad + d / 2, r.y + r.h / 2, d / 2, dot);
  draw_box(app, b, r.x + pad + (d ? d + dp(app, 8) : 0), r.y + dp(app, 4), r, bg, bg);
  if (out) *out = r;
}

bool call_rec_redundant(const App *app, const char *text) {
  if (!text) return true;
  while (*text == ' ') text++;
  if (!*text) return true;
  size_t n = strlen(text);
  while (n && text[n - 1] == ' ') n--;
  /* in any language of the game: a story's "Recording" stays redundant
   * when the player reads it in French */
  int nl = i18n_count(app->opt.i18n);
  for (int l = -1; l < nl; l++) {
    const char *lang = l < 0 ? app->set.lang : i18n_code(app->opt.i18n, l);
    const char *words[2] = {i18n_word(app->opt.i18n, lang, S_REC), i18n_word(app->opt.i18n, lang, S_RECORDING)};
    for (int i = 0; i < 2; i++)
      if (strlen(words[i]) == n && strncasecmp(words[i], text, n) == 0) return true;
  }
  return false;
}

/* ---- icons: shapes only, so no font can miss a glyph ---- */

/* A thick line through points (rounded joints). */
static void stroke(App *app, const SDL_FPoint *p, int n, float w, SDL_Color c) {
  for (int i = 0; i + 1 < n; i++) {
    float dx = p[i + 1].x - p[i].x, dy = p[i + 1].y - p[i].y, len = sqrtf(dx * dx + dy * dy);
    if (len <= 0) continue;
    float nx = -dy / len * w / 2, ny = dx / len * w / 2;
    SDL_Vertex v[4] = {{{p[i].x + nx, p[i].y + ny}, c, {0, 0}}, {{p[i + 1].x + nx, p[i + 1].y + ny}, c, {0, 0}},
                       {{p[i + 1].x - nx, p[i + 1].y - ny}, c, {0, 0}}, {{p[i].x - nx, p[i].y - ny}, c, {0, 0}}};
    int idx[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 4, idx, 6);
  }
  for (int i = 0; i < n; i++) fill_circle(app, (int)lroundf(p[i].x), (int)lroundf(p[i].y), (int)(w / 2), c);
}

/* A handset: an arc with its two ends, turned by `turn` degrees (0: lying
 * down, the hang-up sign; -135: lifted, the answer sign). */
static void handset(App *app, int cx, int cy, int s, double turn, SDL_Color c) {
  SDL_FPoint p[9];
  double rad = s * 0.62, t = turn * M_PI / 180;
  for (int i = 0; i < 9; i++) {
    double a = (160 - i * 140.0 / 8) * M_PI / 180; /* over the top, left to right */
    double x = cos(a) * rad, y = -sin(a) * rad + rad * 0.55;
    /* the ends bend down like ear and mouth pieces */
    if (i == 0 || i == 8) y += s * 0.12;
    p[i] = (SDL_FPoint){(float)(cx + x * cos(t) - y * sin(t)), (float)(cy + x * sin(t) + y * cos(t))};
  }
  stroke(app, p, 9, (float)s * 0.2f, c);
  /* the ear and mouth pieces: wider ends */
  for (int e = 0; e < 9; e += 8) fill_circle(app, (int)lroundf(p[e].x), (int)lroundf(p[e].y), (int)(s * 0.2), c);
}

static void icon(App *app, SkinControl k, int cx, int cy, int r, SDL_Color c) {
  int s = r; /* the icon's size: the circle's radius */
  float w = (float)(s * 0.16 > 1.5 ? s * 0.16 : 1.5);
  switch (k) {
  case CTL_mute: { /* a microphone */
    fill_round(app, (SDL_Rect){cx - s / 5, cy - s / 2, 2 * (s / 5), s * 3 / 5}, s / 5, c, c);
    SDL_FPoint u[7];
    for (int i = 0; i < 7; i++) {
      double a = (180 + i * 30) * M_PI / 180;
      u[i] = (SDL_FPoint){(float)(cx + cos(a) * s * 0.36), (float)(cy - s * 0.02 - sin(a) * s * 0.36)};
    }
    stroke(app, u, 7, w, c);
    SDL_FPoint st[2] = {{(float)cx, (float)(cy + s * 0.34)}, {(float)cx, (float)(cy + s * 0.5)}};
    stroke(app, st, 2, w, c);
    break;
  }
  case CTL_camera: /* a camera: a body and a lens to the right */
    fill_round(app, (SDL_Rect){cx - s / 2, cy - s / 4, s * 3 / 5, s / 2}, s / 10, c, c);
    {
      SDL_Vertex v[3] = {{{(float)(cx + s * 0.12), (float)cy}, c, {0, 0}},
                         {{(float)(cx + s * 0.5), (float)(cy - s * 0.25)}, c, {0, 0}},
                         {{(float)(cx + s * 0.5), (float)(cy + s * 0.25)}, c, {0, 0}}};
      SDL_RenderGeometry(app->gfx.ren, NULL, v, 3, NULL, 0);
    }
    break;
  case CTL_speaker: { /* a loudspeaker and a wave */
    fill_rect(app, (SDL_Rect){cx - s / 2, cy - s / 7, s / 5, 2 * (s / 7)}, c);
    SDL_Vertex v[3] = {{{(float)(cx - s * 0.35), (float)cy}, c, {0, 0}},
                       {{(float)(cx + s * 0.05), (float)(cy - s * 0.4)}, c, {0, 0}},
                       {{(float)(cx + s * 0.05), (float)(cy + s * 0.4)}, c, {0, 0}}};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 3, NULL, 0);
    SDL_FPoint a[5];
    for (int i = 0; i < 5; i++) {
      double an = (-45 + i * 22.5) * M_PI / 180;
      a[i] = (SDL_FPoint){(float)(cx + s * 0.05 + cos(an) * s * 0.38), (float)(cy - sin(an) * s * 0.38)};
    }
    stroke(app, a, 5, w, c);
    break;
  }
  case CTL_flip: { /* a turning arrow */
    SDL_FPoint a[9];
    for (int i = 0; i < 9; i++) {
      double an = (30 + i * 33.75) * M_PI / 180;
      a[i] = (SDL_FPoint){(float)(cx + cos(an) * s * 0.4), (float)(cy - sin(an) * s * 0.4)};
    }
    stroke(app, a, 9, w, c);
    SDL_FPoint e = a[8];
    SDL_Vertex v[3] = {{{e.x - s * 0.18f, e.y - s * 0.12f}, c, {0, 0}},
                       {{e.x + s * 0.18f, e.y - s * 0.12f}, c, {0, 0}},
                       {{e.x, e.y + s * 0.16f}, c, {0, 0}}};
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 3, NULL, 0);
    break;
  }
  case CTL_effects: { /* a sparkle */
    SDL_Vertex v[6] = {{{(float)cx, (float)(cy - s * 0.5)}, c, {0, 0}}, {{(float)(cx + s * 0.12), (float)cy}, c, {0, 0}},
                       {{(float)(cx - s * 0.12), (float)cy}, c, {0, 0}}, {{(float)(cx - s * 0.5), (float)cy}, c, {0, 0}},
                       {{(float)cx, (float)(cy - s * 0.12)}, c, {0, 0}}, {{(float)cx, (float)(cy + s * 0.12)}, c, {0, 0}}};
    SDL_Vertex m[6] = {v[0], v[1], v[2], v[3], v[4], v[5]};
    m[0].position.y = (float)(cy + s * 0.5);
    m[3].position.x = (float)(cx + s * 0.5);
    SDL_RenderGeometry(app->gfx.ren, NULL, v, 6, NULL, 0);
    SDL_RenderGeometry(app->gfx.ren, NULL, m, 6, NULL, 0);
    break;
  }
  case CTL_hangup:
  default: handset(app, cx, cy, s, 0, c); break;
  }
}

/* ---- the app's round buttons, each with its word under it ---- */

/* The widest single word of a label: a label may wrap between its words
 * ("Hang / up"), never inside one. */
static int widest_word(App *app, int style, const char *label) {
  char buf[200];
  snprintf(buf, sizeof buf, "%s", label ? label : "");
  int w = 0;
  for (char *save = NULL, *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
    int tw = text_width(app, style, t);
    if (tw > w) w = tw;
  }
  return w;
}

/* Where n buttons go in a width: one row when every word fits its cell
 * whole, else two rows (five buttons at 200 % Italian on a small window);
 * the words are never dropped. */
typedef struct {
  int n, cols, rows, cell, r, word_h, h;
  bool plain; /* the app's words under the buttons, not the replies' (button_label): no room for them */
} Buttons;

static Buttons buttons_fit(App *app, const char *const *words, int n, int w, int max_cell, int r_want) {
  Buttons b = {.n = n};
  for (int rows = 1; rows <= 2; rows++) {
    b.rows = rows;
    b.cols = (n + rows - 1) / rows;
    b.cell = w / (b.cols > 0 ? b.cols : 1);
    if (b.cell > max_cell) b.cell = max_cell;
    bool ok = true;
    for (int i = 0; i < n; i++) ok &= widest_word(app, FONT_SMALL, words[i]) <= b.cell - dp(app, 4);
    if (ok) break;
  }
  b.word_h = 0;
  for (int i = 0; i < n; i++) {
    TextBox *l = text_layout(app, FONT_SMALL, words[i], b.cell - dp(app, 4), app->gfx.th.call_text);
    if (l->h > b.word_h) b.word_h = l->h;
  }
  b.r = r_want;
  if (b.r > b.cell / 2 - dp(app, 4)) b.r = b.cell / 2 - dp(app, 4);
  b.h = b.rows * (2 * b.r + dp(app, 6) + b.word_h) + (b.rows - 1) * dp(app, 10);
  return b;
}

/* ---- the buttons as controls ---- */

/* The story's button (ChoiceButton) a call button is: Answer, Decline,
 * Hang up; BUTTON_NONE for the app's own. */
static int story_button(int which) {
  return which == CALL_ANSWER ? BUTTON_answer : which == CALL_DECLINE ? BUTTON_decline
         : which == CTL_hangup ? BUTTON_hangup : BUTTON_NONE;
}

static bool is_toggle(int which) { return which >= 0 && which < CTL_COUNT && which != CTL_hangup; }

/* The waiting reply that button is, or -1. */
static int button_reply(App *app, int which) {
  int b = story_button(which);
  if (!b || !play_waiting_choice(&app->play)) return -1;
  return rt_choice_button(app->play.rt, b);
}

/* Pressing it does something now: a toggle always; Answer, Decline and
 * Hang up when they are a waiting reply; Answer also when the story goes
 * on into the call by itself (it answers at once). */
static bool button_live(App *app, int which) {
  if (is_toggle(which) || button_reply(app, which) >= 0) return true;
  return which == CALL_ANSWER && !play_waiting_choice(&app->play) && app->play.reveal_at;
}

/* The toggles belong to one call: a new call starts with them all off. */
static void call_owner(App *app) {
  Play *p = &app->play;
  int cb;
  bool rec;
  play_call_state(p, &cb, &rec);
  if (p->call_on_beat != cb + 1) {
    p->call_on_beat = cb + 1;
    p->call_on = 0;
  }
}

static bool toggled(App *app, int which) { return is_toggle(which) && (app->play.call_on >> which & 1); }

void call_press(App *app, int which) {
  call_owner(app);
  if (is_toggle(which)) {
    app->play.call_on ^= 1u << which;
    return;
  }
  int i = button_reply(app, which);
  if (i >= 0) app_act(app, ACT_CHOICE, i, 0);
  else if (which == CALL_ANSWER && !play_waiting_choice(&app->play)) play_skip(&app->play, app->now);
}

bool call_shows_reply(App *app, int i) {
  if (app->classroom || !play_waiting_choice(&app->play)) return false;
  int b = rt_choice_button_of(app->play.rt, i);
  if (!b || rt_choice_button(app->play.rt, b) != i) return false; /* a second one marked the same stays a reply */
  int cb;
  bool rec;
  int state = play_call_state(&app->play, &cb, &rec);
  if (!state) return false;
  if (state == 1 && !rt_history(app->play.rt, cb)->call_out) return b == BUTTON_answer || b == BUTTON_decline;
  return b == BUTTON_hangup;
}

static const SkinWord BUTTON_WORDS[BUTTON_COUNT] = {[BUTTON_answer] = SW_answer, [BUTTON_decline] = SW_decline,
                                                    [BUTTON_hangup] = SW_hangup};

/* "word" or "word: reply" (when the reply says more than the word). */
static void word_and_reply(char *out, size_t n, const char *word, const char *reply) {
  if (reply && strcasecmp(reply, word) != 0) snprintf(out, n, "%s: %s", word, reply);
  else snprintf(out, n, "%s", word);
}

char *call_reply_said(App *app, int i) {
  if (!call_shows_reply(app, i)) return NULL;
  char buf[600];
  word_and_reply(buf, sizeof buf, SW(app, BUTTON_WORDS[rt_choice_button_of(app->play.rt, i)]), rt_choice_text(app->play.rt, i));
  return xstrdup(buf);
}

/* A toggle's state as a person says it ("Microphone on", "Micro coupé"),
 * never the button's word with a yes or no: "Mute: on" leaves the
 * listener to work out whether they can be heard. Pressed Mute and Camera
 * are off, pressed Speaker and Effects on, pressed Flip the rear camera. */
static const char *toggle_state(App *app, SkinControl c, bool pressed) {
  static const int WORDS[CTL_COUNT][2] = {
      [CTL_mute] = {S_MIC_ON, S_MIC_OFF},         [CTL_camera] = {S_CAMERA_ON, S_CAMERA_OFF},
      [CTL_speaker] = {S_SPEAKER_OFF, S_SPEAKER_ON}, [CTL_flip] = {S_CAMERA_FRONT, S_CAMERA_BACK},
      [CTL_effects] = {S_EFFECTS_OFF, S_EFFECTS_ON}};
  return S(app, (StrId)WORDS[c][pressed]);
}

/* The app's word for a button: "Hang up", "Answer", "Mute". */
static const char *app_word(App *app, int which) {
  if (which == CALL_ANSWER) return SW(app, SW_answer);
  if (which == CALL_DECLINE) return SW(app, SW_decline);
  return control_word(app, (SkinControl)which);
}

/* The words under a button: the app's ("Hang up"), or the story's reply
 * it is when that says more ("Say no and hang up", "Decline the call"):
 * the button carries what the choice says, as the reply did in the strip.
 * Kept per button until it is asked again (a reply's text is the
 * runtime's until its next one). */
static const char *button_label(App *app, int which) {
  static char label[CTL_COUNT + 2][300];
  const char *word = app_word(app, which);
  int i = which >= 0 && which < CTL_COUNT + 2 ? button_reply(app, which) : -1;
  const char *reply = i >= 0 ? rt_choice_text(app->play.rt, i) : NULL;
  if (!reply || !reply[0] || strcasecmp(reply, word) == 0) return word;
  snprintf(label[which], sizeof label[0], "%s", reply);
  return label[which];
}

/* What a focused button says: a toggle its state ("Microphone on"), else
 * its word, and the reply it is ("Hang up: Say no and hang up") when they
 * differ. The zone keeps the pointer for this frame: one buffer each. */
static const char *spoken(App *app, int which, const char *word) {
  static char said[CTL_COUNT + 2][400];
  char *out = said[which];
  if (is_toggle(which)) {
    snprintf(out, sizeof said[0], "%s", toggle_state(app, (SkinControl)which, toggled(app, which)));
    return out;
  }
  int i = button_reply(app, which);
  word_and_reply(out, sizeof said[0], word, i >= 0 ? rt_choice_text(app->play.rt, i) : NULL);
  return out;
}

/* One button: its circle at (cx, y), the icon (or the lifted handset of
 * Answer), the word under it. A control (ACT_CALL, which) when pressing it
 * does something: pressed toggles filled light, Mute's word "Unmute";
 * else hollow and grey, as an app shows what cannot be pressed. */
static void round_button(App *app, const Buttons *b, int cx, int y, int which, SDL_Color fill, const char *word,
                         bool answer) {
  const Theme *t = &app->gfx.th;
  int r = b->r;
  SkinControl k = which < CTL_COUNT ? (SkinControl)which : CTL_hangup;
  bool live = button_live(app, which), on = toggled(app, which);
  if (on && k == CTL_mute) word = SW(app, SW_unmute);
  SDL_Color ink;
  if (live) {
    if (on) fill = t->call_text; /* pressed */
    fill_circle(app, cx, y + r, r, fill);
    /* an icon needs 3:1: white on the app's green and red, as phones draw it */
    SDL_Color white = {255, 255, 255, 255};
    ink = contrast_ratio(white, fill) >= 3 ? white : color_on(fill);
  } else {
    int edge = dp(app, 2) > 1 ? dp(app, 2) : 1;
    fill_circle(app, cx, y + r, r, t->call_dim);
    fill_circle(app, cx, y + r, r - edge, t->call_bg);
    ink = t->call_dim;
  }
  if (answer) handset(app, cx, y + r, r, -30, ink);
  else icon(app, k, cx, y + r, r, ink);
  if (on && (k == CTL_mute || k == CTL_camera)) { /* and a stroke through it: off */
    SDL_FPoint sl[2] = {{(float)(cx - r * 0.55), (float)(y + r * 0.45)}, {(float)(cx + r * 0.55), (float)(y + r * 1.55)}};
    stroke(app, sl, 2, (float)(r * 0.12 > 1.5 ? r * 0.12 : 1.5), ink);
  }
  TextBox *l = text_layout(app, FONT_SMALL, word, b->cell - dp(app, 4), live ? t->call_text : t->call_dim);
  SDL_Rect box = {cx - b->cell / 2, y + 2 * r + dp(app, 6), b->cell, b->word_h};
  draw_box(app, l, cx - l->w / 2, box.y, box, t->call_bg, t->call_bg);
  if (live) {
    SDL_Rect z = {cx - b->cell / 2 + dp(app, 4), y - dp(app, 2), b->cell - dp(app, 8), 2 * r + dp(app, 8) + b->word_h};
    int n = app->in.nzones;
    zone_add(app, z, ACT_CALL, which, 0);
    if (app->in.nzones > n) app->in.zones[n].label = spoken(app, which, app_word(app, which)); /* read aloud when focused */
  }
}

/* The app's buttons in the call (the skin's list, hang-up in red). Where
 * they do not fit one row with their words, the app's extra buttons (flip,
 * effects, speaker) go, as a phone folds them into a menu: mute, camera and
 * hang-up stay. */
static Buttons controls_fit(App *app, int w, int r_want, bool phone, bool plain, SkinControl *list) {
  const Skin *k = app->gfx.th.skin;
  const char *words[SKIN_CONTROLS_MAX];
  /* a voice call the story asks for (voice = true) in a video app: a
   * phone's buttons, mute, speaker and hang-up */
  static const Skin phone_skin = {.controls = {CTL_mute, CTL_speaker, CTL_hangup}, .ncontrols = 3};
  if (phone && k->choice[SK_call_kind] != 1) k = &phone_skin;
  Buttons b = {0};
  for (int pass = 0; pass < 2; pass++) {
    int n = 0;
    for (int i = 0; i < k->ncontrols; i++) {
      SkinControl c = k->controls[i];
      if (pass && c != CTL_mute && c != CTL_camera && c != CTL_hangup) continue;
      list[n] = c;
      words[n++] = c == CTL_hangup && !plain ? button_label(app, c) : control_word(app, c);
    }
    b = buttons_fit(app, words, n, w - dp(app, 12), dp(app, 120), r_want);
    b.plain = plain;
    if (b.rows == 1) break;
  }
  return b;
}

/* Draws them with their top at y, centred in area. */
static void controls_draw(App *app, const Buttons *b, const SkinControl *list, SDL_Rect area, int y) {
  const Theme *t = &app->gfx.th;
  int row_h = 2 * b->r + dp(app, 6) + b->word_h + dp(app, 10);
  for (int i = 0; i < b->n; i++) {
    int row = i / b->cols, col = i % b->cols;
    int in_row = row == b->rows - 1 ? b->n - row * b->cols : b->cols;
    int x0 = area.x + (area.w - in_row * b->cell) / 2 + b->cell / 2;
    SkinControl c = list[i];
    round_button(app, b, x0 + col * b->cell, y + row * row_h, (int)c, c == CTL_hangup ? t->decline : t->control,
                 c == CTL_hangup && !b->plain ? button_label(app, c) : control_word(app, c), false);
  }
  app->gfx.marks.controls = (SDL_Rect){area.x, y, area.w, b->h};
}

/* The controls' radius: the skin's, down to 15 units in a small window
 * (with its word under it, a button stays a large target). */
static int control_radius(App *app, bool compact) {
  int r = KSIZE(app, call_control);
  return compact && r > dp(app, 15) ? dp(app, 15) : r;
}

/* Menu and Help as tall as their words need (36 units at least): the
 * room under them is the call's. */
static int top_button_height(App *app) {
  int bh = app->gfx.fonts.line[FONT_BOLD] + dp(app, 8);
  return bh < dp(app, 36) ? dp(app, 36) : bh;
}

int call_top_height(App *app) { return top_button_height(app) + dp(app, 12); }

/* Menu and Help; returns the room left between them (for the timer). */
static SDL_Rect top_buttons(App *app, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  int bh = top_button_height(app);
  const char *ml = S(app, S_MENU);
  int mw = text_width(app, FONT_BOLD, ml) + dp(app, 28);
  SDL_Rect m = {area.x + dp(app, 12), area.y + dp(app, 6), mw, bh};
  button_colored(app, m, ml, ACT_MENU, 0, 0, t->call_bg, t->call_text, t->call_text, FONT_BOLD, 0);
  /* help_button takes the bar's height and keeps 8 units above and below */
  SDL_Rect h = help_button(app, area.x + area.w - dp(app, 12), area.y - dp(app, 2), bh + dp(app, 16), t->call_bg, t->call_text, t->call_text);
  int x = m.x + m.w + dp(app, 12);
  return (SDL_Rect){x, m.y, h.x - dp(app, 12) - x, m.h};
}

static bool voice(App *app, const Beat *call) {
  if (call && call->call_kind) return call->call_kind == CALL_VOICE;
  return KCHOICE(app, call_kind) == 1;
}

/* The caller's name as the call's header: the largest of styles that fits
 * w (two lines at most at 200 % text), else shortened after a word. */
static TextBox *caller_name(App *app, const Character *ch, const int *styles, int n, int w) {
  return text_fit(app, styles, n, ch ? ch->name : "", w, app->gfx.fonts.line[styles[n - 1]] * 2, app->gfx.th.call_text);
}

static void ringing(App *app, const Beat *call, const Character *ch, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  bool out = call->call_out;
  /* Answer and Decline at the bottom, as the phone shows them; a call the
   * player makes has the hang-up alone */
  const char *words[2] = {button_label(app, out ? CTL_hangup : CALL_DECLINE), button_label(app, CALL_ANSWER)};
  int nb = out ? 1 : 2;
  int cell = area.w / 2 - dp(app, 20);
  if (cell > dp(app, 160)) cell = dp(app, 160);
  int top = area.y + call_top_height(app);
  int w = area.w - dp(app, 40);
  const char *line = call->text && call->text[0] ? call->text
                     : SW(app, out ? SW_calling : voice(app, call) ? SW_incoming_voice : SW_incoming_video);
  TextBox *l = text_layout(app, FONT_BODY, line, w, t->call_dim);
  static const int big[] = {FONT_TITLE, FONT_HEAD, FONT_BOLD};
  TextBox *n = caller_name(app, ch, big, 3, w);
  Buttons b = buttons_fit(app, words, nb, 2 * cell, cell, KSIZE(app, call_control) + dp(app, 4));
  if (top + n->h + l->h + b.h + dp(app, 40) > area.y + area.h) { /* a small window at 200 % */
    b = buttons_fit(app, words, nb, 2 * cell, cell, control_radius(app, true));
    /* the replies' words taller than the app's leave no room: the app's */
    int least = app->gfx.fonts.line[FONT_BOLD] + l->h;
    if (top + least + b.h + dp(app, 40) > area.y + area.h) {
      words[0] = SW(app, out ? SW_hangup : SW_decline);
      words[1] = SW(app, SW_answer);
      b = buttons_fit(app, words, nb, 2 * cell, cell, control_radius(app, true));
    }
    /* the name in the largest style that leaves the line its room */
    int max_h = area.y + area.h - b.h - dp(app, 24) - top - dp(app, 18) - l->h;
    int two = app->gfx.fonts.line[FONT_BOLD] * 2;
    n = text_fit(app, big, 3, ch ? ch->name : "", w, max_h < two ? (max_h > 1 ? max_h : 1) : two, t->call_text);
  }
  int by = area.y + area.h - b.h - dp(app, 12);
  int room = by - top - dp(app, 12) - (n->h + dp(app, 6) + l->h);
  /* the caller's picture in what is left, with its slow pulse */
  int r = (room - dp(app, 40)) / 2;
  if (r > dp(app, 70)) r = dp(app, 70);
  int y = top + dp(app, 6);
  int cx = area.x + area.w / 2;
  if (r >= dp(app, 16)) {
    int pulse = dp(app, 6) + dp(app, 26);
    int cy = y + (room - 2 * r) / 3 + r;
    if (cy - r - pulse < top) cy = top + r + (pulse < room / 2 - r ? pulse : 0);
    if (!app->set.reduced_motion) {
      int ph = (int)(app->now % 1500);
      int rr = r + dp(app, 6) + ph * dp(app, 26) / 1500;
      clip_push(app, (SDL_Rect){area.x, top, area.w, by - top});
      fill_circle(app, cx, cy, rr, t->call_panel);
      clip_pop(app);
    }
    avatar(app, cx, cy, r, ch);
    y = cy + r + dp(app, 14);
  }
  SDL_Rect box = {area.x + dp(app, 20), y, w, by - y};
  draw_box(app, n, cx - n->w / 2, y, box, t->call_bg, t->call_bg);
  app->gfx.marks.header = (SDL_Rect){cx - n->w / 2, y, n->w, n->h};
  y += n->h + dp(app, 6);
  draw_box(app, l, cx - l->w / 2, y, box, t->call_bg, t->call_bg);
  /* Decline on the left, Answer on the right, a thumb's distance apart */
  int off = cell * 3 / 4 + dp(app, 20);
  if (cx + off + cell / 2 > area.x + area.w - dp(app, 8)) off = area.x + area.w - dp(app, 8) - cell / 2 - cx;
  if (out) {
    round_button(app, &b, cx, by, CTL_hangup, t->decline, words[0], false);
  } else {
    round_button(app, &b, cx - off, by, CALL_DECLINE, t->decline, words[0], false);
    round_button(app, &b, cx + off, by, CALL_ANSWER, t->answer, words[1], true);
  }
  app->gfx.marks.controls = (SDL_Rect){area.x, by, area.w, b.h};
}

/* The player's own tile: a neutral silhouette (a head and shoulders in one
 * grey), never an image of them, and their word "You". */
static void self_tile(App *app, SDL_Rect me) {
  const Theme *t = &app->gfx.th;
  fill_round(app, me, dp(app, 8), t->call_bg, t->call_bg);
  SDL_Color sil = t->call_panel;
  int hr = me.h / 6;
  int cx = me.x + me.w / 2, hy = me.y + me.h * 9 / 20;
  clip_push(app, me);
  fill_round(app, (SDL_Rect){cx - hr * 2, hy + hr + hr / 3, hr * 4, hr * 3}, hr * 3 / 2, sil, sil);
  fill_circle(app, cx, hy, hr, sil);
  clip_pop(app);
  TextBox *you = text_layout(app, FONT_SMALL, S(app, S_YOU), me.w - dp(app, 12), t->call_text);
  if (me.w >= you->w + dp(app, 16) && me.h > you->h + dp(app, 12))
    draw_box(app, you, me.x + dp(app, 8), me.y + dp(app, 6), me, t->call_bg, t->call_bg);
}

/* The text of a line said in the call: "Name: words", or the narration as
 * it is. */
static const char *caption_text(App *app, const Beat *b, char *buf, size_t n, int *style) {
  Play *p = &app->play;
  *style = FONT_BODY;
  if (b->kind == WORD_MSG && b->who >= 0) snprintf(buf, n, "%s: %s", p->story->chars[b->who].name, b->text);
  else if (b->kind == WORD_MSG) snprintf(buf, n, "%s: %s", S(app, S_YOU), b->text);
  else {
    snprintf(buf, n, "%s", b->text);
    *style = FONT_ITALIC;
  }
  return buf;
}

static bool captioned(App *app, const Beat *b) {
  if (!b->text || !b->text[0]) return false;
  return !(b->kind == WORD_RECORDING && call_rec_redundant(app, b->text)); /* the REC chip says it */
}

/* The last few things said in the call, bottom up from y, no higher than
 * floor (the newest always shows). Not drawing: the newest one's height. */
static int captions(App *app, int call_beat, int x, int y, int w, int floor, bool draw) {
  const Theme *t = &app->gfx.th;
  Play *p = &app->play;
  int shown = 0;
  for (int i = p->shown - 1; i > call_beat && shown < 3; i--) {
    const Beat *b = rt_history(p->rt, i);
    if (!captioned(app, b)) continue;
    char buf[1200];
    int style;
    caption_text(app, b, buf, sizeof buf, &style);
    TextBox *tb = text_layout(app, style, buf, w - dp(app, 24), t->call_text);
    int h = tb->h + dp(app, 12);
    if (!draw) {
      /* a long one asks for three lines; the rest rolls up, as live
       * captions do */
      int most = 3 * app->gfx.fonts.line[style] + dp(app, 12);
      return (h < most ? h : most) + dp(app, 6);
    }
    if (y - h < floor && shown > 0) break;
    y -= h;
    SDL_Rect cr = {x, y, tb->w + dp(app, 24), h};
    if (shown == 0) {
      app->gfx.marks.last = cr; /* the newest caption, for the render tests */
      int top = floor;
      if (cr.y < floor) { /* whole lines only: the view starts at a line's top */
        int line = app->gfx.fonts.line[style];
        int n = line > 0 ? (tb->h + line / 2) / line : 1;
        line = tb->h / (n > 0 ? n : 1); /* the font's own line skip */
        int lines = (cr.y + cr.h - dp(app, 6) - floor) / (line > 0 ? line : 1);
        if (lines < 1) lines = 1;
        top = cr.y + cr.h - dp(app, 6) - lines * line;
      }
      app->gfx.marks.view = (SDL_Rect){x, top, w, cr.y + cr.h - top};
      /* the newest always shows: its end, when it is taller than the room */
      clip_push(app, app->gfx.marks.view);
    }
    fill_round(app, cr, dp(app, 6), t->call_bg, t->call_bg);
    draw_box(app, tb, cr.x + dp(app, 12), y + dp(app, 6), cr, t->call_bg, t->call_bg);
    y -= dp(app, 6);
    shown++;
  }
  if (draw && shown) clip_pop(app);
  return 0;
}

static void timer_text(App *app, char *tm, size_t n) {
  Uint64 secs = (app->now - app->play.call_since) / 1000;
  snprintf(tm, n, "%02u:%02u", (unsigned)(secs / 60 % 100), (unsigned)(secs % 60));
}

static int chip_h(App *app) { return app->gfx.fonts.line[FONT_BOLD] + dp(app, 8); }

/* The timer and, when the story says so, REC: their width in a row. */
static int status_width(App *app, bool recording) {
  int w = text_width(app, FONT_BOLD, "00:00") + dp(app, 20);
  if (recording) w += dp(app, 10) + text_width(app, FONT_BOLD, S(app, S_REC)) + dp(app, 40);
  return w;
}

static void status_draw(App *app, int x, int y, bool recording, SDL_Color bg) {
  const Theme *t = &app->gfx.th;
  char tm[16];
  timer_text(app, tm, sizeof tm);
  SDL_Rect tr;
  chip(app, x, y, tm, bg, t->call_text, (SDL_Color){0, 0, 0, 0}, &tr);
  if (recording) chip(app, tr.x + tr.w + dp(app, 10), tr.y, S(app, S_REC), bg, t->call_text, t->rec, NULL);
}

/* A connected call, laid out from what must show (the top bar, the caller's
 * name, the newest caption, the buttons with their words) to what shows
 * when there is room (the timer in the body, the caller's picture, older
 * captions, the player's own tile). */
typedef struct {
  Buttons ctl;
  SkinControl list[SKIN_CONTROLS_MAX]; /* the buttons shown */
  TextBox *name;
  int name_h;       /* the name with its tag and gap */
  int caption;      /* the newest caption's height, 0 if none yet */
  int cap_w;
  bool status_up;   /* the timer and REC in the top bar, between Menu and Help */
  int pad;          /* the margins: half in a small window */
  int need;         /* the height the call needs under its top bar */
} CallPlan;

/* Heights as connected() spends them: the body's top margin, the name,
 * the timer row unless it is in the bar, the newest caption, then the
 * margins around the buttons. */
static CallPlan plan(App *app, const Beat *call, int call_beat, bool recording, const Character *ch, int w, int room,
                     SDL_Rect bar) {
  CallPlan c = {0};
  bool v = voice(app, call);
  static const int vid[] = {FONT_BOLD}, voi[] = {FONT_HEAD, FONT_BOLD};
  int body_w = w - dp(app, 24);
  c.name = caller_name(app, ch, v ? voi : vid, v ? 2 : 1, body_w - dp(app, 40));
  c.name_h = ch ? c.name->h + (v ? dp(app, 8) : dp(app, 14)) : 0;
  c.cap_w = v ? w - dp(app, 48) : body_w - 2 * dp(app, 16);
  int caption = captions(app, call_beat, 0, 0, c.cap_w, 0, false);
  int status = chip_h(app) + dp(app, 10);
  /* smaller buttons and margins first; then, where the reply's words under
   * Hang up would still not leave the call its room, the app's word (the
   * reply is still read aloud with it) */
  for (int level = 0; level < 3; level++) {
    int compact = level > 0;
    c.ctl = controls_fit(app, w, control_radius(app, compact), call->call_kind == CALL_VOICE, level == 2, c.list);
    c.status_up = compact && bar.w >= status_width(app, recording);
    c.pad = compact ? dp(app, 6) : dp(app, 12);
    if (compact && ch && !v) c.name_h = c.name->h + dp(app, 10); /* a slimmer tag */
    if (compact && ch && v) { /* the name in bold, not as a title */
      c.name = caller_name(app, ch, vid, 1, body_w - dp(app, 40));
      c.name_h = c.name->h + dp(app, 8);
    }
    /* in a small window the newest caption asks for two lines (the
     * replies then scroll); the rest of it rolls up */
    int two = 2 * app->gfx.fonts.line[FONT_BODY] + dp(app, 12);
    c.caption = compact && caption > two ? two : caption;
    c.need = (compact ? 0 : c.pad) + c.name_h + (c.status_up ? 0 : status) + c.caption + dp(app, 4) + 2 * c.pad + c.ctl.h;
    if (c.need <= room) break;
  }
  return c;
}

static void connected(App *app, const Beat *call, int call_beat, bool recording, const Character *ch, SDL_Rect area,
                      SDL_Rect bar) {
  const Theme *t = &app->gfx.th;
  bool v = voice(app, call);
  int top = area.y + call_top_height(app);
  CallPlan c = plan(app, call, call_beat, recording, ch, area.w, area.y + area.h - top, bar);
  int cy = area.y + area.h - c.ctl.h - c.pad;
  controls_draw(app, &c.ctl, c.list, area, cy);
  int bottom = cy - c.pad;
  if (c.status_up) status_draw(app, bar.x + (bar.w - status_width(app, recording)) / 2, bar.y + (bar.h - chip_h(app)) / 2, recording, t->call_panel);
  SDL_Rect body = {area.x + dp(app, 12), top, area.w - dp(app, 24), bottom - top};
  if (!v) { /* the caller's video: an abstract panel, a room out of focus */
    SDL_Color deep = {(Uint8)(t->call_panel.r / 2), (Uint8)(t->call_panel.g / 2), (Uint8)(t->call_panel.b / 2), 255};
    fill_round(app, body, dp(app, 12), t->call_panel, deep);
    SDL_Color soft = {(Uint8)(t->call_panel.r + 14), (Uint8)(t->call_panel.g + 14), (Uint8)(t->call_panel.b + 18), 255};
    if (!app->set.high_contrast && body.h > 0) {
      clip_push(app, body);
      fill_circle(app, body.x + body.w / 5, body.y + body.h / 3, body.h / 6, soft);
      fill_circle(app, body.x + body.w * 4 / 5, body.y + body.h / 4, body.h / 9, soft);
      clip_pop(app);
    }
  }
  int cx = area.x + area.w / 2;
  int y = body.y + (c.pad < dp(app, 12) ? 0 : c.pad);
  SDL_Rect words = {body.x + dp(app, 8), body.y, body.w - dp(app, 16), body.h};
  int status = c.status_up ? 0 : chip_h(app) + dp(app, 10);
  /* the timer (and REC) first in a video call, as the apps put it on the
   * picture; under the name in a voice call */
  if (!v && status) {
    status_draw(app, body.x + dp(app, 12), y, recording, t->call_bg);
    y += status;
  }
  /* the caller's picture, when there is room beside what must show */
  int spare = bottom - dp(app, 4) - c.caption - y - c.name_h - (v ? status : 0);
  int r = (spare - dp(app, 16)) / 2;
  if (r > dp(app, v ? 64 : 56)) r = dp(app, v ? 64 : 56);
  if (r >= dp(app, 18)) {
    int gap = (spare - 2 * r) / 3;
    avatar(app, cx, y + gap + r, r, ch);
    y += gap + 2 * r + dp(app, 10);
  }
  if (ch) {
    SDL_Rect nr = {cx - c.name->w / 2, y, c.name->w, c.name->h};
    if (!v) { /* a name tag on the picture */
      int tag = c.name_h - c.name->h > dp(app, 12) ? dp(app, 3) : dp(app, 1);
      nr = (SDL_Rect){cx - c.name->w / 2 - dp(app, 10), y, c.name->w + dp(app, 20), c.name->h + 2 * tag};
      fill_round(app, nr, dp(app, 12), t->call_bg, t->call_bg);
    }
    draw_box(app, c.name, cx - c.name->w / 2, y + (nr.h - c.name->h) / 2, v ? words : nr, t->call_bg, t->call_bg);
    app->gfx.marks.header = nr;
    y += c.name_h;
  }
  if (v && status) {
    status_draw(app, cx - status_width(app, recording) / 2, y, recording, t->call_panel);
    y += status;
  }
  int cap_x = v ? area.x + dp(app, 24) : body.x + dp(app, 16);
  int cap_w = c.cap_w;
  /* my own tile, bottom right, when the newest caption still fits beside it */
  if (!v && KCHOICE(app, call_self) == 0) {
    int pw = body.w / 5;
    if (pw > dp(app, 200)) pw = dp(app, 200);
    int ph = pw * 3 / 4;
    int narrow = cap_w - pw - dp(app, 12);
    if (pw >= dp(app, 48) && ph + dp(app, 12) <= bottom - y && narrow >= cap_w / 2 &&
        captions(app, call_beat, 0, 0, narrow, 0, false) <= bottom - dp(app, 4) - y) {
      self_tile(app, (SDL_Rect){body.x + body.w - pw - dp(app, 12), bottom - ph - dp(app, 12), pw, ph});
      cap_w = narrow;
    }
  }
  captions(app, call_beat, cap_x, bottom - dp(app, 4), cap_w, y, true);
}

int call_need(App *app, int w) {
  int call_beat;
  bool recording;
  int state = play_call_state(&app->play, &call_beat, &recording);
  if (state != 2) return 0;
  const Beat *call = rt_history(app->play.rt, call_beat);
  const Character *ch = call->who >= 0 && call->who < app->play.story->nchars ? &app->play.story->chars[call->who] : NULL;
  /* the top bar's middle, as top_buttons leaves it */
  int mw = text_width(app, FONT_BOLD, S(app, S_MENU)) + dp(app, 28);
  int hw = text_width(app, FONT_BOLD, S(app, S_HELP)) + dp(app, 30);
  SDL_Rect bar = {0, 0, w - 2 * dp(app, 12) - mw - hw - 2 * dp(app, 12), 0};
  return plan(app, call, call_beat, recording, ch, w, 0, bar).need; /* the compact layout's */
}

void draw_call(App *app, int call_beat, bool recording, SDL_Rect area) {
  const Theme *t = &app->gfx.th;
  Play *p = &app->play;
  fill_rect(app, area, t->call_bg);
  const Beat *call = rt_history(p->rt, call_beat);
  const Character *ch = call->who >= 0 && call->who < p->story->nchars ? &p->story->chars[call->who] : NULL;
  int state = play_call_state(&app->play, &call_beat, &recording);
  call_owner(app);
  app->gfx.marks.header = (SDL_Rect){area.x, area.y, area.w, call_top_height(app)};
  SDL_Rect bar = top_buttons(app, area);
  if (state == 1) ringing(app, call, ch, area);
  else connected(app, call, call_beat, recording, ch, area, bar);
}
