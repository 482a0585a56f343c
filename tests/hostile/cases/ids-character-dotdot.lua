-- expect: the id must be letters, digits
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = character "../x" { name = "X", color = "#000000", initials = "X" }
