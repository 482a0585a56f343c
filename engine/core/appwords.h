/* The words of a chat app, declared once (docs/i18n.md, "An app's words"):
 * every language file gives them all in its `app = { ... }` table (the
 * generic messenger's words), and a skin (assets/skins) may give its own
 * wording of any of them, in every language. skin_word() looks in the skin
 * first, then in the language file: one set of words, one fallback.
 * APP_WORDS(F, X) calls F(X, key) for every word, so that skin.h and i18n.h
 * each build their own declarations from this one list.
 * {name} in typing, request_from and reply_to is the person's name.
 * voice_call and video_call name a call in the list of conversations
 * ("Voice call"), whatever the story wrote on its call line; unmute is the
 * Mute button's word once pressed. */
#ifndef BTS_APPWORDS_H
#define BTS_APPWORDS_H

#define APP_WORDS(F, X)                                                                           \
  F(X, label) F(X, status) F(X, typing) F(X, seen) F(X, delivered) F(X, received) F(X, new_chat) \
  F(X, contacts) F(X, chats) F(X, blocked) F(X, unavailable) F(X, requests) F(X, request_from)   \
  F(X, reply_to)                                                                                 \
  F(X, request_hint) F(X, composer) F(X, incoming_video) F(X, incoming_voice) F(X, calling)     \
  F(X, answer) F(X, decline) F(X, mute) F(X, camera) F(X, speaker) F(X, flip) F(X, effects)     \
  F(X, hangup) F(X, voice_call) F(X, video_call) F(X, disappear_note) F(X, me_label) F(X, unmute)

#endif
