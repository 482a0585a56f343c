-- expect: goes round in circles OR no choice
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local body = { narrate "x" }
local w = when "n == 0" (body)
body[2] = w
body[3] = { kind = "go", target = "a" }
scene "a" { w, go "a" }
ending "e" { title = "End", summary = "S" }
