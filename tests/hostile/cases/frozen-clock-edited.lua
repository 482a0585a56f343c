-- expect: cannot be changed
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local c = clock "21:40"
c.text = "\27[2J"
scene "a" { c, go "e" }
ending "e" { title = "End", summary = "S" }
