-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { choice "ok" { go = "e", say = "ok\27[8m" } }
ending "e" { title = "End", summary = "S" }
