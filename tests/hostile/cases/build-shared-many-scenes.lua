-- expect: 500000 lines OR more than 64 MB OR too long to load
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = narrate "a"
for i = 1, 12 do x = when "n == 0" { x, x } end
for i = 1, 400 do scene("s" .. i) { x, go "e" } end
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
