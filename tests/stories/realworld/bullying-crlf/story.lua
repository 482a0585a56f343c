story {
  id = "bully",
  title = "Why me",
  language = "en",
  start = "school",
  minutes = 3,
  topic = "cyberbullying",
  teaches = { "talk" },
  vars = {},
}

local kai = character "kai" { name = "Kai" }

scene "school" {
  kai "everyone thinks ur weird",
  kai 'nobody wants u at the party',
  choice "Tell a teacher" { go = "teacher", did = "talk" },
  choice "Reply angry" { go = "angry" },
}

ending "teacher" {
  title = "Someone listens",
  summary = "You told a teacher.",
}
