-- expect: boom
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
error("boom \27[2J\u{9B}31m\u{202E}")
