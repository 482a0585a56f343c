-- expect: ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0, f = 0, k = 0 } }
-- (no "=" in it: a single "=" is a beginner's error said before it runs)
local slow = "(function(f) return f(f, 3000000) end)(function(f, k) if k > 0 then return f(f, k - 1) end return true end)"
local items = {}
for i = 1, 300 do items[i] = when(slow) { narrate "x" } end
items[#items + 1] = go "e"
scene "a" (items)
ending "e" { title = "End", summary = "S" }
