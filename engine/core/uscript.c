/* Scripts for the layout (uscript.h). */
#include "uscript.h"

#include "scan.h"

bool us_cjk(unsigned c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||   /* radicals */
         (c >= 0x3000 && c <= 0x30FF) ||   /* CJK punctuation, hiragana, katakana */
         (c >= 0x3100 && c <= 0x312F) ||   /* bopomofo */
         (c >= 0x31C0 && c <= 0x31FF) ||   /* strokes, small katakana */
         (c >= 0x3400 && c <= 0x4DBF) ||   /* Han extension A */
         (c >= 0x4E00 && c <= 0x9FFF) ||   /* Han */
         (c >= 0xF900 && c <= 0xFAFF) ||   /* compatibility ideographs */
         (c >= 0xFE30 && c <= 0xFE4F) ||   /* compatibility forms */
         (c >= 0xFF00 && c <= 0xFFEF) ||   /* full-width and half-width forms */
         (c >= 0x20000 && c <= 0x3FFFF);   /* Han extensions B and after */
}

/* Never at a line's start: closing marks, small kana, the long vowel mark. */
static bool no_start(unsigned c) {
  static const unsigned marks[] = {
      0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x30FB, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0x30FC, 0xFF09, 0x300D, 0x300F,
      0x3011, 0x3015, 0x3009, 0x300B, 0x3017, 0x3019, 0xFF3D, 0xFF5D, 0x309D, 0x309E, 0x30FD, 0x30FE, 0x3005,
      0x301C, 0xFF5E, 0x2025, 0x2026, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087,
      0x308E, 0x3095, 0x3096, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE,
      0x30F5, 0x30F6, 0x00BB, 0x201D, 0x2019, ')', ']', '}', ',', '.', '!', '?', ':', ';', '%'};
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
    if (marks[i] == c) return true;
  return c >= 0x31F0 && c <= 0x31FF; /* small katakana for Ainu */
}

/* Never at a line's end: opening marks. */
static bool no_end(unsigned c) {
  static const unsigned marks[] = {0xFF08, 0x300C, 0x300E, 0x3010, 0x3014, 0x3008, 0x300A, 0x3016, 0x3018,
                                   0xFF3B, 0xFF5B, 0x00AB, 0x201C, 0x2018, '(', '[', '{'};
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
    if (marks[i] == c) return true;
  return false;
}

bool us_mark(unsigned c) {
  if (c < 0x300) return false;
  if (c >= 0x0900 && c <= 0x0DFF) { /* the Indic blocks share one layout of their signs */
    unsigned off = c & 0x7F;
    return off <= 0x03 || (off >= 0x3A && off <= 0x4F && off != 0x3D) || (off >= 0x51 && off <= 0x57) ||
           off == 0x62 || off == 0x63;
  }
  return (c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0591 && c <= 0x05BD) || c == 0x05BF ||
         c == 0x05C1 || c == 0x05C2 || c == 0x05C4 || c == 0x05C5 || c == 0x05C7 || (c >= 0x0610 && c <= 0x061A) ||
         (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) ||
         c == 0x06E7 || c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED) || c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) ||
         (c >= 0x0E47 && c <= 0x0E4E) || c == 0x0EB1 || (c >= 0x0EB4 && c <= 0x0EBC) || (c >= 0x0EC8 && c <= 0x0ECD) ||
         (c >= 0x1160 && c <= 0x11FF) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         c == 0x200C || c == 0x200D || (c >= 0x20D0 && c <= 0x20FF) || c == 0x3099 || c == 0x309A ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

bool us_joins_next(unsigned c) { return c == 0x200D || (c >= 0x0900 && c <= 0x0DFF && (c & 0x7F) == 0x4D); }

bool us_break_between(unsigned a, unsigned b) {
  return (us_cjk(a) || us_cjk(b)) && !no_start(b) && !no_end(a) && !us_mark(b) && !us_joins_next(a);
}

bool us_rtl(unsigned c) {
  return (c >= 0x0590 && c <= 0x08FF && !(c >= 0x0600 && c <= 0x0605) && !(c >= 0x0660 && c <= 0x0669) &&
          !(c >= 0x06F0 && c <= 0x06F9) && !(c >= 0x064B && c <= 0x065F) && c != 0x0670 &&
          !(c >= 0x0591 && c <= 0x05BD)) ||                  /* Hebrew, Arabic, Syriac, Thaana, N'Ko, ... (not their digits or marks) */
         (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE) || /* presentation forms */
         (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF);
}

bool us_has_rtl(const char *s, size_t n) {
  const char *e = s + n;
  while (s < e) {
    /* The right-to-left blocks all start at U+0590: a byte below 0xD6 leads a character before it. */
    if ((unsigned char)*s < 0xD6) {
      s++;
      continue;
    }
    unsigned c;
    int k = utf8_decode(s, &c);
    if (k <= 0) {
      s++;
      continue;
    }
    if (us_rtl(c)) return true;
    s += k;
  }
  return false;
}

/* Blocks and their scripts, in order (the first one found is the run's). */
static const struct {
  unsigned lo, hi;
  const char *tag;
} BLOCKS[] = {
    {0x0370, 0x03FF, "Grek"}, {0x0400, 0x052F, "Cyrl"}, {0x0530, 0x058F, "Armn"}, {0x0590, 0x05FF, "Hebr"},
    {0x0600, 0x06FF, "Arab"}, {0x0700, 0x074F, "Syrc"}, {0x0750, 0x077F, "Arab"}, {0x0780, 0x07BF, "Thaa"},
    {0x07C0, 0x07FF, "Nkoo"}, {0x08A0, 0x08FF, "Arab"}, {0x0900, 0x097F, "Deva"}, {0x0980, 0x09FF, "Beng"},
    {0x0A00, 0x0A7F, "Guru"}, {0x0A80, 0x0AFF, "Gujr"}, {0x0B00, 0x0B7F, "Orya"}, {0x0B80, 0x0BFF, "Taml"},
    {0x0C00, 0x0C7F, "Telu"}, {0x0C80, 0x0CFF, "Knda"}, {0x0D00, 0x0D7F, "Mlym"}, {0x0D80, 0x0DFF, "Sinh"},
    {0x0E00, 0x0E7F, "Thai"}, {0x0E80, 0x0EFF, "Laoo"}, {0x0F00, 0x0FFF, "Tibt"}, {0x1000, 0x109F, "Mymr"},
    {0x10A0, 0x10FF, "Geor"}, {0x1100, 0x11FF, "Hang"}, {0x1200, 0x139F, "Ethi"}, {0x1780, 0x17FF, "Khmr"},
    {0x3040, 0x309F, "Hira"}, {0x30A0, 0x30FF, "Kana"}, {0x3130, 0x318F, "Hang"}, {0x3400, 0x4DBF, "Hani"},
    {0x4E00, 0x9FFF, "Hani"}, {0xAC00, 0xD7AF, "Hang"}, {0xFB1D, 0xFB4F, "Hebr"}, {0xFB50, 0xFDFF, "Arab"},
    {0xFE70, 0xFEFF, "Arab"},
};

const char *us_script_tag(const char *s, size_t n) {
  const char *e = s + n;
  while (s < e) {
    if ((unsigned char)*s < 0xCD) { /* before U+0340: Latin, digits, punctuation */
      s++;
      continue;
    }
    unsigned c;
    int k = utf8_decode(s, &c);
    if (k <= 0) {
      s++;
      continue;
    }
    s += k;
    if (c < 0x0370 || c == 0x060C || c == 0x061B || c == 0x061F || c == 0x0640) continue; /* marks, shared punctuation */
    for (size_t i = 0; i < sizeof BLOCKS / sizeof BLOCKS[0] && BLOCKS[i].lo <= c; i++)
      if (c <= BLOCKS[i].hi) return BLOCKS[i].tag;
  }
  return NULL;
}
