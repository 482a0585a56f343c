#define _GNU_SOURCE /* fopencookie */
#include "wrap.h"

#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#if defined(__unix__) || defined(__APPLE__)
#include <sys/ioctl.h>
#include <unistd.h>
#endif

#include "util.h"

#if defined(__GLIBC__) /* fopencookie, newlocale; elsewhere lines are left to the terminal */
struct Wrap {
  FILE *out;
  int width;
  int col;          /* columns already printed on the line */
  bool lead;        /* nothing but spaces on the line so far */
  bool first_word;  /* the line's first word is still to come */
  int indent;       /* where a continued line starts */
  char prefix[24];  /* what a continued line starts with ("  | "), or "" */
  int spaces;       /* spaces waiting for the next word */
  int gap;          /* spaces after the word, while the next character may glue to it */
  Buf word;         /* the word being read, with its escape codes */
  int word_w;       /* its width in columns */
  int plain_len;    /* its visible bytes (to tell a marker: "1)", "|") */
  char plain[8];    /* its first visible bytes */
  unsigned cp;      /* the code point being decoded, */
  int need;         /* and the continuation bytes it still needs */
  int esc;          /* 0, 1 after ESC, 2 inside "ESC [" */
  bool follow;      /* out is a terminal: follow its width */
};

/* Columns a code point takes: the C library's table for UTF-8 (emoji 2,
 * combining marks and joiners 0), whatever this computer's locale is. */
static int cp_width(unsigned cp) {
  static locale_t utf8;
  static bool tried;
  if (!tried) {
    tried = true;
    utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
  }
  if (utf8) {
    locale_t old = uselocale(utf8);
    int w = wcwidth((wchar_t)cp);
    uselocale(old);
    if (w >= 0) return w;
  }
  if ((cp >= 0x300 && cp < 0x370) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F)) return 0;
  return cp >= 0x1F000 ? 2 : 1;
}

static void emit(Wrap *w, const char *s, size_t n) { fwrite(s, 1, n, w->out); }

static void emit_spaces(Wrap *w, int n) {
  for (int i = 0; i < n; i++) fputc(' ', w->out);
}

static void new_line(Wrap *w) {
  w->col = 0;
  w->lead = true;
  w->first_word = true;
  w->indent = 0;
  w->prefix[0] = 0;
  w->spaces = 0;
  w->gap = 0;
}

/* A line's first word says how its continuation starts: under the text of
 * "  1) text" or "  * text", after the bar of "  | text", else at the
 * line's own indent. */
static void set_continuation(Wrap *w) {
  int lead = w->col;
  const char *p = w->plain;
  int n = w->plain_len < (int)sizeof w->plain ? w->plain_len : (int)sizeof w->plain - 1;
  int digits = 0;
  while (digits < n && p[digits] >= '0' && p[digits] <= '9') digits++;
  bool numbered = digits > 0 && digits == n - 1 && (p[digits] == ')' || p[digits] == '.');
  bool bullet = n == 1 && (p[0] == '*' || p[0] == '-');
  w->indent = lead;
  if (n == 1 && p[0] == '|') {
    if (lead + 2 < (int)sizeof w->prefix) {
      memset(w->prefix, ' ', (size_t)lead);
      memcpy(w->prefix + lead, "| ", 3);
      w->indent = lead + 2;
    }
  } else if (numbered || bullet) {
    w->indent = lead + w->word_w + 1;
  }
  if (w->indent > w->width / 2) { /* a deep indent on a narrow terminal */
    w->indent = 0;
    w->prefix[0] = 0;
  }
}

static void break_line(Wrap *w) {
  emit(w, "\n", 1);
  if (w->prefix[0]) emit(w, w->prefix, strlen(w->prefix));
  else emit_spaces(w, w->indent);
  w->col = w->indent;
}

/* The word read so far goes on this line, or on the next when it does not
 * fit (a word longer than a line is left to the terminal). */
static void place_word(Wrap *w) {
  if (!w->word.len) return;
  bool first = w->first_word && w->word_w > 0;
  if (w->word_w > 0 && w->col > w->indent && w->col + w->spaces + w->word_w > w->width) {
    break_line(w);
    w->spaces = 0;
  }
  emit_spaces(w, w->spaces);
  w->col += w->spaces;
  w->spaces = 0;
  if (first) {
    set_continuation(w);
    w->first_word = false;
  }
  emit(w, w->word.s, w->word.len);
  w->col += w->word_w;
  if (w->col > w->width) w->col = w->width; /* the terminal broke it: what follows goes below */
  w->word.len = 0;
  w->word_w = 0;
  w->plain_len = 0;
}

static void add_to_word(Wrap *w, char c) {
  buf_add(&w->word, &c, 1);
}

static void visible_byte(Wrap *w, unsigned char c) {
  w->lead = false;
  add_to_word(w, (char)c);
  if (w->plain_len < (int)sizeof w->plain) w->plain[w->plain_len] = (char)c;
  w->plain_len++;
  if (w->need > 0 && (c & 0xC0) == 0x80) {
    w->cp = (w->cp << 6) | (c & 0x3Fu);
    if (--w->need == 0) w->word_w += cp_width(w->cp);
    return;
  }
  w->need = 0;
  if (c < 0x80) w->word_w += 1;
  else if ((c & 0xE0) == 0xC0) w->cp = c & 0x1Fu, w->need = 1;
  else if ((c & 0xF0) == 0xE0) w->cp = c & 0x0Fu, w->need = 2;
  else if ((c & 0xF8) == 0xF0) w->cp = c & 0x07u, w->need = 3;
  else w->word_w += 1; /* a stray byte: the filter before us made it U+FFFD */
}

/* A word followed by spaces ends when the next character is not one that
 * French puts after a space (" : ", " ?", " !", " ;") or the word is an
 * opening "«": those stay on the line of the word before. */
static void word_ends(Wrap *w, unsigned char c) {
  if (!w->gap) return;
  bool opening = w->plain_len == 2 && memcmp(w->plain, "\xC2\xAB", 2) == 0;
  if (c == ':' || c == ';' || c == '!' || c == '?' || opening) {
    w->word_w += w->gap;
    for (; w->gap; w->gap--) add_to_word(w, ' ');
    return;
  }
  place_word(w);
  w->spaces = w->gap;
  w->gap = 0;
}

static void take(Wrap *w, unsigned char c) {
  if (w->esc) { /* colours: no room on the line */
    add_to_word(w, (char)c);
    if (w->esc == 1) w->esc = c == '[' ? 2 : 0;
    else if (c >= 0x40 && c <= 0x7E) w->esc = 0;
    return;
  }
  switch (c) {
    case 0x1B:
      w->esc = 1;
      add_to_word(w, (char)c);
      return;
    case '\n':
    case '\r':
      w->gap = 0;
      place_word(w);
      emit(w, (const char *)&c, 1);
      new_line(w);
      return;
    case ' ':
    case '\t':
      if (w->lead && !w->word.len) { /* the line's indent */
        emit_spaces(w, 1);
        w->col++;
        return;
      }
      if (w->word.len) w->gap++;
      else w->spaces++;
      return;
    default:
      word_ends(w, c);
      visible_byte(w, c);
  }
}

static ssize_t wrap_write(void *cookie, const char *buf, size_t n) {
  Wrap *w = cookie;
  if (w->follow) { /* the player may have resized the terminal */
    int now = wrap_terminal_width(w->out);
    if (now >= 20) w->width = now;
  }
  for (size_t i = 0; i < n; i++) take(w, (unsigned char)buf[i]);
  /* what is written is shown: the player may be reading a prompt */
  if (w->need == 0 && !w->esc) {
    place_word(w);
    w->spaces += w->gap;
    w->gap = 0;
    if (w->spaces) {
      if (w->col + w->spaces > w->width) break_line(w);
      else emit_spaces(w, w->spaces), w->col += w->spaces;
      w->spaces = 0;
    }
  }
  fflush(w->out);
  return ferror(w->out) ? -1 : (ssize_t)n;
}

static int wrap_close(void *cookie) {
  Wrap *w = cookie;
  place_word(w);
  int r = fflush(w->out);
  free(w->word.s);
  free(w);
  return r;
}

FILE *wrap_open(FILE *out, int width, Wrap **wp) {
  *wp = NULL;
  Wrap *w = calloc(1, sizeof *w);
  if (!w) return NULL;
  w->out = out;
  w->width = width;
  w->follow = isatty(fileno(out));
  new_line(w);
  FILE *f = fopencookie(w, "w", (cookie_io_functions_t){.write = wrap_write, .close = wrap_close});
  if (!f) {
    free(w);
    return NULL;
  }
  setvbuf(f, NULL, _IOLBF, 4096);
  *wp = w;
  return f;
}

void wrap_line_typed(Wrap *w) {
  if (w) new_line(w);
}
#else
FILE *wrap_open(FILE *out, int width, Wrap **wp) {
  (void)out, (void)width;
  *wp = NULL;
  return NULL;
}

void wrap_line_typed(Wrap *w) { (void)w; }
#endif

int wrap_terminal_width(FILE *out) {
#if defined(TIOCGWINSZ)
  struct winsize ws;
  if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
#endif
  const char *c = getenv("COLUMNS");
  int n = c ? atoi(c) : 0;
  return n > 0 && n < 10000 ? n : 0;
}

