-- expect: cannot be changed
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = narrate "hi"
x.line = 1e300
scene "a" { x, go "e" }
ending "e" { title = "End", summary = "S" }
