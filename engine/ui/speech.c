#include "speech.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "voice.h"
#include "textsafe.h"

typedef struct Item {
  char *text;
  char voice[32]; /* espeak-ng voice name */
  int wpm;
  struct Item *next;
} Item;

struct Speech {
  FILE *log;                /* tests: lines written here, no sound */
  SDL_Thread *thread;
  SDL_mutex *mu;
  SDL_cond *cv;
  Item *head, *tail;        /* under mu */
  bool quit;                /* under mu */
  SDL_atomic_t gen;         /* bumped by every interruption */
  SDL_AudioDeviceID dev;    /* the thread's own */
  SDL_AudioSpec spec;
};

/* How long an unused device stays open after the last line: a conversation
 * keeps it, a quiet screen gives it back (SDL's audio thread would otherwise
 * keep feeding it silence). */
enum { LINGER_MS = 2000 };

static void free_items(Item *it) {
  while (it) {
    Item *n = it->next;
    free(it->text);
    free(it);
    it = n;
  }
}

static SDL_AudioDeviceID open_device(Speech *sp) {
  SDL_AudioSpec want = {0};
  want.freq = voice_rate();
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 1024;
  return SDL_OpenAudioDevice(NULL, 0, &want, &sp->spec, 0);
}

typedef struct {
  Speech *sp;
  int gen;
} Feed;

static bool feed(const short *samples, int n, void *ud) {
  Feed *f = ud;
  if (SDL_AtomicGet(&f->sp->gen) != f->gen) return false; /* a new line came */
  SDL_QueueAudio(f->sp->dev, samples, (Uint32)n * 2);
  return true;
}

static int worker(void *ud) {
  Speech *sp = ud;
  SDL_LockMutex(sp->mu);
  while (!sp->quit) {
    if (!sp->head) {
      if (!sp->dev) {
        SDL_CondWait(sp->cv, sp->mu);
      } else if (SDL_CondWaitTimeout(sp->cv, sp->mu, LINGER_MS) == SDL_MUTEX_TIMEDOUT && !sp->head) {
        SDL_CloseAudioDevice(sp->dev);
        sp->dev = 0;
      }
      continue;
    }
    Item *it = sp->head;
    sp->head = it->next;
    if (!sp->head) sp->tail = NULL;
    Feed f = {sp, SDL_AtomicGet(&sp->gen)};
    SDL_UnlockMutex(sp->mu);
    if (!sp->dev) sp->dev = open_device(sp);
    if (sp->dev) {
      SDL_PauseAudioDevice(sp->dev, 0);
      char *why = NULL;
      if (!voice_speak(it->text, it->voice, it->wpm, feed, &f, &why)) {
        bts_warn("%s", why);
        free(why);
      }
    }
    free(it->text);
    free(it);
    SDL_LockMutex(sp->mu);
    /* Wait while it plays, waking for an interruption or the next line. */
    while (sp->dev && !sp->quit && !sp->head && SDL_AtomicGet(&sp->gen) == f.gen) {
      Uint32 left = SDL_GetQueuedAudioSize(sp->dev);
      if (!left) break;
      int bytes_per_ms = sp->spec.freq * 2 / 1000;
      int ms = (int)(left / (Uint32)(bytes_per_ms > 0 ? bytes_per_ms : 1));
      SDL_CondWaitTimeout(sp->cv, sp->mu, (Uint32)(ms < 10 ? 10 : ms > 500 ? 500 : ms));
    }
    if (sp->dev && (sp->quit || SDL_AtomicGet(&sp->gen) != f.gen)) SDL_ClearQueuedAudio(sp->dev);
  }
  if (sp->dev) {
    SDL_ClearQueuedAudio(sp->dev);
    SDL_CloseAudioDevice(sp->dev);
    sp->dev = 0;
  }
  SDL_UnlockMutex(sp->mu);
  return 0;
}

Speech *speech_open(const char *log_path, char **why) {
  Speech *sp = xcalloc(1, sizeof *sp);
  if (log_path) {
    sp->log = fopen(log_path, "a");
    if (!sp->log) {
      *why = xasprintf("cannot write %s", log_path);
      free(sp);
      return NULL;
    }
    return sp;
  }
  if (!voice_open(why)) {
    free(sp);
    return NULL;
  }
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    *why = xasprintf("no sound device (%s)", SDL_GetError());
    free(sp);
    return NULL;
  }
  /* SDL's "dummy" and "disk" drivers are no speakers, unless asked for
   * (SDL_AUDIODRIVER=disk is how the tests listen to the real path). */
  const char *drv = SDL_GetCurrentAudioDriver(), *asked = getenv("SDL_AUDIODRIVER");
  SDL_AudioDeviceID probe = 0;
  if (!(drv && (strcmp(drv, "dummy") == 0 || strcmp(drv, "disk") == 0) && !(asked && *asked)))
    probe = open_device(sp);
  if (!probe) {
    *why = xasprintf("no sound device (%s)", drv ? SDL_GetError() : "no audio driver");
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(sp);
    return NULL;
  }
  SDL_CloseAudioDevice(probe);
  sp->mu = SDL_CreateMutex();
  sp->cv = SDL_CreateCond();
  sp->thread = sp->mu && sp->cv ? SDL_CreateThread(worker, "bts-speech", sp) : NULL;
  if (!sp->thread) {
    *why = xasprintf("cannot start speaking (%s)", SDL_GetError());
    if (sp->cv) SDL_DestroyCond(sp->cv);
    if (sp->mu) SDL_DestroyMutex(sp->mu);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(sp);
    return NULL;
  }
  return sp;
}

void speech_say(Speech *sp, const char *text, const char *voice, int wpm, bool interrupt) {
  if (!sp || !text || !*text) return;
  if (sp->log) {
    fprintf(sp->log, "%s\t%s\n", voice, text);
    fflush(sp->log);
    return;
  }
  Item *it = xcalloc(1, sizeof *it);
  it->text = xstrdup(text);
  snprintf(it->voice, sizeof it->voice, "%s", voice ? voice : "en");
  it->wpm = wpm;
  SDL_LockMutex(sp->mu);
  if (interrupt) {
    SDL_AtomicIncRef(&sp->gen);
    free_items(sp->head);
    sp->head = sp->tail = NULL;
  }
  if (sp->tail) sp->tail->next = it;
  else sp->head = it;
  sp->tail = it;
  SDL_CondSignal(sp->cv);
  SDL_UnlockMutex(sp->mu);
}

void speech_stop(Speech *sp) {
  if (!sp || sp->log) return;
  /* first, without waiting for the lock: the line being made stops */
  SDL_AtomicIncRef(&sp->gen);
  SDL_LockMutex(sp->mu);
  SDL_AtomicIncRef(&sp->gen);
  free_items(sp->head);
  sp->head = sp->tail = NULL;
  SDL_CondSignal(sp->cv);
  SDL_UnlockMutex(sp->mu);
}

void speech_close(Speech *sp) {
  if (!sp) return;
  if (sp->log) {
    fclose(sp->log);
    free(sp);
    return;
  }
  SDL_LockMutex(sp->mu);
  sp->quit = true;
  SDL_AtomicIncRef(&sp->gen);
  free_items(sp->head);
  sp->head = sp->tail = NULL;
  SDL_CondSignal(sp->cv);
  SDL_UnlockMutex(sp->mu);
  SDL_WaitThread(sp->thread, NULL);
  SDL_DestroyCond(sp->cv);
  SDL_DestroyMutex(sp->mu);
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
  free(sp);
}
