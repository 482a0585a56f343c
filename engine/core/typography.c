#include "typography.h"

#include <stdbool.h>
#include <string.h>

#include "util.h"

/* ---- French typography ---- */

#define NNBSP "\xE2\x80\xAF" /* narrow no-break space, U+202F */

static bool is_space_at(const char *p) { return *p == ' '; }
static bool is_nbsp_before(const char *start, const char *p) {
  return (p - start >= 3 && memcmp(p - 3, NNBSP, 3) == 0) || (p - start >= 2 && memcmp(p - 2, "\xC2\xA0", 2) == 0);
}

bool typography_changes(const char *lang) { return lang && strcmp(lang, "fr") == 0; }

/* The bytes that can need a space: ? ! : ; and the first byte of « ». */
static const char special[] = "?!:;\xC2";

bool typography_plain(const char *text, const char *lang) {
  return !typography_changes(lang) || !text[strcspn(text, special)];
}

char *text_typography(const char *text, const char *lang) {
  if (!typography_changes(lang)) return xstrdup(text);
  if (typography_plain(text, lang)) return xstrdup(text);
  Buf out = {0};
  const char *p = text;
  while (*p) {
    size_t plain = strcspn(p, special); /* copied as they are, in one go */
    if (plain) {
      buf_add(&out, p, plain);
      p += plain;
      continue;
    }
    char c = *p;
    bool high = c == '?' || c == '!';
    bool low = c == ':' || c == ';';
    if (high || low) {
      char prev = out.len ? out.s[out.len - 1] : 0;
      char next = p[1];
      /* 22:15, https://, live:.id, ?q=, ":)" are not punctuation to space;
       * "?!" takes one space; nothing starts a line with a space. */
      bool alnum = (next >= '0' && next <= '9') || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
      bool punct = !alnum && !(next && strchr(low ? "/=&.-_()*[]" : "/=&", next));
      if (low && prev >= '0' && prev <= '9' && next >= '0' && next <= '9') punct = false;
      if (prev == 0 || prev == '\n' || prev == '?' || prev == '!' || prev == '(' || prev == ':') punct = false;
      if (out.len && is_nbsp_before(out.s, out.s + out.len)) punct = false;
      if (punct) {
        if (prev == ' ') out.len--; /* the ordinary space becomes a no-break one */
        buf_adds(&out, NNBSP);
      }
      buf_add(&out, p, 1);
      p++;
      continue;
    }
    if ((unsigned char)c == 0xC2 && (unsigned char)p[1] == 0xAB) { /* « */
      buf_add(&out, p, 2);
      p += 2;
      if (is_space_at(p)) p++;
      if (strncmp(p, NNBSP, 3) != 0 && strncmp(p, "\xC2\xA0", 2) != 0) buf_adds(&out, NNBSP);
      continue;
    }
    if ((unsigned char)c == 0xC2 && (unsigned char)p[1] == 0xBB) { /* » */
      if (out.len && out.s[out.len - 1] == ' ') out.len--;
      if (out.len && !is_nbsp_before(out.s, out.s + out.len) && out.s[out.len - 1] != '\n') buf_adds(&out, NNBSP);
      buf_add(&out, p, 2);
      p += 2;
      continue;
    }
    buf_add(&out, p, 1);
    p++;
  }
  if (out.s) out.s[out.len] = 0;
  return buf_take(&out);
}
