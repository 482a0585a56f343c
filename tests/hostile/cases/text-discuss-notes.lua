-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { discuss { "q?", notes = "n\u{85}" }, go "e" }
ending "e" { title = "End", summary = "S" }
