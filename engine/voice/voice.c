#include "voice.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"
#include "util.h"

#if BTS_ESPEAK
#include <espeak-ng/speak_lib.h>

#ifdef BTS_SONAME_ESPEAK
/* espeak-ng is opened when reading aloud first speaks (lazylib.h). */
#include "lazylib.h"
#define ESPEAK_FUNCTIONS(X) \
  X(espeak_Initialize) X(espeak_SetSynthCallback) X(espeak_SetVoiceByName) X(espeak_SetParameter) X(espeak_Synth)
static struct {
#define X(f) __typeof__(f) *f;
  ESPEAK_FUNCTIONS(X)
#undef X
} le;

static bool espeak_ready(void) {
  static int state;
  static const char *const files[] = {BTS_SONAME_ESPEAK, NULL} /* the library built against (cmake/lazylib.cmake) */;
  static const LazyFn fns[] = {
#define X(f) {#f, (void **)&le.f},
    ESPEAK_FUNCTIONS(X)
#undef X
    {NULL, NULL}};
  const char *why;
  return lazy_open(&state, files, fns, &why);
}
#define espeak_Initialize (*le.espeak_Initialize)
#define espeak_SetSynthCallback (*le.espeak_SetSynthCallback)
#define espeak_SetVoiceByName (*le.espeak_SetVoiceByName)
#define espeak_SetParameter (*le.espeak_SetParameter)
#define espeak_Synth (*le.espeak_Synth)
#else
static bool espeak_ready(void) { return true; }
#endif

static int rate;        /* 0: not open yet, -1: could not open */
static VoiceSink sink_fn;
static void *sink_ud;
static bool stopped;

/* espeak's callback: samples in pieces of ~100 ms, NULL at the end. Return 1
 * to stop the synthesis (a new line interrupts this one). */
static int on_samples(short *wav, int n, espeak_EVENT *events) {
  (void)events;
  if (!wav || n <= 0 || stopped) return stopped;
  if (!sink_fn(wav, n, sink_ud)) stopped = true;
  return stopped;
}

bool voice_open(char **why) {
  if (rate > 0) return true;
  if (rate < 0) {
    *why = xstrdup("the speech synthesiser (espeak-ng) could not start");
    return false;
  }
  if (!espeak_ready()) {
    rate = -1;
    *why = xstrdup("the speech synthesiser (espeak-ng) is not installed");
    return false;
  }
  /* SYNCHRONOUS: espeak only makes samples (no thread, no sound device of
   * its own); the caller decides where they go. */
  int r = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, NULL, espeakINITIALIZE_DONT_EXIT);
  if (r <= 0) {
    rate = -1;
    *why = xstrdup("the speech synthesiser (espeak-ng) could not start: is espeak-ng-data installed?");
    return false;
  }
  rate = r;
  espeak_SetSynthCallback(on_samples);
  return true;
}

int voice_rate(void) { return rate > 0 ? rate : 0; }

int voice_wpm(int text_speed) {
  /* instant text is read briskly, slow text slowly; normal is espeak's own */
  return text_speed == 0 ? 210 : text_speed == 2 ? 135 : espeakRATE_NORMAL;
}

bool voice_speak(const char *text, const char *voice, int wpm, VoiceSink sink, void *ud, char **why) {
  if (!voice_open(why)) return false;
  const char *v = voice && *voice ? voice : "en";
  if (espeak_SetVoiceByName(v) != EE_OK) {
    *why = xasprintf("espeak-ng has no '%s' voice: is espeak-ng-data installed?", v);
    return false;
  }
  if (wpm < espeakRATE_MINIMUM) wpm = espeakRATE_MINIMUM;
  if (wpm > espeakRATE_MAXIMUM) wpm = espeakRATE_MAXIMUM;
  espeak_SetParameter(espeakRATE, wpm, 0);
  sink_fn = sink;
  sink_ud = ud;
  stopped = false;
  espeak_ERROR e = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
  sink_fn = NULL;
  sink_ud = NULL;
  if (e != EE_OK && !stopped) {
    *why = xasprintf("espeak-ng could not speak this text (error %d)", (int)e);
    return false;
  }
  return true;
}

#else
/* A build without espeak-ng (a cross build): no voice, said plainly. */
bool voice_open(char **why) {
  *why = xstrdup("this build of the game has no speech synthesiser (espeak-ng)");
  return false;
}
int voice_rate(void) { return 0; }
int voice_wpm(int text_speed) { return text_speed == 0 ? 210 : text_speed == 2 ? 135 : 175; }
bool voice_speak(const char *text, const char *voice, int wpm, VoiceSink sink, void *ud, char **why) {
  (void)text, (void)voice, (void)wpm, (void)sink, (void)ud;
  return voice_open(why);
}
static int rate;
#endif

typedef struct {
  Buf pcm;
} WavBuf;

static bool to_buf(const short *s, int n, void *ud) {
  WavBuf *w = ud;
  for (int i = 0; i < n; i++) {
    /* WAV is little-endian whatever the machine */
    unsigned char le[2] = {(unsigned char)((uint16_t)s[i] & 0xFF), (unsigned char)((uint16_t)s[i] >> 8)};
    buf_add(&w->pcm, (const char *)le, 2);
  }
  return w->pcm.len < (64u << 20); /* a runaway text stops at ~25 minutes */
}

static void put32(Buf *b, uint32_t v) {
  unsigned char le[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
  buf_add(b, (const char *)le, 4);
}

static void put16(Buf *b, uint16_t v) {
  unsigned char le[2] = {(unsigned char)v, (unsigned char)(v >> 8)};
  buf_add(b, (const char *)le, 2);
}

bool voice_wav(const char *text, const char *voice, int wpm, const char *path, char **why) {
  WavBuf w = {{0}};
  buf_add(&w.pcm, "", 0);
  if (!voice_speak(text, voice, wpm, to_buf, &w, why)) {
    free(w.pcm.s);
    return false;
  }
  Buf out = {0};
  uint32_t data = (uint32_t)w.pcm.len;
  buf_adds(&out, "RIFF");
  put32(&out, 36 + data);
  buf_adds(&out, "WAVEfmt ");
  put32(&out, 16);
  put16(&out, 1); /* PCM */
  put16(&out, 1); /* mono */
  put32(&out, (uint32_t)rate);
  put32(&out, (uint32_t)rate * 2);
  put16(&out, 2);
  put16(&out, 16);
  buf_adds(&out, "data");
  put32(&out, data);
  buf_add(&out, w.pcm.s, w.pcm.len);
  free(w.pcm.s);
  /* The player's own output file, like --screenshot's: written where asked
   * (the saves' atomic write keeps to the user's folder). */
  FILE *f = fopen(path, "wb");
  bool ok = f && fwrite(out.s, 1, out.len, f) == out.len;
  if (f && fclose(f) != 0) ok = false;
  if (!ok) *why = xasprintf("cannot write %s: %s", path, file_error_words(errno));
  free(out.s);
  return ok;
}
