-- expect: declared twice OR took too long to load
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
for i = 1, 20000 do scene "a" { go "e" } end
ending "e" { title = "End", summary = "S" }
