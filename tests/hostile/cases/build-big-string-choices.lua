-- expect: more than 64 MB OR too long to load
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local big = ("y"):rep(1000000)
for i = 1, 20000 do scene("s" .. i) { choice(big) { go = "e" } } end
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
