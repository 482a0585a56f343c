-- expect: is not a word OR ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
-- 40 MB kept, then garbage: the allocator refuses once, Lua collects and
-- goes on. The error below must not be reported as "more than 64 MB".
local keep = {}
for i = 1, 40 do keep[i] = ("k"):rep(1000000) .. i end
for i = 1, 100 do local g = ("g"):rep(1000000) .. i end
nope()
