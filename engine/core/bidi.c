/* Right-to-left text: levels and the order of a line's runs (bidi.h). */
#include "bidi.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "uscript.h"
#include "util.h"

#ifdef BTS_HAVE_FRIBIDI
#include <fribidi.h>

#ifdef BTS_SONAME_FRIBIDI
/* Opened at the first right-to-left text (lazylib.h): a Latin story never loads it. */
#include "lazylib.h"
#define FB_FUNCTIONS(X) X(fribidi_get_bidi_types) X(fribidi_get_bracket_types) X(fribidi_get_par_embedding_levels_ex)
static struct {
#define X(f) __typeof__(f) *f;
  FB_FUNCTIONS(X)
#undef X
} fb;

static bool fribidi_ready(void) {
  static int state;
  static const char *const files[] = {BTS_SONAME_FRIBIDI, NULL};
  static const LazyFn fns[] = {
#define X(f) {#f, (void **)&fb.f},
      FB_FUNCTIONS(X)
#undef X
      {NULL, NULL}};
  const char *why = NULL;
  return lazy_open(&state, files, fns, &why);
}
#define FB(f) (*fb.f)
#else
static bool fribidi_ready(void) { return true; }
#define FB(f) f
#endif
#endif

/* One paragraph's characters: code points and the byte each starts at. */
typedef struct {
  uint32_t *cp;
  int *at;
  int n;
} Chars;

static void decode(const char *s, size_t n, Chars *c) {
  c->cp = xmalloc((n + 1) * sizeof *c->cp);
  c->at = xmalloc((n + 1) * sizeof *c->at);
  c->n = 0;
  for (size_t i = 0; i < n;) {
    unsigned u;
    int k = utf8_decode(s + i, &u);
    if (k <= 0 || i + (size_t)k > n) k = 1, u = 0xFFFD;
    c->cp[c->n] = u;
    c->at[c->n++] = (int)i;
    i += (size_t)k;
  }
  c->at[c->n] = (int)n;
}

/* Without FriBidi: strong letters keep their direction (R and AL odd,
 * others even), digits follow the paragraph, neutrals between two of the
 * same direction take it, other neutrals the paragraph's. Enough for a
 * line of Arabic or Hebrew with a Latin word in it. */
enum { D_NEUTRAL, D_L, D_R, D_NUM };
static int strong(uint32_t c) {
  if (us_rtl(c)) return D_R;
  if ((c >= '0' && c <= '9') || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9)) return D_NUM;
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return D_L;
  if (c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F) &&
      !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0x1F000 && c <= 0x1FAFF) && !(c >= 0x300 && c <= 0x36F))
    return D_L;
  return D_NEUTRAL;
}

static void simple_levels(const Chars *c, unsigned char *lv, int *para_rtl) {
  int base = 0;
  for (int i = 0; i < c->n; i++) {
    int d = strong(c->cp[i]);
    if (d == D_L || d == D_R) {
      base = d == D_R;
      break;
    }
  }
  *para_rtl = base;
  for (int i = 0; i < c->n; i++) {
    int d = strong(c->cp[i]);
    if (d == D_R) lv[i] = 1;
    else if (d == D_L) lv[i] = base ? 2 : 0;
    else if (d == D_NUM) lv[i] = base ? 2 : 0;
    else lv[i] = 0xFF; /* resolved below */
  }
  for (int i = 0; i < c->n; i++) {
    if (lv[i] != 0xFF) continue;
    int j = i;
    while (j < c->n && lv[j] == 0xFF) j++;
    int before = i > 0 ? lv[i - 1] : base, after = j < c->n ? lv[j] : base;
    int l = (before & 1) == (after & 1) ? ((before & 1) ? 1 : (base ? 2 : 0)) : base;
    if (!(l & 1) && !base) l = 0;
    for (int k = i; k < j; k++) lv[k] = (unsigned char)l;
  }
}

static void paragraph(const char *s, size_t n, unsigned char *levels) {
  Chars c;
  decode(s, n, &c);
  unsigned char *lv = xmalloc((size_t)c.n + 1);
  int rtl = 0;
  bool done = false;
#ifdef BTS_HAVE_FRIBIDI
  if (c.n > 0 && fribidi_ready()) {
    FriBidiCharType *types = xmalloc((size_t)c.n * sizeof *types);
    FriBidiBracketType *brackets = xmalloc((size_t)c.n * sizeof *brackets);
    FriBidiLevel *fl = xmalloc((size_t)c.n * sizeof *fl);
    FB(fribidi_get_bidi_types)(c.cp, c.n, types);
    FB(fribidi_get_bracket_types)(c.cp, c.n, types, brackets);
    FriBidiParType dir = FRIBIDI_PAR_ON;
    if (FB(fribidi_get_par_embedding_levels_ex)(types, brackets, c.n, &dir, fl)) {
      for (int i = 0; i < c.n; i++) lv[i] = (unsigned char)(fl[i] & BIDI_LEVEL);
      rtl = FRIBIDI_IS_RTL(dir) ? 1 : 0;
      done = true;
    }
    free(types);
    free(brackets);
    free(fl);
  }
#endif
  if (!done) simple_levels(&c, lv, &rtl);
  for (int i = 0; i < c.n; i++)
    memset(levels + c.at[i], (lv[i] & BIDI_LEVEL) | (rtl ? BIDI_PARA_RTL : 0), (size_t)(c.at[i + 1] - c.at[i]));
  free(lv);
  free(c.cp);
  free(c.at);
}

void bidi_levels(const char *text, size_t n, unsigned char *levels) {
  size_t start = 0;
  for (size_t i = 0; i <= n; i++) {
    if (i < n && text[i] != '\n') continue;
    paragraph(text + start, i - start, levels + start);
    /* the newline itself: its paragraph's direction, at its base level */
    if (i < n) levels[i] = (start < i && (levels[start] & BIDI_PARA_RTL)) ? (BIDI_PARA_RTL | 1) : 0;
    start = i + 1;
  }
}

void bidi_order(const unsigned char *levels, int n, int *order) {
  int hi = 0, lo_odd = 127;
  for (int i = 0; i < n; i++) {
    order[i] = i;
    int l = levels[i] & BIDI_LEVEL;
    if (l > hi) hi = l;
    if ((l & 1) && l < lo_odd) lo_odd = l;
  }
  for (int l = hi; l >= lo_odd && l > 0; l--) {
    for (int i = 0; i < n;) {
      if ((levels[order[i]] & BIDI_LEVEL) < l) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && (levels[order[j]] & BIDI_LEVEL) >= l) j++;
      for (int a = i, b = j - 1; a < b; a++, b--) {
        int t = order[a];
        order[a] = order[b];
        order[b] = t;
      }
      i = j;
    }
  }
}
