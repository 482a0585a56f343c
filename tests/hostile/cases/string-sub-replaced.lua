-- expect: is not a word
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
string.sub = function() while true do end end
table.insert = function() while true do end end
scene "a" { narrate "x", go "e" }
ending "e" { title = "End", summary = "S" }
scene "b" { nope "x" }
