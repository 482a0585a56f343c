-- expect: more than 1000 characters
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
for i = 1, 5000 do character("c" .. i) { name = "C" } end
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
