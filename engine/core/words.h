/* The story language, declared once. Each line of STORY_WORDS is one word a
 * story may write inside a scene: its enum (Word, which is also Beat.kind),
 * the name stories write, what it is (flags), and the fields its table may
 * carry besides kind, file and line. The enum, the names, the checker's
 * "unknown field" warnings and the prelude's simple words all come from
 * here: a new word is one line here (and, if it is seen, one case in each
 * front end's drawing switch).
 *
 * Speaker words other than msg are methods of a character: alex.photo,
 * alex.call (a call: the app's kind, or voice = true / video = true;
 * outgoing = true when the player makes it), alex.request (a contact or message request), alex.blocked (the
 * player blocked this account), alex.reported (reported: "no longer
 * available"). A line lands in a conversation (a thread): see threads.h.
 *
 * Words that are not items (story, character, scene, ending, choice,
 * translation, include, me) are the prelude's. */
#ifndef BTS_WORDS_H
#define BTS_WORDS_H
#include <stdbool.h>

enum {
  WF_SHOWN = 1 << 0,        /* becomes a beat the player sees */
  WF_SPEAKER = 1 << 1,      /* said by someone: who = "me" or a character */
  WF_SIMPLE = 1 << 2,       /* word "text" or word { "text", ... }: the prelude makes it */
  WF_UNTRANSLATED = 1 << 3, /* its text is not prose (clock "21:40") */
  WF_EMPTY_OK = 1 << 4,     /* an empty text is normal (recording, call) */
  WF_EFFECT = 1 << 5,       /* changes the state: set, add, did */
  WF_CONTACT = 1 << 6,      /* changes how the app shows a contact: a request, blocked, reported */
};

#define WORD_FIELDS_(...) __VA_ARGS__

/*      ENUM       name         flags                                        fields */
#define STORY_WORDS(X)                                                                                \
  X(MSG,       "msg",       WF_SHOWN | WF_SPEAKER,                       ("text", "who", "typing", "to")) \
  X(PHOTO,     "photo",     WF_SHOWN | WF_SPEAKER,                       ("text", "who", "typing", "to")) \
  X(CALL,      "call",      WF_SHOWN | WF_SPEAKER | WF_EMPTY_OK,         ("text", "who", "typing", "to", "voice", "video", "outgoing")) \
  X(REQUEST,   "request",   WF_SHOWN | WF_SPEAKER | WF_EMPTY_OK | WF_CONTACT, ("text", "who"))      \
  X(BLOCKED,   "blocked",   WF_SHOWN | WF_SPEAKER | WF_EMPTY_OK | WF_CONTACT, ("text", "who"))      \
  X(REPORTED,  "reported",  WF_SHOWN | WF_SPEAKER | WF_EMPTY_OK | WF_CONTACT, ("text", "who"))      \
  X(RECORDING, "recording", WF_SHOWN | WF_EMPTY_OK,                      ("text"))                   \
  X(HANGUP,    "hangup",    WF_SHOWN | WF_SIMPLE,                        ("text"))                   \
  X(NARRATE,   "narrate",   WF_SHOWN | WF_SIMPLE,                        ("text"))                   \
  X(THINK,     "think",     WF_SHOWN | WF_SIMPLE,                        ("text"))                   \
  X(LATER,     "later",     WF_SHOWN | WF_SIMPLE,                        ("text"))                   \
  X(CLOCK,     "clock",     WF_SHOWN | WF_UNTRANSLATED,                  ("text"))                   \
  X(SYSTEM,    "system",    WF_SHOWN | WF_SIMPLE,                        ("text", "to"))             \
  X(CRISIS,    "crisis",    WF_SHOWN | WF_SIMPLE,                        ("text"))                   \
  X(DISCUSS,   "discuss",   WF_SHOWN,                                    ("text", "notes"))          \
  X(SET,       "set",       WF_EFFECT,                                   ("set"))                    \
  X(ADD,       "add",       WF_EFFECT,                                   ("add"))                    \
  X(DID,       "did",       WF_EFFECT,                                   ("did"))                    \
  X(GO,        "go",        0,                                           ("target"))                 \
  X(WHEN,      "when",      0,                                           ("cond", "body"))

/* The call screen's buttons a choice can be (button = "answer"...): the
 * enum (BUTTON_answer...) and the names stories write, from this one list. */
#define CHOICE_BUTTONS(X) X(answer) X(decline) X(hangup)
typedef enum {
  BUTTON_NONE,
#define CHOICE_BUTTON_ENUM_(n) BUTTON_##n,
  CHOICE_BUTTONS(CHOICE_BUTTON_ENUM_)
#undef CHOICE_BUTTON_ENUM_
  BUTTON_COUNT
} ChoiceButton;

/* What kind of call a `call` is: the app's own (its skin says video or
 * voice), or a voice call (a phone call: voice = true) or a video call
 * (video = true) whatever the app. */
enum { CALL_APP, CALL_VOICE, CALL_VIDEO };

typedef enum {
#define WORD_ENUM_(id, name, flags, fields) WORD_##id,
  STORY_WORDS(WORD_ENUM_)
#undef WORD_ENUM_
  WORD_COUNT
} Word;

/* The fields of what is not a scene item, NULL-terminated (file and line
 * included): the story card, a character, a scene or ending, a choice.
 *   character: members = { "ines", "papi" } makes a group chat; in_person =
 *              true: this character is only ever met in the room (narration).
 *   scene:     chat = "ines": the conversation the scene opens; in_person =
 *              true: the people in it speak in the room, not in an app;
 *              moment = "The morning after: the threat": the moment of the
 *              story in a few words, the label of its discussion points
 *              on the teacher's printed sheets (else its first line).
 *   choice:    to = "ines": the conversation its `say` goes to; button =
 *              "answer" | "decline" | "hangup": on the call screen, the
 *              button of that name is this choice (CHOICE_BUTTONS). */
extern const char *const STORY_FIELDS[];
extern const char *const CHARACTER_FIELDS[];
extern const char *const SCENE_FIELDS[];
extern const char *const CHOICE_FIELDS[];

/* The name a story writes ("narrate"); "?" out of range. */
const char *word_name(Word w);
/* True when the word has every flag in `flags`. */
bool word_is(Word w, unsigned flags);
/* The fields its table may have, NULL-terminated (kind, file, line included). */
const char *const *word_fields(Word w);
/* The word called `name`, or -1. */
int word_lookup(const char *name);
/* The button a story writes ("answer"), "" for BUTTON_NONE; and back:
 * BUTTON_NONE when name is none of them. */
const char *choice_button_name(ChoiceButton b);
ChoiceButton choice_button_lookup(const char *name);

#endif
