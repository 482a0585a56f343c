-- expect: cannot be changed
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local s = scene "a" { go "e" }
s.items = { { kind = "narrate", text = "\27[2J" } }
ending "e" { title = "End", summary = "S" }
