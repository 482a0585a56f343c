-- expect: longer than 2000 characters
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
scene "a" { choice "x" { go = "e", when = ("n == 0 and "):rep(1000) .. "true" } }
ending "e" { title = "End", summary = "S" }
