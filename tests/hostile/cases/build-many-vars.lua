-- expect: more than 1000 variables
local v = {}
for i = 1, 200000 do v["v" .. i] = i end
story { id = "h2", title = "H", start = "a", vars = v }
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
