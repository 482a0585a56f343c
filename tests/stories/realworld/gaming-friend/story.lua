story {
  id = "gaming-friend",
  title = "GG",
  language = "en",
  start = "lobby",
  minutes = 6,
  teaches = { "verify", "boundaries", "evidense", "block" },
  vars = { skins = 0, sent = false },
}

local zed = character "zed" { name = "xX_Zed_Xx" }

scene "lobby" {
  zed "gg bro ur cracked",
  zed "add me on discord? i can gift u skins",
  choice "ok!!" { go = "skins", add = { skins = 1 } },
  choice "nah" { go = "no", did = "boundaries" },
}

scene "skins" {
  zed "send me a pic first so i know ur real",
  when "skins = 1" { zed "u want more skins right" },
  when "sent && skins > 0" { zed "thx" },
  choice "send pic" { go = "sent", set = { sent = true } },
  choice "ask who he is" { go = "who", dit = "verify" },
}

scene "who" {
  zed "why u asking so much",
  choice "block" { go = "no", did = "block" },
  choice "send pic" { go = "sent", when = "!sent" },
}

ending "sent" {
  title = "He wanted more",
  summary = "Zed asked for a picture to 'prove' you are real.",
}

ending "no" {
  title = "You said no",
  summary = "You kept your boundaries.",
}
