-- expect: more than 64 MB OR too long to load
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local big = ("x"):rep(1000000)
local list = {}
for i = 1, 20000 do list[i] = narrate(big) end
scene "a" (list)
ending "e" { title = "End", summary = "S" }
