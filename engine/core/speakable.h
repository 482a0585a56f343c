/* What read-aloud says: the words for each beat, the choices, a debrief step
 * and a help contact, as plain text for a speech engine. No SDL and no speech
 * library here: the window decides when to speak, engine/ui/speech.c how.
 *
 * Text is spoken as the player reads it: placeholders and {m|f|x} forms are
 * already filled by the runtime; emoji become their name in the language (or
 * nothing), never a code; "seul·e" is read as one word, "nu/nue" as
 * "nu or nue"; numbers of help contacts are read digit by digit. */
#ifndef BTS_SPEAKABLE_H
#define BTS_SPEAKABLE_H
#include <stdbool.h>

#include "help.h"
#include "i18n.h"
#include "runtime.h"

/* The window's words the speech needs, in the player's language (the UI
 * passes its own, so the core keeps no UI words). Any may be NULL. */
typedef struct {
  const char *you;       /* sender of the player's own messages: "You" */
  const char *photo;     /* "Photo" */
  const char *think;     /* before a thought: "You think" */
  const char *recording; /* the call's recording mark: "Recording" */
  const char *discuss;   /* before a discussion question: "Talk about it" */
} SpeakWords;

/* Every function takes the language's speech words (i18n_speech(): its
 * small words and emoji names are data, assets/lang); NULL speaks plain
 * English words and skips emoji. */

/* A story or window text made ready to speak. Returns a new string
 * (possibly empty). */
char *speak_clean(const char *text, const SpeechWords *sw);

/* A contact (a phone number, a short number, an address) with every digit
 * said on its own: "0800 1111" -> "0 8 0 0, 1 1 1 1", "116 000" ->
 * "1 1 6, 0 0 0"; the dots of an address are said ("point" in French). */
char *speak_digits(const char *contact, const SpeechWords *sw);

/* What to say when beat b appears, with sender the name of who sent it (the
 * UI resolves characters); NULL when the beat is not spoken (a clock). */
char *speak_beat(const Beat *b, const char *sender, const SpeakWords *w, const SpeechWords *sw);

/* "intro: 1, first reply. 2, second reply." */
char *speak_choices(const char *intro, const char *const *choices, int n, const SpeechWords *sw);

/* One help contact: "[urgent.] name, contact digit by digit: what." (the
 * contact is left out when it is the name itself, as on screen). */
char *speak_contact(const HelpEntry *e, const char *urgent_word, const SpeechWords *sw);

/* The name of an emoji in the language, or NULL when it has none (then it
 * is skipped). cp is the first code point of the emoji. */
const char *speak_emoji_name(unsigned cp, const SpeechWords *sw);

#endif
