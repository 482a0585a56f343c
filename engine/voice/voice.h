/* The speech synthesiser: espeak-ng's library turned into samples (16-bit
 * mono at voice_rate() Hz), for the window's reader and for --say. No SDL
 * here: engine/ui/speech.c plays the samples; nothing in engine/core speaks.
 * espeak-ng is not thread-safe: one thread at a time calls these. */
#ifndef BTS_VOICE_H
#define BTS_VOICE_H
#include <stdbool.h>
#include <stddef.h>

/* Starts espeak-ng once per process (later calls only answer). Returns
 * false with *why (caller frees) when its data cannot be found. */
bool voice_open(char **why);
int voice_rate(void); /* samples per second, once open */

/* Words per minute for the text-speed setting (0 instant, 1 normal, 2 slow). */
int voice_wpm(int text_speed);

/* Receives samples as they are made; returns false to stop speaking. */
typedef bool (*VoiceSink)(const short *samples, int count, void *ud);

/* Speaks text (UTF-8, already made speakable) with an espeak-ng voice ("fr")
 * into sink. Returns false with *why on a synthesiser error (not when the
 * sink stopped it). */
bool voice_speak(const char *text, const char *voice, int wpm, VoiceSink sink, void *ud, char **why);

/* The same into a 16-bit mono WAV file at path. */
bool voice_wav(const char *text, const char *voice, int wpm, const char *path, char **why);

#endif
