-- expect: 'getmetatable' is not a word of the story language
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local a = character "a" { name = "A", color = "#000000", initials = "A" }
local mt = getmetatable(a)
