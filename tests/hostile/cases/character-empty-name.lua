-- expect: color is like
-- found by fuzz_story: an empty name (no initials given) was read past its end
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = character "x" { name = "", color = "nope" }
