-- expect: is a number from
story { id = "hostile", title = "Hostile", language = "en", start = "a", minutes = 1, teaches = { "talk" }, vars = { n = 0 } }
local t = { n = 1 }
local s = set(t)
t.n = 1e300
scene "a" { s, set { n = 0/0 }, go "e" }
ending "e" { title = "End", summary = "S" }
