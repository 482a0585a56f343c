-- expect: ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local slow = "(function() for n = 1, 3000000 do end return true end)()"
local items = {}
for i = 1, 300 do items[i] = when(slow) { narrate "x" } end
items[#items + 1] = go "e"
scene "a" (items)
ending "e" { title = "End", summary = "S" }
