-- expect: more than 16 levels
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = narrate "a"
for i = 1, 60000 do x = when "n == 0" { x } end
scene "a" { x, go "e" }
ending "e" { title = "End", summary = "S" }
