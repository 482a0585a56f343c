-- A short story to copy for workshops. It uses every word of the story
-- language: read it next to docs/story-language.md.
--
-- How to read this file: lines that start with two dashes, like this one,
-- are comments. The game ignores them: they are notes for you.
-- Texts go between "quotes". Every line inside { ... } ends with a comma.
-- Check your story after each change:  behind-the-screen --check FOLDER

-- The story card: what the story is called and how it starts.
story {
  id = "template",
  title = "A new follower",
  app = "plain", -- the app it looks like: "plain", "skype", "instagram", "snapchat" or "whatsapp"
  language = "en",
  translations = { "fr", "it" },
  start = "intro",
  minutes = 6,
  note = "Someone new asks for a photo. Nothing explicit is shown.",
  -- What the story is about: "sextortion", "cyberbullying", "grooming",
  -- "scam" or "none". The help shown at the end follows it.
  topic = "sextortion",
  -- The right steps it teaches (assets/advice.lua). A story can add its own:
  --   step "ask-admin" { title = "Ask the admin to remove it", why = "..." }
  teaches = { "verify", "boundaries", "evidence", "block", "talk" },
  vars = { trust = 0, sent_photo = false },
}

-- The people who write to the player. The player is always `me`.
local jess = character "jess" { name = "Jess", color = "#e07a5f", initials = "J" }
local lea = character "lea" { name = "Léa (big sister)", color = "#3d8bfd", initials = "L" }

-- A scene: what happens, line by line, then the choices the player gets.
scene "intro" {
  moment = "16:05: Jess writes for the first time", -- the teacher's sheets name this moment (moment.h)
  clock "16:05",
  narrate "Saturday afternoon. It is raining, and you are drawing.",
  -- A message request: the app shows a card; the choices answer it.
  -- ("" leaves the app's own words: "Jess wants to contact you".)
  jess.request "",
  jess "hey {name}! saw your drawings, they are sooo good",
  jess { "we have friends in common i think :)", typing = 2 },
  think "Jess? I don't know any Jess.",
  discuss { "Would you answer? What makes a profile look real?",
            notes = "Let the group list clues: mutual friends are easy to fake, a new account, no old posts." },
  -- choice "what the button says" { go = "the next scene", ... }
  -- say = the message the player sends; did = a right step the player took.
  choice "Say thanks" { go = "chat", say = "thanks! who are you?", add = { trust = 1 } },
  choice "Look at the profile first" { go = "profile", did = "verify" },
  choice "Ignore it" { go = "ignored" },
}

-- A scene with no choice carries on by itself with go "...".
scene "profile" {
  narrate "The account is two weeks old. Three photos, all very polished. No comments from anyone.",
  think "That is a bit strange. But maybe Jess is just new here.",
  go "chat",
}

scene "ignored" {
  later "Two days later",
  clock "18:30",
  jess "why do you ignore me? i just wanted to be friends",
  choice "Answer after all" { go = "chat", say = "sorry, I was busy" },
  choice "Keep ignoring" { go = "safe-end", did = "boundaries" },
}

scene "chat" {
  jess "so what do you like drawing?",
  me "mostly animals, and comics",
  jess "cute. i bet you're cute too",
  jess.photo "A selfie of a smiling teenager, sunglasses on",
  jess "your turn! send me a pic of you",
  -- These lines only show if the player checked the profile before.
  when "did('verify')" {
    think "The photos on that profile looked like they came from a magazine.",
  },
  choice "Send a selfie" { go = "sent", set = { sent_photo = true } },
  choice "Say no" { go = "said-no", say = "I don't send photos to people I don't know", did = "boundaries" },
  choice "Ask a question only a real friend could answer" { go = "quiz", did = "verify",
    say = "which school do we both go to then?" },
}

scene "quiz" {
  jess "haha why so serious",
  jess "just send the pic {name}",
  add { trust = -1 },
  choice "Say no" { go = "said-no", say = "no.", did = "boundaries" },
  choice "Send a selfie" { go = "sent", set = { sent_photo = true } },
}

scene "sent" {
  moment = "The next morning: after the selfie", -- the teacher's sheets name this moment (moment.h)
  me.photo "A selfie at your desk",
  later "The next morning",
  clock "08:12",
  system "Jess sent a video call request",
  -- A video call: the call screen opens. Never describe anything explicit.
  jess.call "Incoming video call",
  narrate "You pick up without thinking. The screen stays black, nobody speaks, then the call drops.",
  recording "Recording",
  hangup "Call ended · 00:21",
  jess "we recorded your face. and we made a picture out of your selfie, one nobody should ever see",
  jess "send more pics or everyone at your school sees it",
  think "My stomach hurts. I feel so alone. But I was tricked: this is on Jess, not on me.",
  -- A question for the class to talk about; notes are for the teacher only.
  discuss { "What can the player do now, and in what order?",
            notes = "Aim for: keep evidence, then block and report, and tell someone. It is not their fault." },
  choice "Take screenshots, then block" { go = "shots", did = "evidence" },
  choice "Block Jess right away" { go = "blocked-fast", did = "block" },
  choice "Tell Léa, your big sister" { go = "tell", did = "talk" },
}

scene "shots" {
  narrate "You screenshot the profile, the messages and the threat.",
  did "block",
  jess.blocked "You blocked Jess",
  choice "Tell Léa, your big sister" { go = "tell", did = "talk" },
  choice "Keep it to yourself" { go = "alone-end" },
}

scene "blocked-fast" {
  jess.blocked "You blocked Jess",
  think "The messages are gone. I have nothing to show anyone now.",
  choice "Tell Léa, your big sister" { go = "tell", did = "talk" },
  choice "Keep it to yourself" { go = "alone-end" },
}

-- in_person: Léa is in the room, so her words are not chat messages.
-- (Each character's lines go to their own chat; yours go to the chat that
-- is open. chat = "lea" on a scene, or to = "lea" on a line, picks one.)
scene "tell" {
  in_person = true,
  lea "hey, what's up? you look pale",
  me "someone online is threatening me about a photo",
  lea "ok. thank you for telling me. it's not your fault, we'll handle it together",
  when "not did('evidence')" {
    lea "first, before anything else: screenshot everything you still have",
    did "evidence",
  },
  when "not did('block')" {
    did "block",
    jess.blocked "You blocked Jess",
  },
  go "help-end",
}

scene "said-no" {
  jess "wow ok. your loss",
  system "Jess left the conversation",
  go "safe-end",
}

-- Endings: the story stops and the debrief shows the right steps.
ending "safe-end" {
  title = "You kept your boundaries",
  narrate "Nothing more happens. You go back to your drawing.",
  summary = "Jess pushed for a photo. Saying no, or not answering, ended it.",
}

ending "help-end" {
  title = "You got help",
  narrate "Léa sits with you while you report the account. It feels lighter already.",
  summary = "Jess used a photo to threaten you. Telling your sister made every next step easier.",
}

ending "alone-end" {
  title = "You are not alone",
  narrate "You close the laptop. The messages have stopped, but you still think about it.",
  -- A crisis card: your words, then the crisis line of the player's country.
  -- Put one where a player is alone with fear. Say that help works.
  crisis "If it gets heavy, even at night, you can talk to someone right now. It gets better with help.",
  summary = "Jess used a photo to threaten you. Blocking stopped the messages; talking to someone would help with the rest.",
}
