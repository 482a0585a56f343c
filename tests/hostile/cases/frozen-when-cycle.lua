-- expect: cannot be changed
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local w = when "n == 0" { narrate "x" }
w.body = { w }
scene "a" { w, go "e" }
ending "e" { title = "End", summary = "S" }
