-- expect: cannot be changed
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local c = choice "ok" { go = "e" }
c.go = "nowhere"
scene "a" { c }
ending "e" { title = "End", summary = "S" }
