-- expect: ids are letters
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a\u{202E}b" { go "e" }
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
