#include "speakable.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "scan.h"
#include "util.h"

/* One code point at *p, and advances; an invalid byte gives 0xFFFD and
 * advances by one, so any input ends. */
static unsigned next_cp(const unsigned char **p) {
  unsigned cp;
  int n = utf8_decode((const char *)*p, &cp);
  if (n <= 0) {
    *p += 1;
    return 0xFFFD;
  }
  *p += n;
  return cp;
}

static unsigned peek_cp(const unsigned char *p) { return *p ? next_cp(&p) : 0; }

static bool is_letter(unsigned cp) {
  if (cp < 0x80) return isalpha((int)cp) != 0;
  return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

/* Pictographs and symbols a reader does not say by their code: emoji, the
 * debrief's marks (✓ ○ ↺), arrows and shapes. */
static bool is_symbol(unsigned cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
         (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0x25A0 && cp <= 0x25FF) ||
         cp == 0x2122 || cp == 0x2139 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
}

/* Parts of an emoji that are never said: variation selectors, the zero-width
 * joiner, the keycap, tags and skin tones. */
static bool is_emoji_part(unsigned cp) {
  return (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D || cp == 0x20E3 || (cp >= 0xE0000 && cp <= 0xE007F) ||
         (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

/* The name of an emoji in the language's data (assets/lang: speech.emoji). */
const char *speak_emoji_name(unsigned cp, const SpeechWords *sw) {
  int lo = 0, hi = sw->nemoji - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (sw->emoji[mid].cp == cp) return sw->emoji[mid].name;
    if (sw->emoji[mid].cp < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return NULL;
}

/* Spaces collapsed, no space before punctuation, no pause (comma) at the
 * start, after other punctuation or before it, none left at the end. */
static bool is_punct(char c) { return c && strchr(",.!?;:", c) != NULL; }

static char *tidy(char *s) {
  Buf b = {0};
  buf_add(&b, "", 0);
  for (const char *p = s; *p; p++) {
    char c = *p;
    if (c == ' ') {
      if (b.len && b.s[b.len - 1] != ' ') buf_add(&b, " ", 1);
      continue;
    }
    if (is_punct(c)) {
      while (b.len && b.s[b.len - 1] == ' ') b.len--;
      if (c == ',') {
        if (b.len == 0 || is_punct(b.s[b.len - 1])) continue;
      } else if (b.len && b.s[b.len - 1] == ',') {
        b.len--;
      }
    }
    buf_add(&b, &c, 1);
  }
  free(s);
  while (b.len && (b.s[b.len - 1] == ' ' || b.s[b.len - 1] == ',')) b.len--;
  b.s[b.len] = 0;
  return buf_take(&b);
}

/* Without a language's data: English's small words, no emoji names. */
static const SpeechWords PLAIN = {"en", "or", "dot", "at", "plus", NULL, 0};

char *speak_clean(const char *text, const SpeechWords *sw) {
  if (!sw) sw = &PLAIN;
  Buf b = {0};
  const unsigned char *p = (const unsigned char *)(text ? text : "");
  unsigned prev = 0, last_emoji = 0;
  while (*p) {
    const unsigned char *at = p;
    unsigned cp = next_cp(&p);
    if (is_emoji_part(cp)) {
      if (cp == 0x200D && *p) next_cp(&p); /* a joined emoji is said as its first part */
      continue;
    }
    if (is_symbol(cp)) {
      const char *name = speak_emoji_name(cp, sw);
      if (name && cp != last_emoji) buf_addf(&b, ", %s, ", name); /* "😂😂😂" is said once */
      last_emoji = cp;
      continue;
    }
    if (cp == ' ' && last_emoji) continue; /* "😂 😂" is one laugh too */
    last_emoji = 0;
    unsigned next = peek_cp(p);
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFFFD || cp == 0xA0 || cp == 0x202F ||
        cp == '_' || cp == '{' || cp == '}') {
      if (cp != '{' && cp != '}') buf_add(&b, " ", 1);
    } else if (cp == 0xB7 || cp == 0x2027 || cp == 0x22C5) {
      /* "seul·e" is read as one word; a "·" between words is a pause */
      if (!(is_letter(prev) && is_letter(next))) buf_add(&b, ", ", 2);
    } else if (cp == '/' && is_letter(prev) && is_letter(next)) {
      buf_addf(&b, " %s ", sw->or_word); /* a neutral player's "nu/nue" */
    } else {
      buf_add(&b, (const char *)at, (size_t)(p - at));
    }
    prev = cp;
  }
  return tidy(buf_take(&b));
}

char *speak_digits(const char *contact, const SpeechWords *sw) {
  if (!sw) sw = &PLAIN;
  Buf b = {0};
  const unsigned char *p = (const unsigned char *)(contact ? contact : "");
  unsigned prev = 0;
  while (*p) {
    const unsigned char *at = p;
    unsigned cp = next_cp(&p);
    unsigned next = peek_cp(p);
    if (cp >= '0' && cp <= '9') {
      buf_addf(&b, "%c ", (char)cp);
    } else if ((cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == '-' || cp == '.') && prev >= '0' && prev <= '9' &&
               next >= '0' && next <= '9') {
      buf_adds(&b, ", "); /* a group of digits, then a short pause */
    } else if (cp == '+') {
      buf_addf(&b, "%s ", sw->plus);
    } else if (cp == '.' && next && next != ' ') {
      buf_addf(&b, " %s ", sw->dot);
    } else if (cp == '@') {
      buf_addf(&b, " %s ", sw->at);
    } else if (cp == '/') {
      buf_adds(&b, " / "); /* an address's slash, not a neutral form */
    } else {
      buf_add(&b, (const char *)at, (size_t)(p - at));
    }
    prev = cp;
  }
  char *raw = buf_take(&b);
  char *clean = speak_clean(raw, sw);
  free(raw);
  return clean;
}

/* "who: text", or the text alone when nobody says it. */
static char *said_by(const char *who, const char *text, const SpeechWords *sw) {
  char *t = speak_clean(text, sw);
  if (!who || !*who || strcasecmp(who, t) == 0) return t; /* "Recording: Recording" once */
  char *w = speak_clean(who, sw);
  char *out = *t ? xasprintf("%s: %s", w, t) : xstrdup(w);
  free(w);
  free(t);
  return out;
}

char *speak_beat(const Beat *b, const char *sender, const SpeakWords *w, const SpeechWords *sw) {
  static const SpeakWords none;
  if (!w) w = &none;
  const char *who = b->who == WHO_ME ? w->you : b->who >= 0 ? sender : NULL;
  const char *text = b->text ? b->text : "";
  char *out = NULL;
  switch (b->kind) {
  case WORD_MSG: out = said_by(who, text, sw); break;
  case WORD_PHOTO: {
    char *head = who && *who && w->photo ? xasprintf("%s, %s", w->photo, who) : xstrdup(w->photo ? w->photo : "");
    out = said_by(head, text, sw);
    free(head);
    break;
  }
  case WORD_CALL: case WORD_REQUEST: case WORD_BLOCKED: case WORD_REPORTED: out = said_by(sender, text, sw); break;
  case WORD_RECORDING: out = said_by(w->recording, text, sw); break;
  case WORD_THINK: out = said_by(w->think, text, sw); break;
  case WORD_DISCUSS: out = said_by(w->discuss, text, sw); break;
  case WORD_CRISIS: { /* the words of hope, then the crisis line, its number digit by digit */
    char *t = speak_clean(text, sw);
    if (b->notes && *b->notes) {
      char *line = speak_digits(b->notes, sw);
      out = xasprintf("%s %s", t, line);
      free(line);
      free(t);
    } else {
      out = t;
    }
    break;
  }
  case WORD_CLOCK: return NULL;
  case WORD_HANGUP: case WORD_NARRATE: case WORD_LATER: case WORD_SYSTEM:
  default: out = speak_clean(text, sw); break;
  }
  if (!*out) {
    free(out);
    return NULL;
  }
  return out;
}

char *speak_choices(const char *intro, const char *const *choices, int n, const SpeechWords *sw) {
  Buf b = {0};
  if (intro && *intro) buf_addf(&b, "%s: ", intro);
  for (int i = 0; i < n; i++) {
    char *c = speak_clean(choices[i], sw);
    size_t len = strlen(c);
    bool stop = len > 0 && strchr(".!?", c[len - 1]);
    buf_addf(&b, "%d, %s%s ", i + 1, c, stop ? "" : ".");
    free(c);
  }
  return tidy(buf_take(&b));
}

/* A name that is a number ("3018", "116 000") is a number to dial. */
static bool mostly_digits(const char *s) {
  int d = 0, other = 0;
  for (; *s; s++) {
    if (isdigit((unsigned char)*s)) d++;
    else if (*s != ' ' && *s != '+' && *s != '-' && *s != '.') other++;
  }
  return d >= 2 && other == 0;
}

char *speak_contact(const HelpEntry *e, const char *urgent_word, const SpeechWords *sw) {
  Buf b = {0};
  const char *name = e->name ? e->name : "";
  if (e->urgent && urgent_word && *urgent_word && strcasecmp(name, urgent_word) != 0) buf_addf(&b, "%s. ", urgent_word);
  char *n = mostly_digits(name) ? speak_digits(name, sw) : speak_clean(name, sw);
  buf_adds(&b, n);
  free(n);
  if (e->contact && *e->contact && strcasecmp(e->contact, name) != 0) {
    char *c = speak_digits(e->contact, sw);
    buf_addf(&b, ", %s", c);
    free(c);
  }
  if (e->what && *e->what) {
    char *w = speak_clean(e->what, sw);
    buf_addf(&b, ": %s", w);
    free(w);
  }
  char *out = tidy(buf_take(&b));
  size_t len = strlen(out);
  if (len && !strchr(".!?", out[len - 1])) {
    char *dotted = xasprintf("%s.", out);
    free(out);
    out = dotted;
  }
  return out;
}
