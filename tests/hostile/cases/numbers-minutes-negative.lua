-- expect: minutes is a number
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = -5, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
