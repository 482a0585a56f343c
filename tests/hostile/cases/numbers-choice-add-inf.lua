-- expect: amount a number from
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { choice "x" { go = "e", add = { n = 1/0 } } }
ending "e" { title = "End", summary = "S" }
