-- expect: cannot be changed
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = narrate "hi"
x.kind = "when"
scene "a" { x, go "e" }
ending "e" { title = "End", summary = "S" }
