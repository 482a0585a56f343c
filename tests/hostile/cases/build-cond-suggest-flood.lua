-- expect: unknown variable
-- 20,000 conditions of 200 unknown names each, 255 variables to suggest from: a condition says at most 3
local v = {}
for i = 1, 255 do v["variable" .. i .. string.rep("q", 20)] = 0 end
story { id = "hostile", title = "Hostile", language = "en", start = "a", vars = v }
local cond = string.rep("abcde + ", 199) .. "abcde > 0"
local items = {}
for i = 1, 20000 do items[i] = when(cond) { narrate "x" } end
items[#items + 1] = go "e"
scene "a" (items)
ending "e" { title = "End", summary = "S" }
