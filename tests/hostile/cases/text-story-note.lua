-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, note = "\27[2J note", teaches = { "talk" }, vars = { n = 0 } }
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
