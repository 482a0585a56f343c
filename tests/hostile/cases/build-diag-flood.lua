-- expect: longer than 2000 characters OR took too long to load OR ran too long
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local c = ("n == 0 and "):rep(35000) .. "zz"
for i = 1, 40000 do scene("s" .. i) { choice "x" { go = "e", when = c } } end
scene "a" { go "e" }
ending "e" { title = "End", summary = "S" }
