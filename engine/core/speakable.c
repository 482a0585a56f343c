#include "speakable.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* Decodes one UTF-8 code point at *p and advances; invalid bytes give
 * 0xFFFD and advance by one, so any input ends. */
static unsigned next_cp(const unsigned char **p) {
  const unsigned char *s = *p;
  unsigned c = s[0];
  int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
  if (n < 0) { *p = s + 1; return 0xFFFD; }
  unsigned cp = n == 0 ? c : c & (0x3F >> n);
  for (int i = 1; i <= n; i++) {
    if ((s[i] & 0xC0) != 0x80) { *p = s + 1; return 0xFFFD; }
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  *p = s + n + 1;
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

typedef struct {
  unsigned cp;
  const char *en, *fr, *it;
} EmojiName;

/* The emoji the stories use, and the common ones a young author adds, by the
 * name a person would give them (not the long Unicode names). */
static const EmojiName EMOJI[] = {
    {0x1F600, "grin", "grand sourire", "sorriso"},
    {0x1F601, "beaming smile", "sourire radieux", "sorriso raggiante"},
    {0x1F602, "tears of joy", "mort de rire", "lacrime di gioia"},
    {0x1F604, "big smile", "grand sourire", "gran sorriso"},
    {0x1F605, "nervous laugh", "rire gêné", "risata nervosa"},
    {0x1F607, "angel face", "petit ange", "angioletto"},
    {0x1F609, "wink", "clin d'œil", "occhiolino"},
    {0x1F60A, "happy smile", "sourire heureux", "sorriso felice"},
    {0x1F60D, "heart eyes", "yeux en cœur", "occhi a cuore"},
    {0x1F60E, "sunglasses", "lunettes de soleil", "occhiali da sole"},
    {0x1F60F, "smirk", "sourire en coin", "sorrisetto"},
    {0x1F614, "sad face", "visage triste", "faccina triste"},
    {0x1F615, "confused face", "visage perplexe", "faccina confusa"},
    {0x1F618, "kiss", "bisou", "bacio"},
    {0x1F61E, "disappointed face", "visage déçu", "faccina delusa"},
    {0x1F621, "angry face", "visage en colère", "faccina arrabbiata"},
    {0x1F622, "tear", "larme", "lacrima"},
    {0x1F624, "huffing face", "visage qui souffle", "faccina che sbuffa"},
    {0x1F629, "weary face", "visage épuisé", "faccina esausta"},
    {0x1F62C, "grimace", "grimace", "smorfia"},
    {0x1F62D, "crying", "en larmes", "in lacrime"},
    {0x1F62E, "open mouth", "bouche bée", "bocca aperta"},
    {0x1F630, "anxious face", "visage anxieux", "faccina in ansia"},
    {0x1F631, "scream", "cri de peur", "urlo di paura"},
    {0x1F633, "flushed face", "visage rougissant", "faccina imbarazzata"},
    {0x1F636, "speechless", "sans voix", "senza parole"},
    {0x1F642, "smile", "sourire", "sorriso"},
    {0x1F643, "upside-down face", "visage à l'envers", "faccina sottosopra"},
    {0x1F644, "eye roll", "yeux au ciel", "occhi al cielo"},
    {0x1F648, "monkey hiding its eyes", "singe qui se cache les yeux", "scimmietta che si copre gli occhi"},
    {0x1F64F, "folded hands", "mains jointes", "mani giunte"},
    {0x1F914, "thinking face", "visage qui réfléchit", "faccina pensierosa"},
    {0x1F917, "hug", "câlin", "abbraccio"},
    {0x1F923, "rolling with laughter", "mort de rire", "a crepapelle"},
    {0x1F970, "smile with hearts", "sourire plein de cœurs", "sorriso con cuori"},
    {0x1F975, "hot face", "visage qui a chaud", "faccina accaldata"},
    {0x1F97A, "pleading face", "yeux suppliants", "occhi supplicanti"},
    {0x1F338, "flower", "fleur", "fiore"},
    {0x1F389, "party popper", "cotillons", "coriandoli"},
    {0x1F440, "eyes", "yeux", "occhi"},
    {0x1F44B, "waving hand", "salut de la main", "mano che saluta"},
    {0x1F44C, "OK hand", "OK de la main", "OK con la mano"},
    {0x1F44D, "thumbs up", "pouce levé", "pollice in su"},
    {0x1F494, "broken heart", "cœur brisé", "cuore spezzato"},
    {0x1F49B, "yellow heart", "cœur jaune", "cuore giallo"},
    {0x1F4F8, "camera", "appareil photo", "fotocamera"},
    {0x1F525, "fire", "feu", "fuoco"},
    {0x2600, "sun", "soleil", "sole"},
    {0x26A0, "warning", "attention", "attenzione"},
    {0x2728, "sparkles", "étincelles", "scintille"},
    {0x2764, "red heart", "cœur rouge", "cuore rosso"},
};

const char *speak_emoji_name(unsigned cp, const char *lang) {
  for (size_t i = 0; i < sizeof EMOJI / sizeof EMOJI[0]; i++)
    if (EMOJI[i].cp == cp) {
      if (lang && strcmp(lang, "fr") == 0) return EMOJI[i].fr;
      if (lang && strcmp(lang, "it") == 0) return EMOJI[i].it;
      return EMOJI[i].en;
    }
  return NULL;
}

static const char *word_or(const char *lang) {
  return strcmp(lang, "fr") == 0 ? "ou" : strcmp(lang, "it") == 0 ? "o" : "or";
}

static const char *word_dot(const char *lang) {
  return strcmp(lang, "fr") == 0 ? "point" : strcmp(lang, "it") == 0 ? "punto" : "dot";
}

static const char *word_at(const char *lang) {
  return strcmp(lang, "fr") == 0 ? "arobase" : strcmp(lang, "it") == 0 ? "chiocciola" : "at";
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

char *speak_clean(const char *text, const char *lang) {
  if (!lang) lang = "en";
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
      const char *name = speak_emoji_name(cp, lang);
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
      buf_addf(&b, " %s ", word_or(lang)); /* a neutral player's "nu/nue" */
    } else {
      buf_add(&b, (const char *)at, (size_t)(p - at));
    }
    prev = cp;
  }
  return tidy(buf_take(&b));
}

char *speak_digits(const char *contact, const char *lang) {
  if (!lang) lang = "en";
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
      buf_adds(&b, "plus ");
    } else if (cp == '.' && next && next != ' ') {
      buf_addf(&b, " %s ", word_dot(lang));
    } else if (cp == '@') {
      buf_addf(&b, " %s ", word_at(lang));
    } else if (cp == '/') {
      buf_adds(&b, " / "); /* an address's slash, not a neutral form */
    } else {
      buf_add(&b, (const char *)at, (size_t)(p - at));
    }
    prev = cp;
  }
  char *raw = buf_take(&b);
  char *clean = speak_clean(raw, lang);
  free(raw);
  return clean;
}

/* "who: text", or the text alone when nobody says it. */
static char *said_by(const char *who, const char *text, const char *lang) {
  char *t = speak_clean(text, lang);
  if (!who || !*who || strcasecmp(who, t) == 0) return t; /* "Recording: Recording" once */
  char *w = speak_clean(who, lang);
  char *out = *t ? xasprintf("%s: %s", w, t) : xstrdup(w);
  free(w);
  free(t);
  return out;
}

char *speak_beat(const Beat *b, const char *sender, const SpeakWords *w, const char *lang) {
  if (!lang) lang = "en";
  static const SpeakWords none;
  if (!w) w = &none;
  const char *who = b->who == WHO_ME ? w->you : b->who >= 0 ? sender : NULL;
  const char *text = b->text ? b->text : "";
  char *out = NULL;
  switch (b->kind) {
  case WORD_MSG: out = said_by(who, text, lang); break;
  case WORD_PHOTO: {
    char *head = who && *who && w->photo ? xasprintf("%s, %s", w->photo, who) : xstrdup(w->photo ? w->photo : "");
    out = said_by(head, text, lang);
    free(head);
    break;
  }
  case WORD_CALL: case WORD_REQUEST: case WORD_BLOCKED: case WORD_REPORTED: out = said_by(sender, text, lang); break;
  case WORD_RECORDING: out = said_by(w->recording, text, lang); break;
  case WORD_THINK: out = said_by(w->think, text, lang); break;
  case WORD_DISCUSS: out = said_by(w->discuss, text, lang); break;
  case WORD_CRISIS: { /* the words of hope, then the crisis line, its number digit by digit */
    char *t = speak_clean(text, lang);
    if (b->notes && *b->notes) {
      char *line = speak_digits(b->notes, lang);
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
  default: out = speak_clean(text, lang); break;
  }
  if (!*out) {
    free(out);
    return NULL;
  }
  return out;
}

char *speak_choices(const char *intro, const char *const *choices, int n, const char *lang) {
  Buf b = {0};
  if (intro && *intro) buf_addf(&b, "%s: ", intro);
  for (int i = 0; i < n; i++) {
    char *c = speak_clean(choices[i], lang);
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

char *speak_contact(const HelpEntry *e, const char *urgent_word, const char *lang) {
  Buf b = {0};
  const char *name = e->name ? e->name : "";
  if (e->urgent && urgent_word && *urgent_word && strcasecmp(name, urgent_word) != 0) buf_addf(&b, "%s. ", urgent_word);
  char *n = mostly_digits(name) ? speak_digits(name, lang) : speak_clean(name, lang);
  buf_adds(&b, n);
  free(n);
  if (e->contact && *e->contact && strcasecmp(e->contact, name) != 0) {
    char *c = speak_digits(e->contact, lang);
    buf_addf(&b, ", %s", c);
    free(c);
  }
  if (e->what && *e->what) {
    char *w = speak_clean(e->what, lang);
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
