-- expect: is given by the story words
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { items = { { kind = "narrate", text = "\27[2J", file = "x", line = 1 } }, go "e" }
ending "e" { title = "End", summary = "S" }
