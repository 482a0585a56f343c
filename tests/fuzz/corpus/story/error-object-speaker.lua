-- expect: error object is a table
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local a = character "a" { name = "A", color = "#000000", initials = "A" }
error(a)
