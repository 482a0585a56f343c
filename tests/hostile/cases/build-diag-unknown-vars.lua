-- expect: unknown variable OR took too long to load OR ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
for i = 1, 40000 do scene("s" .. i) { choice "x" { go = "e", when = "q" .. i .. " == 1" } } end
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
