-- expect: is not a word
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
print("\27[2J\27[31m", "\u{202E}")
scene "a" { nope "x" }
