-- expect: choices: 4 at most OR ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local c = {}
for i = 1, 20000 do c[i] = choice "x" { go = "e" } end
scene "a" (c)
ending "e" { title = "End", summary = "S" }
