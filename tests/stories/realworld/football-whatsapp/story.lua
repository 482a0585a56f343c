-- football team chat, by Marco and Jayden
story {
  id = "football",
  title = "The Team Chat ⚽",
  app = "whatsapp",
  language = "en",
  start = "start",
  minutes = 5,
  note = "The team group chat gets mean.",
  topic = "cyberbullying",
  teaches = { "evidence", "block", "talk" },
  vars = { mean = 0 },
}

local coach = character "coach" { name = "Coach", color = "#00aa00" }
local tom = character "tom" { name = "Tom 🔥", color = "#ff0000" }
local sam = character "sam" { name = "Sam" }
local team = character "team" { name = "U16 Lions ⚽🦁", members = { tom, sam, coach } }

scene "start" {
  chat = "team",
  coach "Training moved to 6pm tomorrow lads",
  tom "lol who cares, {name} will miss the ball anyway 😂😂",
  sam "😂",
  choice "Laugh it off" { go = "laugh", say = "haha very funny", add = { mean = 1 } },
  choice "Screenshot it" { go = "shot", did = "evidence" },
  choice "Say nothing" { go = "quiet" }
}

scene "laugh" {
  tom "see even {name} agrees they're rubbish",
  add { mean = 1 },
  choice "Leave the group" { go = "left" },
  choice "Tell coach privately" { go = "coach", did = "talk", to = "coach", say = "hey coach can I talk to u" },
}

scene "shot" {
  narrate "You take a screenshot.",
  choice "Tell coach" { go = "coach", did = "talk" },
  choice "Block Tom" { go = "blocked", did = "block" },
}

scene "quiet" {
  later "the next day",
  tom "where were u {name}? scared?",
  go "shot",
}

scene "blocked" {
  tom.blocked "",
  go "coach",
}

scene "coach" {
  chat = "coach",
  coach "Thanks for telling me. That's not ok, I'll talk to the team.",
  go "good",
}

ending "good" {
  title = "Coach knows",
  summary = "You told coach and he dealt with it.",
}

ending "left" {
  title = "You left",
  narrate "You leave the group. It's quieter but you feel alone",
  summary = "You left the group.",
}
