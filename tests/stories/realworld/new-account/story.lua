-- A careful adult author: every feature of docs/story-language.md.
story {
  id = "the-new-account",
  title = "The new account",
  app = "instagram",
  language = "en",
  translations = { "fr" },
  start = "evening",
  minutes = 10,
  note = "A new account, a group chat and a threat. Nothing explicit is shown.",
  teaches = { "verify", "boundaries", "evidence", "block", "talk", "no-pay", "report-platform" },
  vars = { trust = 0, paid = 0, sent_photo = false, warned = false },
  topic = "sextortion",
}

step "ask-admin" {
  title = "Ask the group's admin to remove the post",
  why = "An admin can take it down for everyone, at once.",
  before = { "report-authority" },
}

local sacha = character "sacha" { name = "Sacha", username = "sacha.lives", color = "#aa3366", initials = "S" }
local ines = character "ines" { name = "Inès", color = "#3366aa" }
local noa = character "noa" { name = "Noa" }
local class = character "class" { name = "3B 📚", members = { ines, noa } }
local mum = character "mum" { name = "Nadia", in_person = true }

scene "evening" {
  clock "21:40",
  narrate "Tuesday evening. Homework is done.",
  chat = "class",
  ines "who has the maths answers",
  noa "not me lol",
  me "page 42 is easy",
  sacha.request "",
  sacha { "hey {name}, you're in Inès's class right?", typing = 2 },
  discuss { "Who is Sacha? How could you tell?", notes = "Mutual friends prove nothing." },
  choice "Ask Inès about Sacha" { go = "ask-ines", did = "verify" },
  choice "Accept" { go = "chat", say = "hi 🙂", to = "sacha", add = { trust = 1 } },
  choice "Ignore the request" { go = "ignored", did = "boundaries" },
}

scene "ask-ines" {
  chat = "ines",
  me "do you know someone called Sacha?",
  ines "no, never heard of them",
  set { warned = true },
  choice "Accept anyway" { go = "chat", say = "ok, hi", to = "sacha" },
  choice "Ignore" { go = "ignored", did = "boundaries" },
}

scene "ignored" {
  later "Two days later",
  sacha "why no answer? 😢",
  when "warned" { think "Inès did not know them." },
  choice "Block" { go = "safe", did = "block" },
}

scene "chat" {
  chat = "sacha",
  sacha "you're cute",
  sacha.photo "A selfie, sunglasses on",
  sacha "your turn",
  when "trust > 0 and not warned" {
    add { trust = 1 },
    when "trust >= 2" { sacha "come on, we're friends" },
  },
  choice "Send a photo" { go = "call", set = { sent_photo = true } },
  choice "Say no" { go = "safe", say = "no thanks", did = "boundaries" },
}

scene "call" {
  me.photo "A selfie at the desk",
  sacha.call "Incoming video call",
  narrate "The screen stays black.",
  recording "Someone is recording on the other side",
  hangup "Call ended · 00:31",
  sacha "pay {money 200} in {payment.giftcard} or the class sees it",
  crisis "This is frightening. You are not alone, and it can be fixed.",
  choice "Pay" { go = "paid", add = { paid = 200 } },
  choice "Screenshot everything" { go = "evidence", did = "evidence" },
  choice "Tell Mum" { go = "mum", did = "talk" },
}

scene "evidence" {
  narrate "You screenshot the profile and the threat.",
  sacha.blocked "",
  did "block",
  sacha.reported "",
  did "report-platform",
  choice "Tell Mum" { go = "mum", did = "talk" },
  choice "Do not pay, stop answering" { go = "mum", did = "no-pay" },
}

scene "paid" {
  sacha "now {money 300} more",
  choice "Tell Mum" { go = "mum", did = "talk" },
  choice "Pay again" { go = "alone", add = { paid = 300 } },
}

scene "mum" {
  mum "thank you for telling me. it is not your fault.",
  me "I was so scared",
  when "paid > 0" { mum "we will call {help.youth-line} and report to {help.report-authority}." },
  choice "Ask the class admin" { go = "got-help", did = "ask-admin" },
  choice "Go to bed" { go = "got-help" },
}

ending "safe" {
  title = "You kept your boundaries",
  summary = "Sacha pushed; saying no ended it.",
}

ending "got-help" {
  title = "You got help",
  narrate "{You are|You are|You are} not alone.",
  judges = { "no-pay", "evidence" },
  summary = "Sacha threatened you. You paid {money paid}. Your mum helped.",
}

ending "alone" {
  title = "Still alone",
  crisis "If it feels too heavy, call now.",
  judges = { "no-pay", "talk" },
  summary = "You paid twice and it did not stop.",
}
