story {
  id = "lost phone",
  title = "I lost my phone",
  language = "en",
  start = "bus",
  minutes = 5,
  teaches = { "talk", "lock-down" },
  vars = { panic = 0 },
}

local mia = character "mia" { name = "Mia", colour = "#ff0000" }
local unknown = character "unknown" { name = "Unknown number" }

scene "bus" {
  narrate "You get off the bus. Your pocket is empty.",
  think "where is my phone???",
  mia "omg did u lose ur phone again lol",
  choice "Call it from mias phone" { go = "call" },
  choice "Go home" { go = "home" },
}

scene "call" {
  unknown "hi i found this phone. want it back? send me 20",
  add { panik = 1 },
  choice "Pay" { go = "paid" },
  choice "Tell my mum" { go = "mum", did = "talk" },
}

scene "secret" {
  narrate "nobody ever comes here",
  go "bus",
}

ending "mum" {
  title = "Mum helps",
  narrate "Mum calls the phone company and locks the phone.",
  summary = "You told your mum.",
}
