-- expect: at most 32 advice ids
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local d = {}
for i = 1, 100000 do d[i] = "talk" end
scene "a" { did(d), go "e" }
ending "e" { title = "End", summary = "S" }
