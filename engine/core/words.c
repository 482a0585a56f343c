#include "words.h"

#include <string.h>

static const struct {
  const char *name;
  unsigned flags;
  const char *const *fields;
} WORDS[WORD_COUNT] = {
#define WORD_ROW_(id, name, flags, fields) \
  [WORD_##id] = {name, flags, (const char *const[]){"kind", "file", "line", WORD_FIELDS_ fields, NULL}},
    STORY_WORDS(WORD_ROW_)
#undef WORD_ROW_
};

const char *const STORY_FIELDS[] = {"id", "title", "app", "language", "translations", "start",
                                     "minutes", "note", "teaches", "vars", "topic", "file", "line", NULL};
const char *const CHARACTER_FIELDS[] = {"id", "name", "color", "initials", "username", "members", "in_person", "file", "line", NULL};
const char *const SCENE_FIELDS[] = {"id", "kind", "file", "line", "items", "choices", "title", "summary", "judges",
                                    "chat", "in_person", "moment", NULL};
const char *const CHOICE_FIELDS[] = {"text", "kind", "file", "line", "go", "when", "set", "add", "did", "say", "to", NULL};

const char *word_name(Word w) { return (unsigned)w < WORD_COUNT ? WORDS[w].name : "?"; }

bool word_is(Word w, unsigned flags) { return (unsigned)w < WORD_COUNT && (WORDS[w].flags & flags) == flags; }

const char *const *word_fields(Word w) {
  static const char *const none[] = {"kind", "file", "line", NULL};
  return (unsigned)w < WORD_COUNT ? WORDS[w].fields : none;
}

int word_lookup(const char *name) {
  for (int i = 0; name && i < WORD_COUNT; i++)
    if (strcmp(WORDS[i].name, name) == 0) return i;
  return -1;
}
