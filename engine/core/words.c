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
const char *const CHOICE_FIELDS[] = {"text", "kind", "file", "line", "go", "when", "set", "add", "did", "say", "to", "button", NULL};

const char *word_name(Word w) { return (unsigned)w < WORD_COUNT ? WORDS[w].name : "?"; }

bool word_is(Word w, unsigned flags) { return (unsigned)w < WORD_COUNT && (WORDS[w].flags & flags) == flags; }

const char *const *word_fields(Word w) {
  static const char *const none[] = {"kind", "file", "line", NULL};
  return (unsigned)w < WORD_COUNT ? WORDS[w].fields : none;
}

int word_lookup(const char *name) {
  /* The first byte first: the builder looks up every line's kind. */
  for (int i = 0; name && i < WORD_COUNT; i++)
    if (WORDS[i].name[0] == name[0] && strcmp(WORDS[i].name, name) == 0) return i;
  return -1;
}

static const char *const BUTTON_NAMES[BUTTON_COUNT] = {
    "",
#define CHOICE_BUTTON_NAME_(n) #n,
    CHOICE_BUTTONS(CHOICE_BUTTON_NAME_)
#undef CHOICE_BUTTON_NAME_
};

const char *choice_button_name(ChoiceButton b) { return b > BUTTON_NONE && b < BUTTON_COUNT ? BUTTON_NAMES[b] : ""; }

ChoiceButton choice_button_lookup(const char *name) {
  for (int b = BUTTON_NONE + 1; name && b < BUTTON_COUNT; b++)
    if (strcmp(name, BUTTON_NAMES[b]) == 0) return (ChoiceButton)b;
  return BUTTON_NONE;
}
