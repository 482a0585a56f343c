-- expect: is not a story word
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { when "n == 0" { { kind = "narrate", text = "fake" } }, go "e" }
ending "e" { title = "End", summary = "S" }
