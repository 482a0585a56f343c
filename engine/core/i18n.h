/* The game's own words in every language, and the language rules (plural
 * forms, French elision, a hook for typography). Languages are data: each
 * assets/lang/<code>.lua file is one language, and the list of languages is
 * the files that are there (docs/i18n.md). Story text is not here: a story
 * brings its own translations. No SDL: both front ends use this. */
#ifndef BTS_I18N_H
#define BTS_I18N_H
#include <stdbool.h>
#include <stddef.h>

#include "appwords.h"
#include "diag.h"
#include "settings.h"

/* Every word, declared once: X(id, section, key, form).
 *   section: the table of the language file it lives in ("window", "terminal")
 *   form:    TEXT, or PLURAL (a table { one = ..., other = ... } or one text)
 * A word may hold {n} (a number) or {name} (a name, elided where the
 * language elides: "Photo de {name}" -> "Photo d'Inès").
 * Adding a word: one line here, and the word in every assets/lang file
 * (the assets test fails until every language has it). */
#define I18N_WORDS(X)                                   \
  X(S_GAME, window, "game", TEXT)                       \
  X(S_TAGLINE, window, "tagline", TEXT)                 \
  X(S_PLAY, window, "play", TEXT)                       \
  X(S_RESUME, window, "resume", TEXT)                   \
  X(S_START_OVER, window, "start_over", TEXT)           \
  X(S_SETTINGS, window, "settings", TEXT)               \
  X(S_HELP, window, "help", TEXT)                       \
  X(S_CLOSE, window, "close", TEXT)                     \
  X(S_BACK, window, "back", TEXT)                       \
  X(S_MENU, window, "menu", TEXT)                       \
  X(S_MINUTES, window, "minutes", PLURAL)               \
  X(S_QUICK_EXIT, window, "quick_exit", TEXT)           \
  X(S_NO_STORIES, window, "no_stories", TEXT)           \
  X(S_WELCOME, window, "welcome", TEXT)                 \
  X(S_WELCOME_SUB, window, "welcome_sub", TEXT)         \
  X(S_LANGUAGE, window, "language", TEXT)               \
  X(S_COUNTRY, window, "country", TEXT)                 \
  X(S_FIRST_NAME, window, "first_name", TEXT)           \
  X(S_NAME_HINT, window, "name_hint", TEXT)             \
  X(S_WATCH_ERRORS, window, "watch_errors", TEXT)       \
  X(S_MAP, window, "map", TEXT)                         \
  X(S_MAP_HINT, window, "map_hint", TEXT)               \
  X(S_MAP_TOO_BIG, window, "map_too_big", TEXT)         \
  X(S_MAP_NONE, window, "map_none", TEXT)               \
  X(S_GENDER, window, "gender", TEXT)                   \
  X(S_GENDER_M, window, "gender_m", TEXT)               \
  X(S_GENDER_F, window, "gender_f", TEXT)               \
  X(S_GENDER_X, window, "gender_x", TEXT)               \
  X(S_CONTINUE, window, "continue", TEXT)               \
  X(S_TEXT_SIZE, window, "text_size", TEXT)             \
  X(S_CONTRAST, window, "contrast", TEXT)               \
  X(S_DYSLEXIC, window, "dyslexic", TEXT)               \
  X(S_DYSLEXIC_MISSING, window, "dyslexic_missing", TEXT) \
  X(S_SPEED, window, "speed", TEXT)                     \
  X(S_SPEED_INSTANT, window, "speed_instant", TEXT)     \
  X(S_SPEED_NORMAL, window, "speed_normal", TEXT)       \
  X(S_SPEED_SLOW, window, "speed_slow", TEXT)           \
  X(S_MOTION, window, "motion", TEXT)                   \
  X(S_FULLSCREEN, window, "fullscreen", TEXT)           \
  X(S_ON, window, "on", TEXT)                           \
  X(S_OFF, window, "off", TEXT)                         \
  X(S_MIC_ON, window, "mic_on", TEXT)                   \
  X(S_MIC_OFF, window, "mic_off", TEXT)                 \
  X(S_CAMERA_ON, window, "camera_on", TEXT)             \
  X(S_CAMERA_OFF, window, "camera_off", TEXT)           \
  X(S_SPEAKER_ON, window, "speaker_on", TEXT)           \
  X(S_SPEAKER_OFF, window, "speaker_off", TEXT)         \
  X(S_CAMERA_FRONT, window, "camera_front", TEXT)       \
  X(S_CAMERA_BACK, window, "camera_back", TEXT)         \
  X(S_EFFECTS_ON, window, "effects_on", TEXT)           \
  X(S_EFFECTS_OFF, window, "effects_off", TEXT)         \
  X(S_CALL_MINUTES, window, "call_minutes", PLURAL)     \
  X(S_CALL_SECONDS, window, "call_seconds", PLURAL)     \
  X(S_SAVE_FAILED, window, "save_failed", TEXT)         \
  X(S_PLACE_NOT_SAVED, window, "place_not_saved", TEXT) \
  X(S_SUMMARY_NOT_WRITTEN, window, "summary_not_written", TEXT) \
  X(S_DISK_FULL, window, "disk_full", TEXT)             \
  X(S_FOLDER_LOCKED, window, "folder_locked", TEXT)     \
  X(S_WRITE_REFUSED, window, "write_refused", TEXT)     \
  X(S_KEEP_PLAYING, window, "keep_playing", TEXT)       \
  X(S_SAVE_UNREADABLE, window, "save_unreadable", TEXT) \
  X(S_NO_FONT, window, "no_font", TEXT)                 \
  X(S_NO_FONT_TERMINAL, window, "no_font_terminal", TEXT) \
  X(S_NO_SCRIPT_FONT, window, "no_script_font", TEXT)    \
  X(S_PHOTO, window, "photo", TEXT)                     \
  X(S_YOU, window, "you", TEXT)                         \
  X(S_DISCUSS, window, "discuss", TEXT)                 \
  X(S_NOTES, window, "notes", TEXT)                     \
  X(S_REC, window, "rec", TEXT)                         \
  X(S_TAP_TO_SKIP, window, "tap_to_skip", TEXT)         \
  X(S_SEE_DEBRIEF, window, "see_debrief", TEXT)         \
  X(S_ENDING, window, "ending", TEXT)                   \
  X(S_WHAT_HAPPENED, window, "what_happened", TEXT)     \
  X(S_RIGHT_STEPS, window, "right_steps", TEXT)         \
  X(S_TAKEN, window, "taken", TEXT)                     \
  X(S_MISSED, window, "missed", TEXT)                   \
  X(S_WRONG_ORDER, window, "wrong_order", TEXT)         \
  X(S_HELP_TITLE, window, "help_title", TEXT)           \
  X(S_HELP_SUB, window, "help_sub", TEXT)               \
  X(S_URGENT, window, "urgent", TEXT)                   \
  X(S_NOT_YOUR_FAULT, window, "not_your_fault", TEXT)   \
  X(S_NOT_YOUR_FAULT_ANY, window, "not_your_fault_any", TEXT) \
  X(S_UNDO, window, "undo", TEXT)                       \
  X(S_PLAY_AGAIN, window, "play_again", TEXT)           \
  X(S_LATEST, window, "latest", TEXT)                   \
  X(S_HELP_NONE, window, "help_none", TEXT)             \
  X(S_KEYS_HINT, window, "keys_hint", TEXT)             \
  X(S_ERROR, window, "error", TEXT)                     \
  X(S_NOT_NEEDED, window, "not_needed", TEXT)           \
  X(S_NEXT_TIME, window, "next_time", TEXT)             \
  X(S_CRISIS_TAG, window, "crisis_tag", TEXT)           \
  X(S_BACK_ABOVE, window, "back_above", PLURAL)         \
  X(S_BACK_BELOW, window, "back_below", PLURAL)         \
  X(S_CRISIS_CALL, window, "crisis_call", TEXT)         \
  X(S_READ_ALOUD, window, "read_aloud", TEXT)           \
  X(S_READ_KEYS, window, "read_keys", TEXT)             \
  X(S_READ_ON, window, "read_on", TEXT)                 \
  X(S_READ_OFF, window, "read_off", TEXT)               \
  X(S_NO_AUDIO, window, "no_audio", TEXT)               \
  X(S_REPLIES, window, "replies", TEXT)                 \
  X(S_RECORDING, window, "recording", TEXT)             \
  X(S_THINK, window, "think", TEXT)                     \
  X(S_NO_TRACE, window, "no_trace", TEXT)               \
  X(S_NO_TRACE_ON, window, "no_trace_on", TEXT)         \
  X(S_NO_TRACE_OFF, window, "no_trace_off", TEXT)       \
  X(S_DISCREET, window, "discreet", TEXT)               \
  X(S_NEUTRAL_TITLE, window, "neutral_title", TEXT)     \
  X(S_FORGET, window, "forget", TEXT)                   \
  X(S_FORGET_ASK, window, "forget_ask", TEXT)           \
  X(S_FORGET_YES, window, "forget_yes", TEXT)           \
  X(S_CANCEL, window, "cancel", TEXT)                   \
  X(S_FORGOT, window, "forgot", TEXT)                   \
  X(S_FORGOT_SETTINGS, window, "forgot_settings", TEXT) \
  X(S_FORGOT_SAVES, window, "forgot_saves", PLURAL)     \
  X(S_FORGOT_ANSWERS, window, "forgot_answers", PLURAL) \
  X(S_FORGOT_NOTHING, window, "forgot_nothing", TEXT)   \
  X(S_FORGOT_AFTER, window, "forgot_after", TEXT)       \
  X(S_FILES_WHERE, window, "files_where", TEXT)         \
  X(S_FILES_REMOVE, window, "files_remove", TEXT)       \
  X(S_SKIN_FALLBACK, window, "skin_fallback", TEXT)     \
  X(S_CLASSROOM, window, "classroom", TEXT)            \
  X(S_CLASSROOM_MODE, window, "classroom_mode", TEXT)  \
  X(S_VOTE_TITLE, window, "vote_title", TEXT)          \
  X(S_VOTE_HINT, window, "vote_hint", TEXT)            \
  X(S_VOTE_MOST, window, "vote_most", TEXT)            \
  X(S_VOTE_TIE, window, "vote_tie", TEXT)              \
  X(S_VOTE_NONE, window, "vote_none", TEXT)            \
  X(S_VOTE_TAKE, window, "vote_take", TEXT)            \
  X(S_BACK_HINT, window, "back_hint", TEXT)            \
  X(S_ASK_START_OVER, window, "ask_start_over", TEXT)  \
  X(S_ASK_RESUME, window, "ask_resume", TEXT)          \
  X(S_PRESENTER, window, "presenter", TEXT)            \
  X(S_PV_QUESTION, window, "pv_question", TEXT)        \
  X(S_PV_NO_QUESTION, window, "pv_no_question", TEXT)  \
  X(S_PV_UPCOMING, window, "pv_upcoming", TEXT)        \
  X(S_PV_RUNNING, window, "pv_running", TEXT)          \
  X(S_PV_PATH, window, "pv_path", TEXT)                \
  X(S_PV_NO_PATH, window, "pv_no_path", TEXT)          \
  X(S_PV_TIME, window, "pv_time", TEXT)                \
  X(S_PV_USED, window, "pv_used", PLURAL)              \
  X(S_PV_PLAN, window, "pv_plan", PLURAL)              \
  X(S_PV_KEYS, window, "pv_keys", TEXT)                \
  X(S_PV_NO_STORY, window, "pv_no_story", TEXT)        \
  X(T_COLON, terminal, "colon", TEXT)                   \
  X(T_YOU, terminal, "you", TEXT)                       \
  X(T_THINK, terminal, "think", TEXT)                   \
  X(T_PHOTO_FROM, terminal, "photo_from", TEXT)         \
  X(T_PHOTO_SENT, terminal, "photo_sent", TEXT)         \
  X(T_CALL_FROM, terminal, "call_from", TEXT)           \
  X(T_VOICE_CALL_FROM, terminal, "voice_call_from", TEXT) \
  X(T_CALL_TO, terminal, "call_to", TEXT)               \
  X(T_ON_CALL, terminal, "on_call", TEXT)               \
  X(T_TYPING, terminal, "typing", TEXT)                 \
  X(T_DISCUSS, terminal, "discuss", TEXT)               \
  X(T_KEYS, terminal, "keys", TEXT)                     \
  X(T_PROMPT, terminal, "prompt", TEXT)                 \
  X(T_BAD, terminal, "bad", TEXT)                       \
  X(T_NO_UNDO, terminal, "no_undo", TEXT)               \
  X(T_UNDONE, terminal, "undone", TEXT)                 \
  X(T_SAVED, terminal, "saved", TEXT)                   \
  X(T_PLAIN_LETTERS, terminal, "plain_letters", TEXT)   \
  X(T_BYE, terminal, "bye", TEXT)                       \
  X(T_LENGTH, terminal, "length", PLURAL)               \
  X(T_DEBRIEF, terminal, "debrief", TEXT)               \
  X(T_STEPS, terminal, "steps", TEXT)                   \
  X(T_TAKEN, terminal, "taken", TEXT)                   \
  X(T_MISSED, terminal, "missed", TEXT)                 \
  X(T_WRONG, terminal, "wrong", TEXT)                   \
  X(T_HELP, terminal, "help", TEXT)                     \
  X(T_NOT_ALONE, terminal, "not_alone", TEXT)           \
  X(T_URGENT, terminal, "urgent", TEXT)                 \
  X(T_CRISIS, terminal, "crisis", TEXT)                 \
  X(T_NOT_NEEDED, terminal, "not_needed", TEXT)         \
  X(T_NEXT_TIME, terminal, "next_time", TEXT)           \
  X(T_CRISIS_CALL, terminal, "crisis_call", TEXT)       \
  X(T_AFTER, terminal, "after", TEXT)                   \
  X(T_RESUME, terminal, "resume", TEXT)                 \
  X(T_YES, terminal, "yes", TEXT)                       \
  X(T_NAME_Q, terminal, "name_q", TEXT)                 \
  X(T_GENDER_Q, terminal, "gender_q", TEXT)             \
  X(T_END, terminal, "the_end", TEXT)                   \
  X(T_WATCHING, terminal, "watching", TEXT)             \
  X(T_WATCH_ERRORS, terminal, "watch_errors", TEXT)     \
  X(T_WATCH_RELOADED, terminal, "watch_reloaded", PLURAL) \
  X(T_NO_TRACE, terminal, "no_trace", TEXT)            \
  X(T_CHAT, terminal, "chat", TEXT)                     \
  X(T_IN_PERSON, terminal, "in_person", TEXT)           \
  X(T_ALOUD, terminal, "aloud", TEXT)                   \
  X(T_Q_BEFORE, terminal, "q_before", TEXT)             \
  X(T_Q_AFTER, terminal, "q_after", TEXT)               \
  X(T_Q_SCALE, terminal, "q_scale", TEXT)               \
  X(T_Q_PROMPT, terminal, "q_prompt", TEXT)             \
  X(T_Q_CLASS, terminal, "q_class", TEXT)               \
  X(T_Q_COUNT, terminal, "q_count", TEXT)               \
  X(T_Q_THANKS, terminal, "q_thanks", TEXT)             \
  X(T_SUMMARY_KEY, terminal, "summary_key", TEXT)       \
  X(T_SUMMARY_WROTE, terminal, "summary_wrote", TEXT)   \
  X(T_NO_DISPLAY, terminal, "no_display", TEXT)         \
  X(T_SET_LEFT_OUT, terminal, "set_left_out", TEXT)     \
  X(T_SET_WANT_LINE, terminal, "set_want_line", TEXT)   \
  X(T_SET_WANT_LANG, terminal, "set_want_lang", TEXT)   \
  X(T_SET_WANT_COUNTRY, terminal, "set_want_country", TEXT) \
  X(T_SET_WANT_NAME, terminal, "set_want_name", TEXT)   \
  X(T_SET_WANT_GENDER, terminal, "set_want_gender", TEXT) \
  X(T_SET_WANT_TEXT_SCALE, terminal, "set_want_text_scale", TEXT) \
  X(T_SET_WANT_SPEED, terminal, "set_want_speed", TEXT) \
  X(T_SET_WANT_DISPLAY, terminal, "set_want_display", TEXT) \
  X(T_SET_WANT_BOOL, terminal, "set_want_bool", TEXT)   \
  X(T_SET_KEPT_AS, terminal, "set_kept_as", TEXT)       \
  X(T_SET_UNUSABLE, terminal, "set_unusable", TEXT)     \
  X(T_SET_STAYS, terminal, "set_stays", TEXT)           \
  X(T_DISPLAY_MISSING, terminal, "display_missing", PLURAL) \
  X(T_NO_HELP_COUNTRY, terminal, "no_help_country", TEXT) \
  X(T_REPLAY_LONGER, terminal, "replay_longer", TEXT)   \
  X(T_NO_SESSION, terminal, "no_session", TEXT)         \
  X(T_REPLAY_STOPS, terminal, "replay_stops", PLURAL)   \
  X(T_REPLAY_NO_REPLY, terminal, "replay_no_reply", PLURAL) \
  X(S_NO_FONT_FOLDER, window, "no_font_folder", TEXT)   \
  X(S_Q_BEFORE, window, "q_before", TEXT)               \
  X(S_Q_AFTER, window, "q_after", TEXT)                 \
  X(S_Q_INTRO, window, "q_intro", TEXT)                 \
  X(S_Q_CLASS, window, "q_class", TEXT)                 \
  X(S_Q_LOW, window, "q_low", TEXT)                     \
  X(S_Q_HIGH, window, "q_high", TEXT)                   \
  X(S_Q_SKIP, window, "q_skip", TEXT)                   \
  X(S_Q_NEXT, window, "q_next", TEXT)                   \
  X(S_SUMMARY, window, "summary", TEXT)                 \
  X(S_SUMMARY_WROTE, window, "summary_wrote", TEXT)     \
  X(P_SUMMARY, print, "summary", TEXT)                  \
  X(P_HANDOUT, print, "handout", TEXT)                  \
  X(P_HANDOUT_INTRO, print, "handout_intro", TEXT)      \
  X(P_HELP_CARD, print, "help_card", TEXT)              \
  X(P_HELP_CARD_SUB, print, "help_card_sub", TEXT)      \
  X(P_DATE, print, "date", TEXT)                        \
  X(P_COUNTRY, print, "country", TEXT)                  \
  X(P_LANGUAGE, print, "language", TEXT)                \
  X(P_DECISIONS, print, "decisions", TEXT)              \
  X(P_DECISION, print, "decision", PLURAL)              \
  X(P_SCENE, print, "scene", TEXT)                      \
  X(P_MOMENT, print, "moment", TEXT)                    \
  X(P_TAKEN, print, "taken", TEXT)                      \
  X(P_VOTES, print, "votes", PLURAL)                    \
  X(P_NO_VOTES, print, "no_votes", TEXT)                \
  X(P_MAP, print, "map", TEXT)                          \
  X(P_MAP_HINT, print, "map_hint", TEXT)                \
  X(P_MAP_NONE, print, "map_none", TEXT)                \
  X(P_MAP_TOO_BIG, print, "map_too_big", TEXT)          \
  X(P_DEBRIEF, print, "debrief", TEXT)                  \
  X(P_DISCUSSION, print, "discussion", TEXT)            \
  X(P_NO_DISCUSSION, print, "no_discussion", TEXT)      \
  X(P_HELP, print, "help", TEXT)                        \
  X(P_NOTES, print, "notes", TEXT)                      \
  X(P_BEFORE_AFTER, print, "before_after", TEXT)        \
  X(P_BEFORE, print, "before", TEXT)                    \
  X(P_AFTER, print, "after", TEXT)                      \
  X(P_ANSWERS, print, "answers", PLURAL)                \
  X(P_AVERAGE, print, "average", TEXT)                  \
  X(P_NO_ANSWERS, print, "no_answers", TEXT)            \
  X(P_MADE_HERE, print, "made_here", TEXT)             \
  APP_WORDS(I18N_APP_WORD, X)

/* The app words (appwords.h) are the `app` table of every language file:
 * S_APP_label, S_APP_status, ... in the order of APP_WORDS. */
#define I18N_APP_WORD(X, n) X(S_APP_##n, app, #n, TEXT)

typedef enum {
#define I18N_ENUM(id, section, key, form) id,
  I18N_WORDS(I18N_ENUM)
#undef I18N_ENUM
  S_COUNT
} StrId;

/* Every language found, with its words and rules. Read-only once loaded:
 * both front ends share one. */
typedef struct I18n I18n;

/* Reads every <assets>/lang/<code>.lua. A broken file is reported (diag)
 * and left out; a missing word is a warning, and English stands in for it.
 * NULL (with diag) when English itself cannot be read. */
I18n *i18n_load(const char *assets_dir, Diag *diag);
void i18n_free(I18n *in);

/* The languages, sorted by code. */
int i18n_count(const I18n *in);
const char *i18n_code(const I18n *in, int i);
/* The language's own name ("Français"), for the language setting. */
const char *i18n_name(const I18n *in, int i);
/* Index of a language, or -1. */
int i18n_find(const I18n *in, const char *code);
/* The codes as "en, fr", for messages. */
const char *i18n_list(const I18n *in);

/* "en", "fr", "ast": a language code (the name of a language file). */
bool i18n_is_code(const char *c, size_t n);

/* The word in lang (English when lang or the word is missing): never NULL,
 * never the key. For a PLURAL word, its "other" form. */
const char *i18n_word(const I18n *in, const char *lang, StrId id);
/* The PLURAL word for n, with {n} filled: "about 5 minutes". */
const char *i18n_count_word(const I18n *in, const char *lang, StrId id, long n, char *buf, size_t size);
/* The word with {name} filled, elided by the language's rule:
 * "Photo de {name}" + "Inès" -> "Photo d'Inès". */
const char *i18n_name_word(const I18n *in, const char *lang, StrId id, const char *name, char *buf, size_t size);
/* The same for a text of that language that is not one of its words (an
 * app skin's): {name} filled, elided by lang's rule. */
const char *i18n_fill_name(const I18n *in, const char *lang, const char *text, const char *name, char *buf, size_t size);

/* Typography hook: text as the language sets it (French: the spaces
 * before ; : ! ?). Today it returns text unchanged; the rule's name is
 * read from the language file (`typography = "french"`). Caller frees. */
char *i18n_typography(const I18n *in, const char *lang, const char *text);

/* How read-aloud speaks a language (its file's `speech = { ... }`): the
 * espeak-ng voice, the words said in place of signs, and emoji by name.
 * English stands in for anything a language leaves out. */
typedef struct {
  unsigned cp;      /* an emoji's first code point */
  const char *name; /* "thumbs up" */
} EmojiWord;

typedef struct {
  const char *voice;               /* espeak-ng's voice name: "fr" */
  const char *or_word, *dot, *at, *plus;
  const EmojiWord *emoji;          /* sorted by cp */
  int nemoji;
} SpeechWords;

/* How a language writes numbers (its file's `numbers = { group, decimal }`):
 * "1 500,50" in French, "1,500.50" in English. English stands in. */
typedef struct {
  const char *group;   /* between groups of three digits: ",", ".", a narrow space */
  const char *decimal; /* before the cents: "." or "," */
} NumberStyle;

const NumberStyle *i18n_numbers(const I18n *in, const char *lang);

/* lang's speech words (English's when lang has no file). Never NULL. */
const SpeechWords *i18n_speech(const I18n *in, const char *lang);

/* After the settings are read: a language with no file becomes English,
 * and a country left open by the locale ("fr" with no "_FR") becomes the
 * language's main country (the file's `country`). */
void i18n_settle(const I18n *in, Settings *s);

#endif
