-- expect: an invisible character
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local x = character "x" { name = "X", initials = "\u{202E}X" }
scene "a" { x "hi", go "e" }
ending "e" { title = "End", summary = "S" }
