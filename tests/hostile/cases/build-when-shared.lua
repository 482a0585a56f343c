-- expect: more than 20000 lines
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = narrate "a"
for i = 1, 15 do x = when "n == 0" { x, x, x } end
scene "a" { x, go "e" }
ending "e" { title = "End", summary = "S" }
