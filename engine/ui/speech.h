/* Speaking beside the event loop: lines go into a queue that a thread turns
 * into sound (engine/voice) and plays through SDL's audio. The event loop
 * never waits for it; with nothing to say the thread sleeps and the sound
 * device is closed (no CPU used). */
#ifndef BTS_UI_SPEECH_H
#define BTS_UI_SPEECH_H
#include <stdbool.h>

typedef struct Speech Speech;

/* Starts the synthesiser and checks that a sound device opens. Returns NULL
 * with *why (caller frees) when there is none (a headless machine): reading
 * is then off and the game says so. With log_path (tests), every line is
 * appended there ("voice<TAB>text") instead of being played. */
Speech *speech_open(const char *log_path, char **why);
/* Says text with an espeak-ng voice (the language's, i18n_speech) at wpm words a minute. interrupt: what is being said and
 * what waits is dropped first; otherwise it waits its turn. */
void speech_say(Speech *sp, const char *text, const char *voice, int wpm, bool interrupt);
/* Silence now: the sound stops and the queue is dropped. */
void speech_stop(Speech *sp);
void speech_close(Speech *sp);

#endif
