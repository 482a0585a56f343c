-- expect: ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local s = ("a"):rep(1000000)
local p = ("a"):rep(500000) .. "b"
for i = 1, 100000 do s:find(p, 1, true) end
