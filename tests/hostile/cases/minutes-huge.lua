-- expect: minutes is a number
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1e300, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { go "e" }
ending "e" { title = "E", summary = "S" }
